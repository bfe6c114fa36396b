// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { isParsed } from './is-parsed'

function loading(on: boolean) {
  Object.defineProperty(document, 'readyState', {
    configurable: true,
    get: () => (on ? 'loading' : 'complete')
  })
}

afterEach(() => {
  delete (document as { readyState?: string }).readyState
  document.body.replaceChildren()
})

describe('isParsed', () => {
  it('takes any element as complete once the document has loaded', () => {
    loading(false)
    const script = document.createElement('script')
    document.body.append(script)
    expect(isParsed(script)).toBe(true)
  })

  it('while loading, takes the last node in the tree as possibly incomplete', () => {
    loading(true)
    const script = document.createElement('script')
    document.body.append(script)
    // <html> may be followed by nothing yet: the parser could still be inside this script.
    expect(isParsed(script)).toBe(false)
  })

  it('while loading, takes an element followed by any node as complete', () => {
    loading(true)
    const wrapper = document.createElement('div')
    const script = document.createElement('script')
    wrapper.append(script)
    document.body.append(wrapper, document.createTextNode('\n'))
    expect(isParsed(script)).toBe(true)
  })
})
