import { describe, expect, it } from 'vitest'
import { DEFAULT_VENDORS } from '../../catalog/index'
import { defaultConfig } from './defaults'
import { failedConfig, validateConfig } from './validate'

describe('validateConfig', () => {
  it('runs on the embedded default with no config at all', () => {
    for (const input of [undefined, null]) {
      const result = validateConfig(input)
      expect(result.errors).toEqual([])
      expect(result.failClosed).toBe(false)
      expect(result.config.categories.map((c) => c.id)).toEqual([
        'essential',
        'statistical',
        'personalisation',
        'marketing'
      ])
      expect(result.config.vendors).toHaveLength(DEFAULT_VENDORS.length)
      expect(result.config.cookie).toEqual({
        name: 'consentry',
        domain: undefined,
        path: '/',
        sameSite: 'Lax',
        expiryDays: 180
      })
    }
  })

  it('names the path and what was expected, and falls back fail-closed', () => {
    const result = validateConfig({
      categories: [{ id: 'essential' }, { id: 'statistical' }, { id: 42 }]
    })
    expect(result.errors).toEqual([
      'categories[2].id: expected a lower-case id such as "marketing", got 42'
    ])
    expect(result.failClosed).toBe(true)
    expect(result.config).toEqual(defaultConfig())
  })

  it('reports every problem, each with its path', () => {
    const result = validateConfig({
      revision: -1,
      regime: 'eu',
      region: 'Germany',
      cookie: { name: 'a b', path: 'x', sameSite: 'lax', expiryDays: 500 },
      googleConsentMode: 'yes',
      recordEndpoint: 'javascript:alert(1)',
      legalNoticeUrl: 'impressum.html',
      vendors: ['facebok', { id: 'chat', name: 'Chat' }]
    })
    expect(result.errors).toEqual([
      'revision: expected a whole number from 0 to 2147483647, got -1',
      'regime: expected one of "auto", "gdpr", "us", "none", got "eu"',
      'region: expected an ISO 3166 region such as "DE" or "US-CA", got "Germany"',
      expect.stringMatching(
        /^vendors\[0\]: expected a catalog vendor id \(google-analytics, .*\) or a vendor object, got "facebok"$/
      ),
      'vendors[1].category: expected a value (required for a custom vendor), got undefined',
      'vendors[1].privacyPolicyUrl: expected a value (required for a custom vendor), got undefined',
      'cookie.name: expected a cookie name (letters, digits and !#$%&\'*+-.^_`|~), got "a b"',
      'cookie.path: expected a path starting with "/", got "x"',
      'cookie.sameSite: expected one of "Lax", "Strict", "None", got "lax"',
      'cookie.expiryDays: expected a whole number from 1 to 400, got 500',
      'googleConsentMode: expected true, false or an object of options, got "yes"',
      'recordEndpoint: expected an http(s) URL or a path starting with "/", got "javascript:alert(1)"',
      'legalNoticeUrl: expected an http(s) URL or a path starting with "/", got "impressum.html"'
    ])
  })

  it('rejects a config that is not an object', () => {
    expect(validateConfig([]).errors).toEqual([
      'config: expected an object, got an array'
    ])
    expect(validateConfig('x').errors).toEqual(['config: expected an object, got "x"'])
  })

  it('warns about unknown keys without failing, suggesting the nearest one', () => {
    const result = validateConfig({ catgories: [], cookie: { nmae: 'x' }, extra: 1 })
    expect(result.failClosed).toBe(false)
    expect(result.warnings).toEqual([
      'catgories: unknown key, ignored (did you mean "categories"?)',
      'extra: unknown key, ignored',
      'cookie.nmae: unknown key, ignored (did you mean "name"?)'
    ])
  })

  it('adds essential first and gives built-in categories their texts', () => {
    const { config, errors } = validateConfig({
      categories: [
        { id: 'statistical' },
        { id: 'support', title: { en: 'Support', de: 'Hilfe' } }
      ],
      vendors: []
    })
    expect(errors).toEqual([])
    expect(config.categories.map((c) => [c.id, c.title, !!c.required])).toEqual([
      ['essential', 'Essential', true],
      ['statistical', 'Statistical', false],
      ['support', 'Support', false]
    ])
    expect(config.categoryTexts.support?.title).toEqual({ en: 'Support', de: 'Hilfe' })
  })

  it('requires a title for a custom category', () => {
    expect(validateConfig({ categories: [{ id: 'chat' }] }).errors).toEqual([
      'categories[0].title: expected a non-empty string or an object of strings per language, got undefined'
    ])
  })

  it('rejects duplicate ids and vendors of unknown categories', () => {
    const result = validateConfig({
      categories: [{ id: 'statistical' }, { id: 'statistical' }],
      vendors: ['facebook', 'google-analytics', 'google-analytics']
    })
    expect(result.errors).toEqual([
      'categories[1].id: "statistical" is listed twice',
      'vendors[0].category: expected one of "essential", "statistical", got "marketing"',
      'vendors[2]: vendor "google-analytics" is listed twice'
    ])
  })

  it('drops catalog vendors of unused categories when only categories are given', () => {
    const { config } = validateConfig({ categories: [{ id: 'statistical' }] })
    expect(config.vendors.map((v) => v.id)).toEqual([
      'google-analytics',
      'yandex-metrica'
    ])
  })

  it('resolves catalog ids, overrides and custom vendors', () => {
    const { config, errors } = validateConfig({
      vendors: [
        'criteo',
        { id: 'facebook', saleShare: false },
        {
          id: 'chat',
          name: 'Chat',
          category: 'personalisation',
          privacyPolicyUrl: 'https://chat.example/privacy',
          cookies: [{ name: 'chat_*', days: 30 }],
          hosts: ['widget.chat.example']
        }
      ]
    })
    expect(errors).toEqual([])
    expect(config.vendors.map((v) => v.id)).toEqual(['criteo', 'facebook', 'chat'])
    expect(config.vendors[1]).toMatchObject({ name: 'Facebook', saleShare: false })
    // A custom vendor counts as sale/share unless the owner says it does not.
    expect(config.vendors[2]).toMatchObject({
      saleShare: true,
      hosts: ['widget.chat.example']
    })
  })

  it('checks vendor cookies and hosts', () => {
    const { errors } = validateConfig({
      vendors: [
        { id: 'facebook', cookies: [{ name: 'a;b', days: 1.5 }], hosts: ['http://x'] }
      ]
    })
    expect(errors).toEqual([
      'vendors[0].cookies[0].name: expected a cookie name or pattern such as "_ga_*", got "a;b"',
      'vendors[0].hosts[0]: expected a host name such as "cdn.example.com", got "http://x"'
    ])
  })

  it('accepts a complete valid config', () => {
    const { config, errors, warnings } = validateConfig({
      revision: 3,
      regime: 'auto',
      region: 'us-ca',
      regionRegimes: { 'US-TX': 'none' },
      language: 'pt-BR',
      texts: { de: { acceptAll: 'Alle akzeptieren' } },
      cookie: {
        name: 'cc',
        domain: '.example.com',
        path: '/',
        sameSite: 'Strict',
        expiryDays: 30
      },
      googleConsentMode: { waitForUpdate: 1000, urlPassthrough: true },
      recordEndpoint: '/consent-records',
      privacyPolicyUrl: 'https://example.com/privacy',
      legalNoticeUrl: '/impressum'
    })
    expect(errors).toEqual([])
    expect(warnings).toEqual([])
    expect(config).toMatchObject({
      revision: 3,
      region: 'US-CA',
      regionRegimes: { 'US-TX': 'none' },
      language: 'pt-BR',
      legalNoticeUrl: '/impressum',
      cookie: { name: 'cc', domain: '.example.com', sameSite: 'Strict', expiryDays: 30 },
      googleConsentMode: {
        waitForUpdate: 1000,
        urlPassthrough: true,
        adsDataRedaction: true
      }
    })
  })

  it('turns Google Consent Mode off with false', () => {
    expect(validateConfig({ googleConsentMode: false }).config.googleConsentMode).toBe(
      false
    )
  })

  it('never throws, whatever it is given', () => {
    const hostile = [
      0,
      true,
      Symbol('x'),
      () => 1,
      { categories: {} },
      { vendors: [null, 1] },
      { texts: { en: 1 } },
      { texts: { '!!': {} } },
      { regionRegimes: { XX: 'auto' } },
      { categories: [{ id: 'x', title: { en: '' } }] }
    ]
    for (const input of hostile) {
      const result = validateConfig(input)
      expect(result.failClosed).toBe(true)
      expect(result.errors.length).toBeGreaterThan(0)
    }
  })

  it('failedConfig gives the default config, fail-closed, with the message', () => {
    expect(failedConfig('data-config "/x.json": expected valid JSON')).toEqual({
      config: defaultConfig(),
      errors: ['data-config "/x.json": expected valid JSON'],
      warnings: [],
      failClosed: true
    })
  })
})

describe('validateConfig: auto-blocking options', () => {
  it("maps the site's hosts to categories, checking both", () => {
    const ok = validateConfig({
      autoBlock: false,
      hosts: { 'CDN.Chat.example': 'personalisation' }
    })
    expect(ok.errors).toEqual([])
    expect(ok.config).toMatchObject({
      autoBlock: false,
      hosts: { 'cdn.chat.example': 'personalisation' }
    })
    expect(
      validateConfig({ hosts: { 'http://x': 'marketing', 'a.example': 'ads' } }).errors
    ).toEqual([
      'hosts.http://x: expected a host name such as "widget.chat.example", got "http://x"',
      'hosts.a.example: expected one of "essential", "statistical", "personalisation", "marketing", got "ads"'
    ])
  })
})
