import { describe, expect, it } from 'vitest'
import { OPT_IN_COUNTRIES } from './opt-in-countries'
import { regimeOf, resolveRegime } from './resolve-regime'
import { US_STATE_LAWS } from './us-state-laws'

describe('resolveRegime', () => {
  it('keeps an explicit regime', () => {
    expect(resolveRegime('none', 'DE')).toBe('none')
    expect(resolveRegime('us', undefined)).toBe('us')
  })

  it.each([
    ['DE', 'gdpr'],
    ['fr', 'gdpr'],
    ['GB', 'gdpr'],
    ['CH', 'gdpr'],
    ['BR', 'gdpr'],
    ['NO', 'gdpr'],
    ['US-CA', 'us'],
    ['US-TX', 'us'],
    ['US-AL', 'us'],
    ['US', 'us'],
    ['JP', 'gdpr']
  ] as const)('auto: %s → %s', (region, regime) => {
    expect(resolveRegime('auto', region)).toBe(regime)
  })

  it('falls back to the strictest regime when the region is unknown', () => {
    expect(resolveRegime('auto', undefined)).toBe('gdpr')
    expect(resolveRegime('auto', '')).toBe('gdpr')
  })

  it('lets the owner map regions, but not out of a US state law', () => {
    const owner = { US: 'none', JP: 'none', 'US-TX': 'none', GB: 'gdpr' } as const
    expect(resolveRegime('auto', 'US-AL', owner)).toBe('none')
    expect(resolveRegime('auto', 'US-CA', owner)).toBe('us')
    expect(resolveRegime('auto', 'US-TX', owner)).toBe('none') // exact owner entry wins
    expect(resolveRegime('auto', 'JP', owner)).toBe('none')
  })

  it('has the EEA, UK, Switzerland and Brazil, and the state laws with their names', () => {
    expect(OPT_IN_COUNTRIES).toHaveLength(33)
    for (const state of ['US-CA', 'US-CO', 'US-CT', 'US-VA', 'US-UT']) {
      expect(US_STATE_LAWS[state]).toMatch(/Act/)
    }
  })
})

describe('regimeOf', () => {
  const config = { regime: 'auto', region: 'DE', regionRegimes: { JP: 'none' } } as const

  it("reads the page's region over the config's, with the owner's map", () => {
    expect(regimeOf(config, 'US-CA')).toBe('us')
    expect(regimeOf(config, 'JP')).toBe('none')
  })

  it("falls back on the config's region, then on the strictest", () => {
    expect(regimeOf(config, undefined)).toBe('gdpr')
    expect(regimeOf({ ...config, region: 'US-TX' }, undefined)).toBe('us')
    expect(regimeOf({ ...config, region: undefined }, undefined)).toBe('gdpr')
  })

  it('keeps an explicit regime whatever the region', () => {
    expect(regimeOf({ ...config, regime: 'none' }, 'DE')).toBe('none')
  })
})
