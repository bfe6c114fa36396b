import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateConfig } from '../config/validate'
import { defaultConfig } from '../config/defaults'
import { decodeChoice, encodeChoice, regimeOf, taxonomyHash } from './codec'
import { acceptAllChoice, rejectAllChoice, saveChoice } from './decide'
import { defaultChoice } from './derive-state'
import type { StoredChoice } from './types'
import { fnv1a } from '../../utils/fnv1a'

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0)
const config = defaultConfig()

function stored(overrides: Partial<StoredChoice> = {}): StoredChoice {
  return {
    choice: saveChoice(config, defaultChoice(config, 'gdpr'), {
      categories: { statistical: true },
      vendors: { 'yandex-metrica': false }
    }),
    regime: 'gdpr',
    method: 'preferences',
    revision: 1,
    id: 'abcdefghij012345',
    time: NOW,
    gpc: false,
    ...overrides
  }
}

describe('cookie codec', () => {
  it('round-trips a choice', () => {
    const value = encodeChoice(config, stored())
    expect(decodeChoice(config, 'gdpr', value, NOW)).toEqual(stored())
  })

  it('keeps the value compact and cookie-safe', () => {
    const value = encodeChoice(config, stored())
    expect(value.length).toBeLessThan(80)
    expect(value).toMatch(/^[0-9a-z.]+$/)
    expect(encodeURIComponent(value)).toBe(value)
  })

  it('round-trips every regime, method and opt-out', () => {
    for (const regime of ['gdpr', 'us', 'none'] as const) {
      for (const method of ['banner', 'preferences', 'opt-out', 'api', 'gpc'] as const) {
        for (const choice of [acceptAllChoice(config), rejectAllChoice(config)]) {
          const s = stored({ regime, method, choice })
          expect(decodeChoice(config, regime, encodeChoice(config, s), NOW)).toEqual(s)
        }
      }
    }
  })

  it('carries whether a GPC signal was in force, in the opt-out field (4 and up)', () => {
    const choice = { ...acceptAllChoice(config), optOut: { sale: true, share: false } }
    const withSignal = encodeChoice(config, stored({ choice, gpc: true }))
    const without = encodeChoice(config, stored({ choice }))
    expect(withSignal.split('.')[8]).toBe('5')
    expect(without.split('.')[8]).toBe('1')
    expect(decodeChoice(config, 'gdpr', withSignal, NOW)).toEqual(
      stored({ choice, gpc: true })
    )
    expect(decodeChoice(config, 'gdpr', without, NOW)?.gpc).toBe(false)
    // 8 and up is no value this version writes: malformed, whatever the sum says.
    const fields = without.split('.').slice(0, -1)
    fields[8] = '9'
    const body = fields.join('.')
    const forged = `${body}.${fnv1a(body).toString(36)}`
    expect(decodeChoice(config, 'gdpr', forged, NOW)).toBeUndefined()
    fields[8] = '7'
    const top = fields.join('.')
    expect(
      decodeChoice(config, 'gdpr', `${top}.${fnv1a(top).toString(36)}`, NOW)
    ).toMatchObject({
      gpc: true,
      choice: { optOut: { sale: true, share: true } }
    })
  })

  it('carries the config key when one is stamped, and reads values without one', () => {
    const keyed = encodeChoice(config, stored({ key: '0abc1234z1' }))
    expect(keyed.split('.')).toHaveLength(11)
    expect(decodeChoice(config, 'gdpr', keyed, NOW)).toEqual(
      stored({ key: '0abc1234z1' })
    )
    const plain = encodeChoice(config, stored())
    expect(plain.split('.')).toHaveLength(10)
    expect(decodeChoice(config, 'gdpr', plain, NOW)).toEqual(stored())
    // The key is covered by the sum: another key is a tampered value.
    const swapped = keyed.replace('0abc1234z1', '0abc1234z2')
    expect(decodeChoice(config, 'gdpr', swapped, NOW)).toBeUndefined()
  })

  it('tells the regime a value was made under, and nothing for anything else', () => {
    for (const regime of ['gdpr', 'us', 'none'] as const)
      expect(regimeOf(encodeChoice(config, stored({ regime, key: 'k1' })))).toBe(regime)
    for (const value of [undefined, '', 'foreign', 42, '1.1.x'])
      expect(regimeOf(value)).toBeUndefined()
  })

  it('reads a choice made under an older or newer revision as no choice', () => {
    const value = encodeChoice(config, stored({ revision: 1 }))
    const revised = { ...config, revision: 2 }
    expect(decodeChoice(revised, 'gdpr', value, NOW)).toBeUndefined()
    expect(decodeChoice({ ...config, revision: 0 }, 'gdpr', value, NOW)).toBeUndefined()
  })

  it('reads an expired choice as no choice', () => {
    const value = encodeChoice(config, stored())
    const day = 86400000
    expect(decodeChoice(config, 'gdpr', value, NOW + 179 * day)).toBeDefined()
    expect(decodeChoice(config, 'gdpr', value, NOW + 180 * day)).toBeUndefined()
  })

  it('reads a choice dated in the future as tampered', () => {
    const value = encodeChoice(config, stored({ time: NOW + 2 * 86400000 }))
    expect(decodeChoice(config, 'gdpr', value, NOW)).toBeUndefined()
  })

  it('does not carry a choice across regimes', () => {
    const value = encodeChoice(config, stored({ regime: 'us' }))
    expect(decodeChoice(config, 'gdpr', value, NOW)).toBeUndefined()
  })

  it('does not read a choice made for another taxonomy', () => {
    const value = encodeChoice(config, stored())
    const fewer = validateConfig({ vendors: ['google-analytics', 'facebook'] }).config
    expect(taxonomyHash(fewer)).not.toBe(taxonomyHash(config))
    expect(decodeChoice(fewer, 'gdpr', value, NOW)).toBeUndefined()
    const reordered = { ...config, vendors: [...config.vendors].reverse() }
    expect(decodeChoice(reordered, 'gdpr', value, NOW)).toBeUndefined()
  })

  it('rejects an edited field even when it stays well-formed', () => {
    const value = encodeChoice(config, stored({ choice: rejectAllChoice(config) }))
    const fields = value.split('.')
    fields[6] = 'f' // try to grant every category
    expect(decodeChoice(config, 'gdpr', fields.join('.'), NOW)).toBeUndefined()
  })

  it('reads foreign and malformed values as no choice', () => {
    const foreign = [
      undefined,
      '',
      'yes',
      '{"necessary":true,"analytics":true}',
      '1YNN',
      'true',
      '2' + encodeChoice(config, stored()).slice(1),
      encodeChoice(config, stored()) + '.',
      encodeChoice(config, stored()).toUpperCase(),
      'x'.repeat(5000)
    ]
    for (const value of foreign)
      expect(decodeChoice(config, 'gdpr', value, NOW)).toBeUndefined()
  })

  it('reads copies of the cookie (one a line) as the valid one made last; a tie, or none valid, as no choice', () => {
    const older = stored({ id: 'olderolderolder1', time: NOW - 60_000 })
    const later = stored({
      id: 'laterlaterlater1',
      time: NOW - 1000,
      choice: rejectAllChoice(config)
    })
    const [a, b] = [older, later].map((s) => encodeChoice(config, s))
    // Oldest first, as browsers list them, or the other way: the later one wins.
    expect(decodeChoice(config, 'gdpr', `${a}\n${b}`, NOW)).toEqual(later)
    expect(decodeChoice(config, 'gdpr', `${b}\n${a}`, NOW)).toEqual(later)
    // A damaged or foreign copy is passed over.
    expect(decodeChoice(config, 'gdpr', `${a}\nhello\n${b}x`, NOW)).toEqual(older)
    expect(decodeChoice(config, 'gdpr', 'hello\nworld', NOW)).toBeUndefined()
    // Two made in the same second, that differ: neither is the later.
    const twin = encodeChoice(config, { ...older, id: 'twintwintwintwin' })
    expect(decodeChoice(config, 'gdpr', `${a}\n${twin}`, NOW)).toBeUndefined()
    expect(decodeChoice(config, 'gdpr', `${a}\n${twin}\n${b}`, NOW)).toEqual(later)
  })

  it('round-trips any valid choice (property)', () => {
    const flags = (ids: string[]) =>
      fc
        .tuple(...ids.map(() => fc.boolean()))
        .map((b) => Object.fromEntries(ids.map((id, i) => [id, b[i]!])))
    const optional = config.categories.filter((c) => !c.required).map((c) => c.id)
    fc.assert(
      fc.property(
        flags(optional),
        flags(config.vendors.map((v) => v.id)),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (categories, vendors, sale, share, gpc, revision) => {
          const s = stored({
            revision,
            gpc,
            choice: {
              categories: { essential: true, ...categories },
              vendors,
              optOut: { sale, share }
            }
          })
          const decoded = decodeChoice(
            { ...config, revision },
            'gdpr',
            encodeChoice(config, s),
            NOW
          )
          expect(decoded).toEqual(s)
        }
      ),
      { numRuns: 1000 }
    )
  })

  it('never throws and never grants on random input (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()),
        (value) => {
          const decoded = decodeChoice(config, 'gdpr', value, NOW)
          expect(decoded).toBeUndefined()
        }
      ),
      { numRuns: 5000 }
    )
    // 5,000 random values: seconds on a loaded runner, past vitest's default 5 s.
  }, 20_000)

  it('never throws, and never decodes a mutated value (property)', () => {
    const base = encodeChoice(config, stored({ choice: rejectAllChoice(config) }))
    const mutation = fc.record({
      at: fc.nat({ max: base.length - 1 }),
      cut: fc.nat({ max: 3 }),
      insert: fc.string({
        maxLength: 3,
        unit: fc.constantFrom(...'0123456789abcdefz.-~')
      })
    })
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        let value = base
        for (const { at, cut, insert } of mutations) {
          value = value.slice(0, at) + insert + value.slice(at + cut)
        }
        const decoded = decodeChoice(config, 'gdpr', value, NOW)
        if (value === base) {
          expect(decoded).toBeDefined()
        } else if (decoded) {
          // A mutation the 32-bit sum cannot tell apart is astronomically rare; if it ever
          // happens the result must still be a whole, valid choice, never a partial one.
          expect(encodeChoice(config, decoded)).toBe(value)
        }
      }),
      { numRuns: 5000 }
    )
    // 5,000 random values: seconds on a loaded runner, past vitest's default 5 s.
  }, 20_000)
})
