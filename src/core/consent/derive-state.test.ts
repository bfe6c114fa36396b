import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../config/defaults'
import { validateConfig } from '../config/validate'
import { ConsentryError } from '../consentry-error'
import { acceptAllChoice, optOutChoice, rejectAllChoice, saveChoice } from './decide'
import { defaultChoice, deriveState, storedState } from './derive-state'

const config = defaultConfig()
const meta = { decided: true, method: 'api' as const }
const derive = (
  choice = defaultChoice(config, 'gdpr'),
  regime: 'gdpr' | 'us' | 'none' = 'gdpr',
  gpc = false
) => deriveState({ config, regime, gpc }, choice, meta)

describe('consent state', () => {
  it('grants only essential by default under gdpr', () => {
    const state = derive()
    expect(state.categories).toEqual({
      essential: true,
      statistical: false,
      personalisation: false,
      marketing: false
    })
    expect(Object.values(state.vendors).every((on) => !on)).toBe(true)
  })

  it('grants everything by default under us and none', () => {
    for (const regime of ['us', 'none'] as const) {
      const state = derive(defaultChoice(config, regime), regime)
      expect(Object.values(state.categories).every(Boolean)).toBe(true)
      expect(Object.values(state.vendors).every(Boolean)).toBe(true)
    }
  })

  it('is frozen all the way down', () => {
    const state = derive()
    expect(Object.isFrozen(state)).toBe(true)
    expect(Object.isFrozen(state.categories)).toBe(true)
    expect(Object.isFrozen(state.vendors)).toBe(true)
    expect(Object.isFrozen(state.optOut)).toBe(true)
  })

  it('acceptAll grants every category and vendor; rejectAll only essential', () => {
    const accepted = derive(acceptAllChoice(config))
    expect(Object.values(accepted.categories).every(Boolean)).toBe(true)
    expect(Object.values(accepted.vendors).every(Boolean)).toBe(true)
    expect(accepted.optOut).toEqual({ sale: false, share: false })
    const rejected = derive(rejectAllChoice(config))
    expect(rejected.categories).toEqual({
      essential: true,
      statistical: false,
      personalisation: false,
      marketing: false
    })
    expect(rejected.optOut).toEqual({ sale: true, share: true })
  })

  it('grants a vendor only if its category is granted', () => {
    const choice = saveChoice(config, defaultChoice(config, 'gdpr'), {
      vendors: { facebook: true }
    })
    expect(derive(choice).vendors.facebook).toBe(false)
    const withCategory = saveChoice(config, choice, { categories: { marketing: true } })
    expect(derive(withCategory).vendors.facebook).toBe(true)
  })

  it('save: a category sets its vendors, explicit vendors win, the rest is kept', () => {
    const start = acceptAllChoice(config)
    const next = saveChoice(config, start, {
      categories: { marketing: true, statistical: false },
      vendors: { criteo: false }
    })
    const state = derive(next)
    expect(state.categories).toMatchObject({
      statistical: false,
      personalisation: true,
      marketing: true
    })
    expect(state.vendors).toMatchObject({
      criteo: false,
      facebook: true,
      'google-analytics': false,
      youtube: true
    })
  })

  it('save rejects unknown ids, non-booleans and denying essential, changing nothing', () => {
    const start = defaultChoice(config, 'gdpr')
    const copy = structuredClone(start)
    const bad = [
      { categories: { marketng: true } },
      { vendors: { facebok: true } },
      { categories: { statistical: 'yes' } },
      { categories: { essential: false } },
      { categories: [] }
    ]
    for (const input of bad) {
      expect(() => saveChoice(config, start, input as never)).toThrow(ConsentryError)
    }
    expect(start).toEqual(copy)
    expect(() => saveChoice(config, start, { categories: { marketng: true } })).toThrow(
      'Consentry.save: categories.marketng: unknown id; expected one of essential, statistical, personalisation, marketing'
    )
  })

  it('save rejects input that is no { categories?, vendors? }, rather than saving nothing', () => {
    const start = defaultChoice(config, 'gdpr')
    for (const input of [42, 'statistical', null, [], true])
      expect(() => saveChoice(config, start, input as never), String(input)).toThrow(
        /^Consentry\.save: expected \{ categories\?, vendors\? \}, got /
      )
    // The likeliest slip: a category given without `categories`.
    expect(() => saveChoice(config, start, { statistical: true } as never)).toThrow(
      'Consentry.save: statistical: unknown field; expected categories or vendors'
    )
    // Nothing at all, or an empty object, saves the choice in force.
    expect(saveChoice(config, start, undefined as never)).toEqual(start)
    expect(saveChoice(config, start, {})).toEqual(start)
  })

  it('an opt-out denies marketing and sale/share vendors, and opting back in restores them', () => {
    const all = acceptAllChoice(config)
    const out = optOutChoice(all, { sale: true })
    const state = derive(out, 'us')
    expect(state.categories.marketing).toBe(false)
    expect(state.vendors['google-analytics']).toBe(true) // not sale/share
    expect(state.vendors.facebook).toBe(false)
    expect(derive(optOutChoice(out, { sale: false }), 'us').categories.marketing).toBe(
      true
    )
    expect(() => optOutChoice(all, { sale: 1 } as never)).toThrow(ConsentryError)
  })

  it('GPC under us opts out of sale and sharing, whatever the choice says', () => {
    const state = derive(acceptAllChoice(config), 'us', true)
    expect(state.optOut).toEqual({ sale: true, share: true })
    expect(state.categories.marketing).toBe(false)
    expect(state.gpc).toBe(true)
  })

  it('GPC under gdpr does not undo explicit consent', () => {
    const state = derive(acceptAllChoice(config), 'gdpr', true)
    expect(state.categories.marketing).toBe(true)
    expect(state.gpc).toBe(true)
  })

  it('carries revision, id and an ISO timestamp', () => {
    const state = deriveState(
      { config: { ...config, revision: 7 }, regime: 'gdpr', gpc: false },
      defaultChoice(config, 'gdpr'),
      { decided: true, method: 'banner', id: 'r1', time: Date.UTC(2026, 0, 2, 3, 4, 5) }
    )
    expect(state).toMatchObject({
      revision: 7,
      id: 'r1',
      timestamp: '2026-01-02T03:04:05.000Z',
      method: 'banner'
    })
  })

  it('works for a custom taxonomy without a marketing category', () => {
    const custom = validateConfig({
      categories: [{ id: 'ads', title: 'Ads' }],
      vendors: [
        {
          id: 'net',
          name: 'Net',
          category: 'ads',
          privacyPolicyUrl: 'https://n.example/p'
        }
      ]
    }).config
    const state = deriveState(
      { config: custom, regime: 'us', gpc: true },
      acceptAllChoice(custom),
      meta
    )
    expect(state.categories).toEqual({ essential: true, ads: true })
    expect(state.vendors.net).toBe(false) // custom vendors count as sale/share
  })
})

describe('storedState (what a page view starts on, in the first file and the engine alike)', () => {
  it('a stored choice: decided, method "stored", with its id and time', () => {
    const choice = acceptAllChoice(config)
    const state = storedState(
      { config, regime: 'gdpr', gpc: false },
      {
        choice,
        regime: 'gdpr',
        method: 'banner',
        revision: 1,
        id: 'abcd1234',
        time: 1.7e12,
        gpc: false
      }
    )
    expect(state).toEqual(
      deriveState({ config, regime: 'gdpr', gpc: false }, choice, {
        decided: true,
        method: 'stored',
        id: 'abcd1234',
        time: 1.7e12
      })
    )
    expect(state.method).toBe('stored')
  })

  it("nothing stored: the regime's default, undecided", () => {
    for (const regime of ['gdpr', 'us', 'none'] as const) {
      expect(storedState({ config, regime, gpc: true }, undefined)).toEqual(
        deriveState({ config, regime, gpc: true }, defaultChoice(config, regime), {
          decided: false,
          method: 'default'
        })
      )
    }
  })
})
