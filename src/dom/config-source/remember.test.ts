import { describe, expect, it } from 'vitest'
import { validateConfig } from '../../core/config/validate'
import { configKey } from '../boot-cache/index'
import type { RawConfig } from './read'
import { rememberKey } from './remember'

declare const __CONSENTRY_VERSION__: string

describe('rememberKey (may a validated config be remembered for the next view?)', () => {
  const value = { vendors: ['facebook'] }
  const parsed: RawConfig = { value, text: JSON.stringify(value) }

  it("gives a valid config's key, as the first file computes it", () => {
    expect(rememberKey(parsed, 'US-CA', validateConfig(value))).toBe(
      configKey(__CONSENTRY_VERSION__, 'US-CA', parsed)
    )
  })

  it('gives none for an invalid config, one that could not be read, or one with no text', () => {
    const invalid = { categories: 'all' }
    expect(
      rememberKey(
        { value: invalid, text: JSON.stringify(invalid) },
        'US-CA',
        validateConfig(invalid)
      )
    ).toBeUndefined()
    expect(
      rememberKey(
        { error: { url: '/c.json', status: 500 } },
        'US-CA',
        validateConfig(undefined)
      )
    ).toBeUndefined()
    expect(
      rememberKey({ value, text: undefined, live: true }, 'US-CA', validateConfig(value))
    ).toBeUndefined()
  })

  it('gives none for a window.consentryConfig the page changed after it was read', () => {
    const live = { vendors: ['facebook'] as string[] }
    const raw: RawConfig = { value: live, text: JSON.stringify(live), live: true }
    expect(rememberKey(raw, undefined, validateConfig(live))).toBeDefined()
    live.vendors.push('criteo')
    expect(rememberKey(raw, undefined, validateConfig(live))).toBeUndefined()
  })
})
