import { describe, expect, it } from 'vitest'
import { validateConfig } from '../core/config/validate'
import { encodeChoice } from '../core/consent/codec'
import { rejectAllChoice, saveChoice } from '../core/consent/decide'
import type { Regime } from '../core/config/types'
import { readConsent } from './index'

const NOW = Date.UTC(2026, 10, 24, 12)

/**
 * The cookie the page writes for a choice made an hour ago: statistical with Google
 * Analytics only, under `regime`, with `config`.
 */
function cookieFor(regime: Regime = 'gdpr', input: unknown = undefined) {
  const config = validateConfig(input).config
  const choice = saveChoice(config, rejectAllChoice(config), {
    categories: { statistical: true },
    vendors: { 'google-analytics': true, 'yandex-metrica': false }
  })
  const value = encodeChoice(config, {
    choice,
    regime,
    method: 'banner',
    revision: config.revision,
    id: 'rec0000000001',
    time: NOW - 3600_000,
    gpc: false
  })
  return `${config.cookie.name}=${value}`
}

describe('readConsent', () => {
  it('with no stored choice, allows only the always-on category under gdpr', () => {
    const consent = readConsent({ cookie: 'session=abc' }, { now: NOW })
    expect(consent.state).toMatchObject({
      regime: 'gdpr',
      decided: false,
      method: 'default'
    })
    expect(consent.allows('essential')).toBe(true)
    expect(consent.allows('statistical')).toBe(false)
    expect(consent.allows('marketing', 'facebook')).toBe(false)
    expect(consent.errors).toEqual([])
  })

  it("reads the page's cookie as the page does: the category and vendor granted, nothing else", () => {
    const consent = readConsent(
      { cookie: `session=abc; ${cookieFor()}; theme=dark` },
      { region: 'DE', now: NOW }
    )
    expect(consent.state).toMatchObject({
      decided: true,
      method: 'stored',
      id: 'rec0000000001'
    })
    expect(consent.allows('statistical')).toBe(true)
    expect(consent.allows('statistical', 'google-analytics')).toBe(true)
    expect(consent.allows('statistical', 'yandex-metrica')).toBe(false)
    expect(consent.allows('marketing')).toBe(false)
    // Unknown names are never allowed (the gate keeps them blocked for good).
    expect(consent.allows('statistics')).toBe(false)
    expect(consent.allows('statistical', 'google-analytic')).toBe(false)
  })

  it("reads an empty region as none, as the page reads an empty data-region: the config's", () => {
    const config = { region: 'US-CA' }
    expect(readConsent({}, { config, region: '' }).state.regime).toBe('us')
    expect(readConsent({}, { config, region: '' }).preload).toEqual([])
    expect(readConsent({}, { region: '' }).state.regime).toBe('gdpr')
  })

  it('takes Fetch API Headers and repeated header values', () => {
    const headers = new Headers({ cookie: cookieFor() })
    expect(readConsent(headers, { now: NOW }).allows('statistical')).toBe(true)
    const repeated = { cookie: ['a=1', cookieFor()] }
    expect(readConsent(repeated, { now: NOW }).allows('statistical')).toBe(true)
    const named = { Cookie: cookieFor(), 'Sec-GPC': '1' }
    const consent = readConsent(named, { region: 'US-CA', now: NOW })
    expect(consent.state.gpc).toBe(true)
  })

  it('reads a tampered, foreign, expired or other-regime value as no choice', () => {
    const good = cookieFor()
    const tampered = good.replace(
      /\.(\w)\.(\w+)$/,
      (_, bit, sum) => `.${bit === '0' ? '1' : '0'}.${sum}`
    )
    expect(tampered).not.toBe(good)
    for (const cookie of [tampered, 'consentry=hello', `${good}x`]) {
      expect(readConsent({ cookie }, { now: NOW }).state.decided, cookie).toBe(false)
    }
    const later = NOW + 400 * 86400_000
    expect(readConsent({ cookie: good }, { now: later }).state.decided).toBe(false)
    // Made under gdpr, read for a Californian visitor: asked again, as on the page.
    const us = readConsent({ cookie: good }, { region: 'US-CA', now: NOW })
    expect(us.state).toMatchObject({ regime: 'us', decided: false })
  })

  it('reads copies of the cookie that differ as the page does: the one made last', () => {
    const config = validateConfig(undefined).config
    // An old host-only copy (statistical granted, an hour ago) beside the parent domain's
    // (everything rejected a minute ago, on another subdomain).
    const later = encodeChoice(config, {
      choice: rejectAllChoice(config),
      regime: 'gdpr',
      method: 'banner',
      revision: config.revision,
      id: 'rec0000000002',
      time: NOW - 60_000,
      gpc: false
    })
    const cookie = `${cookieFor()}; a=1; consentry=${later}`
    expect(readConsent({ cookie }, { now: NOW }).state).toMatchObject({
      decided: true,
      id: 'rec0000000002',
      categories: { statistical: false }
    })
  })

  it('applies a GPC signal (Sec-GPC: 1) under a US law', () => {
    const plain = readConsent({}, { region: 'US-CA', now: NOW })
    expect(plain.allows('marketing', 'facebook')).toBe(true)
    const gpc = readConsent({ 'sec-gpc': '1' }, { region: 'US-CA', now: NOW })
    expect(gpc.state.optOut).toEqual({ sale: true, share: true })
    expect(gpc.state.gpc).toBe(true)
    expect(gpc.allows('marketing', 'facebook')).toBe(false)
    expect(gpc.allows('statistical', 'google-analytics')).toBe(true)
  })

  it("uses the site's config: its cookie name and categories", () => {
    const config = {
      cookie: { name: 'shop_consent' },
      categories: [{ id: 'essential' }, { id: 'statistical' }, { id: 'marketing' }]
    }
    const cookie = cookieFor('gdpr', config)
    expect(cookie.startsWith('shop_consent=')).toBe(true)
    const consent = readConsent({ cookie }, { config, now: NOW })
    expect(consent.allows('statistical', 'google-analytics')).toBe(true)
    expect(consent.allows('personalisation')).toBe(false)
    // Read with the default taxonomy, the same value is no choice.
    expect(
      readConsent({ cookie: cookie.replace('shop_consent', 'consentry') }, { now: NOW })
        .state.decided
    ).toBe(false)
  })

  it('fails closed on an invalid config: errors named, nothing non-essential allowed', () => {
    const consent = readConsent(
      { cookie: cookieFor() },
      { config: { categories: 'all' }, now: NOW }
    )
    expect(consent.errors[0]).toMatch(/^categories: expected/)
    expect(consent.state.decided).toBe(false)
    expect(consent.allows('statistical')).toBe(false)
    expect(consent.allows('essential')).toBe(true)
  })

  it('never throws on headers that do', () => {
    const hostile = {
      get() {
        throw new Error('boom')
      }
    }
    expect(readConsent(hostile, { now: NOW }).state.decided).toBe(false)
  })
})
