// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { validateRaw } from './index'
import { INLINE_CONFIG_ID, readConfig } from './read'

type ConfigWindow = Window & { consentryConfig?: unknown }

describe('readConfig (CONTRACT.md §2, in order)', () => {
  afterEach(() => {
    delete (window as ConfigWindow).consentryConfig
    document.getElementById(INLINE_CONFIG_ID)?.remove()
  })

  it('window.consentryConfig first, with its JSON text as the key', () => {
    ;(window as ConfigWindow).consentryConfig = { vendors: ['facebook'] }
    expect(readConfig(window, '/consent.json')).toEqual({
      value: { vendors: ['facebook'] },
      text: '{"vendors":["facebook"]}',
      live: true
    })
  })

  it('a config that is not JSON is read, but has no key (never remembered)', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    ;(window as ConfigWindow).consentryConfig = cyclic
    expect(readConfig(window, null)).toEqual({
      value: cyclic,
      text: undefined,
      live: true
    })
  })

  it('then the inline JSON element; broken JSON is an error naming it', () => {
    const inline = document.createElement('script')
    inline.type = 'application/json'
    inline.id = INLINE_CONFIG_ID
    inline.textContent = '{"revision": 2}'
    document.head.append(inline)
    expect(readConfig(window, null)).toEqual({
      value: { revision: 2 },
      text: '{"revision": 2}'
    })
    inline.textContent = '{revision: 2'
    expect(readConfig(window, null)).toEqual({
      error: expect.stringMatching(/^#consentry-config: expected valid JSON/)
    })
  })

  it('then data-config, fetched; HTTP and network errors name the URL', async () => {
    const fetch = vi.fn()
    const win = { document, fetch } as unknown as ConfigWindow
    fetch.mockResolvedValueOnce(new Response('{"revision":3}'))
    await expect(readConfig(win, '/c.json')).resolves.toEqual({
      value: { revision: 3 },
      text: '{"revision":3}'
    })
    fetch.mockResolvedValueOnce(new Response('nope', { status: 404 }))
    await expect(readConfig(win, '/c.json')).resolves.toEqual({
      error: 'data-config "/c.json": expected a JSON file, got HTTP 404'
    })
    fetch.mockRejectedValueOnce(new TypeError('offline'))
    await expect(readConfig(win, '/c.json')).resolves.toEqual({
      error: 'data-config "/c.json": could not be fetched (offline)'
    })
  })

  it('nothing at all: the default config, with an empty key', () => {
    expect(readConfig(window, null)).toEqual({ value: undefined, text: '' })
  })
})

describe('validateRaw', () => {
  it('fails closed on a config that could not be read, naming why', () => {
    const result = validateRaw({ error: 'data-config "/c.json": expected valid JSON' })
    expect(result.failClosed).toBe(true)
    expect(result.errors).toEqual(['data-config "/c.json": expected valid JSON'])
  })

  it('fails closed on a config whose getters throw', () => {
    const hostile = Object.defineProperty({}, 'vendors', {
      enumerable: true,
      get() {
        throw new Error('boom')
      }
    })
    const result = validateRaw({ value: hostile, text: undefined })
    expect(result.failClosed).toBe(true)
    expect(result.errors[0]).toMatch(/could not be read .*boom/)
  })
})
