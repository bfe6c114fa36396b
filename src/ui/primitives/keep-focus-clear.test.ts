// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { keepFocusClear } from './keep-focus-clear'

/** A layer whose top is `top` px from the top of a 500 px viewport. */
function layerAt(top: number): HTMLElement {
  const layer = document.createElement('section')
  layer.getBoundingClientRect = () => ({ top }) as DOMRect
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: 500 })
  document.body.append(layer)
  return layer
}

const link = () => {
  const a = document.createElement('a')
  a.href = '#end'
  document.body.append(a)
  return a
}

afterEach(() => {
  document.body.replaceChildren()
  document.documentElement.removeAttribute('style')
})

describe('keepFocusClear: focus in the page clears a layer fixed to the bottom', () => {
  it('leaves the page as it is until focus moves', () => {
    const stop = keepFocusClear(layerAt(350))
    expect(document.documentElement.getAttribute('style')).toBeNull()
    stop()
  })

  it('pads the root and its scroll padding by the layer, from its top to the bottom', () => {
    const stop = keepFocusClear(layerAt(350))
    link().focus()
    const root = document.documentElement.style
    expect(root.paddingBottom).toBe('158px')
    expect(root.scrollPaddingBottom).toBe('158px')
    stop()
    expect(root.paddingBottom).toBe('')
    expect(root.scrollPaddingBottom).toBe('')
  })

  it("follows the layer's height as focus moves, and gives the page's own values back", () => {
    const root = document.documentElement.style
    root.paddingBottom = '2px'
    root.scrollPaddingBottom = '3px'
    let top = 400
    const layer = layerAt(0)
    layer.getBoundingClientRect = () => ({ top }) as DOMRect
    const stop = keepFocusClear(layer)
    const a = link()
    a.focus()
    expect(root.paddingBottom).toBe('108px')
    a.blur()
    top = 300 // the layer grew (a narrower viewport, a zoom)
    link().focus()
    expect(root.scrollPaddingBottom).toBe('208px')
    stop()
    expect([root.paddingBottom, root.scrollPaddingBottom]).toEqual(['2px', '3px'])
    // Stopped: focus no longer changes the page.
    a.focus()
    expect(root.paddingBottom).toBe('2px')
  })
})
