import { describe, expect, it } from 'vitest'
import { resolveRegime } from '../regime/resolve-regime'
import { bannerPlan, certainlyGdpr, firstLayer } from './banner-plan'
import { validateConfig } from './validate'

describe('bannerPlan: the GDPR banner from the config text alone', () => {
  it('takes layout, theme, language, texts and the links to the site pages as given', () => {
    const texts = { de: { acceptAll: 'Ja' } }
    expect(
      bannerPlan({
        language: 'de',
        texts,
        privacyPolicyUrl: '/privacy',
        legalNoticeUrl: 'https://shop.example/imprint',
        ui: { layout: 'box', theme: 'dark' }
      })
    ).toEqual({
      layout: 'box',
      blockPage: false,
      theme: 'dark',
      language: 'de',
      texts,
      privacyPolicyUrl: '/privacy',
      legalNoticeUrl: 'https://shop.example/imprint'
    })
  })

  it('uses the defaults with no config at all', () => {
    expect(bannerPlan(undefined)).toEqual({
      layout: 'bar',
      blockPage: false,
      theme: 'light',
      language: undefined,
      texts: {},
      privacyPolicyUrl: undefined,
      legalNoticeUrl: undefined
    })
  })

  it('never links a URL the validator would refuse', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'privacy', 42])
      expect(bannerPlan({ privacyPolicyUrl: url, legalNoticeUrl: url })).toMatchObject({
        privacyPolicyUrl: undefined,
        legalNoticeUrl: undefined
      })
  })

  it('takes the modal layout, with blockPage only when it is true', () => {
    expect(bannerPlan({ ui: { layout: 'modal' } })).toMatchObject({
      layout: 'modal',
      blockPage: false
    })
    expect(bannerPlan({ ui: { layout: 'modal', blockPage: true } })?.blockPage).toBe(true)
    // Not a boolean: the engine reports it; the banner does not block the page meanwhile.
    expect(bannerPlan({ ui: { layout: 'modal', blockPage: 'yes' } })?.blockPage).toBe(
      false
    )
  })

  it('leaves an unknown layout, autoShow: false and non-objects to the engine', () => {
    expect(bannerPlan({ ui: { layout: 'sidebar' } })).toBeUndefined()
    expect(bannerPlan({ ui: { autoShow: false } })).toBeUndefined()
    expect(bannerPlan({ ui: 'bar' })).toBeUndefined()
    expect(bannerPlan([])).toBeUndefined()
    expect(bannerPlan('{}')).toBeUndefined()
  })

  it('firstLayer: a banner file is asked only for a known layout shown on its own', () => {
    expect(firstLayer(undefined)).toBe('bar')
    expect(firstLayer({ ui: { layout: 'box' } })).toBe('box')
    // The modal banner's own file.
    expect(firstLayer({ ui: { layout: 'modal' } })).toBe('modal')
    // The engine's to report: the first file fetches the UI and the engine.
    expect(firstLayer({ ui: { layout: 'sidebar' } })).toBe('ui')
    expect(firstLayer({ ui: { layout: 42 } })).toBe('ui')
    // Nothing shows by itself: the engine alone.
    expect(firstLayer({ ui: { autoShow: false } })).toBeUndefined()
    expect(firstLayer({ ui: { layout: 'modal', autoShow: false } })).toBeUndefined()
    // Not an object: read as empty, and turned down by bannerPlan (the engine reports it).
    for (const raw of [null, [], '{}', { ui: 'modal' }]) {
      expect(firstLayer(raw)).toBe('bar')
      expect(bannerPlan(raw)).toBeUndefined()
    }
    // Wherever bannerPlan shows a banner, it is firstLayer's layout.
    for (const ui of [
      {},
      { layout: 'box' },
      { layout: 'modal' },
      { layout: 'bar', autoShow: true }
    ])
      expect(bannerPlan({ ui })?.layout).toBe(firstLayer({ ui }))
  })

  it('is asked only where the core resolves gdpr, and never guesses otherwise', () => {
    const cases: Array<[Record<string, unknown>, string | undefined]> = [
      [{}, undefined],
      [{}, 'DE'],
      [{}, 'BR'],
      [{}, 'US-CA'],
      [{}, 'US-TX'],
      [{ regime: 'none' }, 'DE'],
      [{ regime: 'gdpr' }, 'US-CA'],
      [{ regime: 'us' }, 'DE'],
      [{ regionRegimes: { de: 'none' } }, 'DE'],
      [{ regionRegimes: { 'FR-75': 'none' } }, 'FR-75'],
      [{ regionRegimes: { JP: 'gdpr' } }, 'JP'],
      [{ region: 'US-CA' }, undefined],
      [{ region: 'US-CA' }, 'DE']
    ]
    for (const [config, region] of cases) {
      const { config: resolved } = validateConfig(config)
      const regime = resolveRegime(
        resolved.regime,
        region ?? resolved.region,
        resolved.regionRegimes
      )
      // Never gdpr where the core says otherwise; gdpr wherever the core says so outside
      // the US (US visitors are always left to the engine).
      const where = JSON.stringify([config, region])
      if (regime !== 'gdpr') expect(certainlyGdpr(config, region), where).toBe(false)
      else if (!(region ?? resolved.region)?.toUpperCase().startsWith('US'))
        expect(certainlyGdpr(config, region), where).toBe(true)
    }
    expect(certainlyGdpr([], 'DE')).toBe(false)
    expect(certainlyGdpr(null, undefined)).toBe(false)
  })
})
