// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { describeFailure, validateRaw } from './index'
import { INLINE_CONFIG_ID, readConfig, type ReadFailure } from './read'

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
    const broken = readConfig(window, null) as { error: ReadFailure }
    expect(broken).toEqual({ error: { url: undefined, json: expect.any(SyntaxError) } })
    expect(describeFailure(broken.error)).toMatch(
      /^#consentry-config: expected valid JSON \(.+\)$/
    )
  })

  it('then data-config, fetched; HTTP and network errors name the URL', async () => {
    const fetch = vi.fn()
    const win = { document, fetch } as unknown as ConfigWindow
    fetch.mockResolvedValueOnce(new Response('{"revision":3}'))
    await expect(readConfig(win, '/c.json')).resolves.toEqual({
      value: { revision: 3 },
      text: '{"revision":3}'
    })
    const failure = async () =>
      (await readConfig(win, '/c.json')) as { error: ReadFailure }
    fetch.mockResolvedValueOnce(new Response('nope', { status: 404 }))
    const http = await failure()
    expect(http).toEqual({ error: { url: '/c.json', status: 404 } })
    expect(describeFailure(http.error)).toBe(
      'data-config "/c.json": expected a JSON file, got HTTP 404'
    )
    fetch.mockRejectedValueOnce(new TypeError('offline'))
    expect(describeFailure((await failure()).error)).toBe(
      'data-config "/c.json": could not be fetched (offline)'
    )
    fetch.mockResolvedValueOnce(new Response('{revision'))
    expect(describeFailure((await failure()).error)).toMatch(
      /^data-config "\/c.json": expected valid JSON \(.+\)$/
    )
    // A thrown value that is not an Error is worded as it is.
    expect(describeFailure({ url: '/c.json', fetch: 'blocked' })).toBe(
      'data-config "/c.json": could not be fetched (blocked)'
    )
  })

  it('nothing at all: the default config, with an empty key', () => {
    expect(readConfig(window, null)).toEqual({ value: undefined, text: '' })
  })
})

describe('validateRaw', () => {
  it('fails closed on a config that could not be read, naming why', () => {
    const result = validateRaw({ error: { url: '/c.json', status: 500 } })
    expect(result.failClosed).toBe(true)
    expect(result.errors).toEqual([
      'data-config "/c.json": expected a JSON file, got HTTP 500'
    ])
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
