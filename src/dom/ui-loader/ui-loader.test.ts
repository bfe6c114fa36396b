// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { loadScriptFile, registerScriptFile, startScriptFile } from './index'

describe('handing over a script-tag file (register ↔ load)', () => {
  const key = Symbol.for('consentry.test')

  it('a file that runs before anyone asks leaves its exports for the first load', async () => {
    const target: Record<symbol, unknown> = {}
    const exports = { mountUI: () => 'ui' }
    registerScriptFile(target, key, exports)
    await expect(
      loadScriptFile(target, key, 'x.js', 'https://a.example/', undefined)
    ).resolves.toBe(exports)
  })

  it('a function export is left as well (the engine hands over a function)', async () => {
    const target: Record<symbol, unknown> = {}
    const start = () => 'engine'
    registerScriptFile(target, key, start)
    await expect(
      loadScriptFile(target, key, 'x.js', 'https://a.example/', undefined)
    ).resolves.toBe(start)
  })

  it('a file that runs after the load asked calls the function waiting there', () => {
    const got: unknown[] = []
    const target: Record<symbol, unknown> = { [key]: (e: unknown) => got.push(e) }
    registerScriptFile(target, key, { gpp: true })
    expect(got).toEqual([{ gpp: true }])
  })

  it('does nothing without window.Consentry', () => {
    expect(() => registerScriptFile(undefined, key, {})).not.toThrow()
  })
})

describe('startScriptFile', () => {
  it('can hold the first frame for the file (blocking="render"), for a limited time', () => {
    vi.useFakeTimers()
    const append = vi.spyOn(document.head, 'append')
    let atInsertion: string | null = null
    append.mockImplementation((script) => {
      atInsertion = (script as HTMLScriptElement).getAttribute('blocking')
    })
    try {
      const script = startScriptFile('https://a.example/x.js', 'n0nce', 500)
      // Set before insertion: browsers read it when the element is inserted.
      expect(atInsertion).toBe('render')
      expect(script.nonce).toBe('n0nce')
      vi.advanceTimersByTime(499)
      expect(script.getAttribute('blocking')).toBe('render')
      vi.advanceTimersByTime(1)
      expect(script.hasAttribute('blocking')).toBe(false)
      expect(
        startScriptFile('https://a.example/y.js', undefined).hasAttribute('blocking')
      ).toBe(false)
    } finally {
      append.mockRestore()
      vi.useRealTimers()
    }
  })

  it('starts a file once: a second call gets the same element, unless the first failed', () => {
    const inserted: HTMLScriptElement[] = []
    const append = vi
      .spyOn(document.head, 'append')
      .mockImplementation((script) => void inserted.push(script as HTMLScriptElement))
    const scripts = vi
      .spyOn(document, 'scripts', 'get')
      .mockImplementation(
        () => inserted as unknown as HTMLCollectionOf<HTMLScriptElement>
      )
    try {
      const first = startScriptFile('https://a.example/ui.js', undefined)
      expect(startScriptFile('https://a.example/ui.js', undefined)).toBe(first)
      expect(startScriptFile('https://a.example/other.js', undefined)).not.toBe(first)
      first.dispatchEvent(new Event('error'))
      const again = startScriptFile('https://a.example/ui.js', undefined)
      expect(again).not.toBe(first)
      expect(inserted.map((s) => s.src)).toEqual([
        'https://a.example/ui.js',
        'https://a.example/other.js',
        'https://a.example/ui.js'
      ])
    } finally {
      scripts.mockRestore()
      append.mockRestore()
    }
  })
})
