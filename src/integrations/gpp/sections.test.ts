import { GppModel } from '@iabgpp/cmpapi'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../core/config/defaults'
import { defaultChoice, deriveState } from '../../core/consent/derive-state'
import { base64url, fibonacci, fibonacciRange } from './bits'
import { encodeGpp } from './sections'
import { gppSignals, usCaFields, usNatFields, uspString } from './signals'

// The IAB's own library is the oracle: every string we produce must decode, field by field,
// to what we meant.
function state(
  regime: 'gdpr' | 'us' | 'none',
  sale: boolean,
  share: boolean,
  gpc: boolean
) {
  const config = defaultConfig()
  const choice = { ...defaultChoice(config, regime), optOut: { sale, share } }
  return deriveState({ config, regime, gpc }, choice, { decided: true, method: 'api' })
}

describe('GPP bits', () => {
  it('encodes Fibonacci integers as the spec does', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(fibonacci)).toEqual([
      '11',
      '011',
      '0011',
      '1011',
      '00011',
      '10011',
      '01011',
      '000011'
    ])
  })

  it('encodes ranges and base64url', () => {
    expect(fibonacciRange([])).toBe('000000000000')
    expect(fibonacciRange([6, 7, 8])).toBe('000000000001' + '1' + '10011' + '011')
    expect(base64url('000011')).toBe('DA')
  })

  it('an empty GPP string is the bare header', () => {
    expect(encodeGpp({})).toBe(new GppModel().encode())
  })
})

describe('GPP sections, checked by the IAB decoder', () => {
  const combos = [false, true].flatMap((sale) =>
    [false, true].flatMap((share) =>
      [false, true].flatMap((gpc) =>
        [false, true].map((mspa) => ({ sale, share, gpc, mspa }))
      )
    )
  )

  it.each(combos)(
    'usnat, usca and uspv1 decode to the same fields: %o',
    ({ sale, share, gpc, mspa }) => {
      const s = state('us', sale, share, gpc)
      const signals = gppSignals(s, 'US-CA', mspa)
      const model = new GppModel(signals.gppString)
      expect(model.getHeader().SectionIds).toEqual([6, 7, 8])
      const nat = usNatFields(s, mspa)
      for (const [field, value] of Object.entries(nat)) {
        expect(model.getFieldValue('usnat', field), `usnat.${field}`).toEqual(value)
      }
      expect(model.getFieldValue('usnat', 'Version')).toBe(2)
      const ca = usCaFields(s, mspa)
      for (const [field, value] of Object.entries(ca)) {
        expect(model.getFieldValue('usca', field), `usca.${field}`).toEqual(value)
      }
      expect(model.getFieldValue('uspv1', 'OptOutSale')).toBe(signals.uspString[2])
      expect(model.getFieldValue('uspv1', 'LspaCovered')).toBe(mspa ? 'Y' : 'N')
      // And our string is exactly what the IAB encoder writes for the same fields.
      expect(new GppModel(signals.gppString).encode()).toBe(signals.gppString)
    }
  )

  it('GPC is an opt-out of sale, sharing and targeted advertising, with the Gpc bit set', () => {
    const signals = gppSignals(state('us', false, false, true), 'US-TX')
    const model = new GppModel(signals.gppString)
    expect(model.getHeader().SectionIds).toEqual([6, 7])
    expect(model.getFieldValue('usnat', 'SaleOptOut')).toBe(1)
    expect(model.getFieldValue('usnat', 'SharingOptOut')).toBe(1)
    expect(model.getFieldValue('usnat', 'TargetedAdvertisingOptOut')).toBe(1)
    expect(model.getFieldValue('usnat', 'Gpc')).toBe(true)
    expect(signals.uspString).toBe('1YYN')
    expect(signals.applicableSections).toEqual([7])
  })

  it('no US section applies outside the US regime', () => {
    for (const regime of ['gdpr', 'none'] as const) {
      const signals = gppSignals(state(regime, false, false, false), 'DE')
      expect(signals).toMatchObject({
        sectionList: [],
        applicableSections: [-1],
        uspString: '1---'
      })
      expect(new GppModel(signals.gppString).getHeader().SectionIds).toEqual([])
    }
  })

  it('US Privacy strings', () => {
    expect(uspString(state('us', false, false, false))).toBe('1YNN')
    expect(uspString(state('us', true, false, false))).toBe('1YYN')
    expect(uspString(state('gdpr', true, true, false))).toBe('1---')
  })
})
