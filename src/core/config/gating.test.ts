import { describe, expect, it } from 'vitest'
import { DEFAULT_VENDOR_TAGS } from '../../catalog/tags'
import { gatingFromRaw, gatingOf, pendingGatingConfig } from './gating'
import { validateConfig } from './validate'

describe('gatingOf', () => {
  it('keeps what gating reads and drops texts, plain JSON', () => {
    const { config } = validateConfig({
      vendors: [
        'facebook',
        {
          id: 'chat',
          name: 'Chat',
          category: 'personalisation',
          privacyPolicyUrl: 'https://chat.example/privacy',
          cookies: [],
          hosts: ['chat.example']
        }
      ],
      hosts: { 'cdn.example': 'statistical' }
    })
    const gating = gatingOf(config)
    expect(JSON.parse(JSON.stringify(gating))).toEqual(gating)
    expect(gating.vendors.map((v) => v.id)).toEqual(['facebook', 'chat'])
    expect(gating.vendors[1]).toEqual({
      id: 'chat',
      category: 'personalisation',
      hosts: ['chat.example'],
      saleShare: expect.any(Boolean)
    })
    expect(gating.hosts).toEqual({ 'cdn.example': 'statistical' })
    expect(JSON.stringify(gating)).not.toMatch(/Facebook|privacy/)
  })
})

describe('pendingGatingConfig (before the config is validated)', () => {
  it('holds every catalog vendor on the default taxonomy', () => {
    const pending = pendingGatingConfig()
    expect(pending.vendors.map((v) => v.id)).toEqual(DEFAULT_VENDOR_TAGS.map((v) => v.id))
    expect(pending.categories.map((c) => c.id)).toEqual([
      'essential',
      'statistical',
      'personalisation',
      'marketing'
    ])
    expect(pending.autoBlock).toBe(true)
  })

  it('also holds the hosts an unvalidated config names, under their stated category', () => {
    const pending = pendingGatingConfig({
      hosts: { 'Chat.Example': 'personalisation', 'x.example': 42 },
      vendors: [
        'google-analytics',
        { id: 'chat', category: 'personalisation', hosts: ['widget.chat.example', 7] },
        { id: 'facebook', hosts: ['pixel.example'] }
      ]
    })
    expect(pending.hosts).toEqual({
      'chat.example': 'personalisation',
      'x.example': 'marketing'
    })
    expect(pending.vendors.find((v) => v.id === 'chat')).toMatchObject({
      category: 'personalisation',
      hosts: ['widget.chat.example']
    })
    const facebook = pending.vendors.find((v) => v.id === 'facebook')!
    expect(facebook.hosts).toEqual(
      expect.arrayContaining(['connect.facebook.net', 'pixel.example'])
    )
    expect(facebook.consentApi).toBeDefined()
  })

  it('never throws on input of the wrong shape', () => {
    for (const raw of [
      null,
      42,
      'x',
      [],
      { vendors: 'x', hosts: 3 },
      { vendors: [null, 1] }
    ])
      expect(() => pendingGatingConfig(raw)).not.toThrow()
  })
})

describe('gatingFromRaw (the first file reading a config the engine checked)', () => {
  const configs: Record<string, unknown> = {
    'no config': undefined,
    'an empty object': {},
    'own categories, no vendors': {
      categories: [{ id: 'statistical' }, { id: 'chat', title: 'Chat' }]
    },
    'essential listed last': {
      categories: [{ id: 'marketing' }, { id: 'essential' }],
      vendors: ['facebook']
    },
    'catalog ids, overrides and a custom vendor': {
      revision: 7,
      vendors: [
        'google-analytics',
        { id: 'facebook', category: 'statistical', hosts: ['px.example'] },
        {
          id: 'chat',
          name: 'Chat',
          category: 'personalisation',
          privacyPolicyUrl: 'https://chat.example/privacy',
          cookies: [{ name: 'chat_id', days: 30 }],
          hosts: ['chat.example'],
          saleShare: false
        }
      ]
    },
    'cookie, Consent Mode options, hosts and autoBlock': {
      cookie: { name: 'cc', domain: '.shop.example', sameSite: 'Strict', expiryDays: 30 },
      googleConsentMode: {
        waitForUpdate: 0,
        region: ['de', 'US-CA'],
        urlPassthrough: true
      },
      hosts: { 'CDN.Example': 'statistical', 'ads.example': 'marketing' },
      autoBlock: false
    },
    'Consent Mode off': { googleConsentMode: false, vendors: ['google-ads'] },
    'Consent Mode on': { googleConsentMode: true, regime: 'us', region: 'US-CA' },
    'covered by the MSPA, in a region (read by the GPP signals)': {
      mspaCovered: true,
      region: 'us-ca'
    },
    'texts and UI only': {
      texts: { en: { bannerTitle: 'Cookies' } },
      ui: { layout: 'box', theme: 'dark' },
      privacyPolicyUrl: '/privacy'
    }
  }
  for (const [name, raw] of Object.entries(configs)) {
    it(`agrees with the validator: ${name}`, () => {
      const result = validateConfig(raw)
      expect(result.errors).toEqual([])
      expect(JSON.stringify(gatingOf(gatingFromRaw(raw)!))).toBe(
        JSON.stringify(gatingOf(result.config))
      )
    })
  }

  it('answers undefined, without throwing, for what is not an object', () => {
    for (const raw of [42, 'text', [1, 2], { categories: [null] }])
      expect(gatingFromRaw(raw)).toBeUndefined()
    expect(() =>
      gatingFromRaw({ vendors: [null, 3], googleConsentMode: { region: 'de' } })
    ).not.toThrow()
  })
})
