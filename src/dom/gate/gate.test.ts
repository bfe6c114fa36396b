// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { startGate, type Gate } from './index'

let gate: Gate | undefined
afterEach(() => {
  gate?.stop()
  document.body.replaceChildren()
})

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

function img(category: string, id: string): HTMLImageElement {
  const element = document.createElement('img')
  element.id = id
  element.setAttribute('data-consent', category)
  element.setAttribute('data-src', `https://cdn.example/${id}.gif`)
  return element
}

describe('gate: elements added later', () => {
  it('releases allowed elements added in a subtree, and keeps the others blocked', async () => {
    const blocked = vi.fn()
    gate = startGate({
      document,
      verdict: (category) => (category === 'statistical' ? 'allow' : 'wait'),
      onBlocked: blocked
    })
    const section = document.createElement('section')
    section.append(img('statistical', 'a'), img('marketing', 'b'))
    document.body.append(section)
    document.body.append(img('statistical', 'c'))
    await tick()
    expect(document.getElementById('a')!.getAttribute('src')).toContain('a.gif')
    expect(document.getElementById('c')!.getAttribute('src')).toContain('c.gif')
    expect(document.getElementById('b')!.hasAttribute('src')).toBe(false)
    expect(blocked).toHaveBeenCalledTimes(1)
    expect(gate.ran().map((r) => r.category)).toEqual(['statistical', 'statistical'])
  })

  it('searches only what was added, not the whole document, at each mutation', async () => {
    gate = startGate({ document, verdict: () => 'allow' })
    const whole = vi.spyOn(document, 'querySelectorAll')
    for (let i = 0; i < 20; i++) {
      document.body.append(img('statistical', `n${i}`))
      await tick()
    }
    expect(whole).not.toHaveBeenCalled()
    expect(gate.ran()).toHaveLength(20)
  })

  it('a full scan still releases what a change of consent now allows', async () => {
    let allowed = false
    gate = startGate({ document, verdict: () => (allowed ? 'allow' : 'wait') })
    document.body.append(img('marketing', 'late'))
    await tick()
    expect(document.getElementById('late')!.hasAttribute('src')).toBe(false)
    allowed = true
    gate.scan()
    expect(document.getElementById('late')!.getAttribute('src')).toContain('late.gif')
  })
})
