import { describe, expect, it } from 'vitest'
import { readConsent } from './index'
import { acceptedLanguages, preloadFor, preloadHeader, preloadTags } from './preload'

const BANNER = { href: 'consentry-banner.js', as: 'script' }
const first = (input: Partial<Parameters<typeof preloadFor>[0]> = {}) =>
  preloadFor({ cookies: '', ...input })

describe('acceptedLanguages', () => {
  it('orders the languages as the browser prefers them, by weight then place', () => {
    expect(acceptedLanguages('en;q=0.8,fr-CA;q=0.9,de-CH')).toEqual([
      'de-CH',
      'fr-CA',
      'en'
    ])
    expect(acceptedLanguages('en;q=0.5, de ,*;q=0.1, it;q=0')).toEqual(['de', 'en'])
    expect(acceptedLanguages(undefined)).toEqual([])
    // The base languages Chromium adds after their regions are not the page's.
    expect(acceptedLanguages('zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7')).toEqual([
      'zh-TW',
      'en-US'
    ])
    expect(acceptedLanguages('')).toEqual([])
  })
})

describe('preloadFor: what the script tag fetches at once', () => {
  it('hints the banner file to a first-time visitor under gdpr, and nothing more in English', () => {
    expect(first()).toEqual([BANNER])
    expect(first({ region: 'DE', acceptLanguage: 'en-GB,en;q=0.9' })).toEqual([BANNER])
    expect(first({ config: { ui: { layout: 'box' } } })).toEqual([BANNER])
  })

  it('hints the modal layout its own file', () => {
    expect(first({ config: { ui: { layout: 'modal' } } })).toEqual([
      { href: 'consentry-banner-modal.js', as: 'script' }
    ])
  })

  it("adds the visitor's language as the banner picks it: data-lang or the config's, <html lang>, the browser's", () => {
    const texts = (input: Partial<Parameters<typeof preloadFor>[0]>) =>
      first(input).filter((p) => p.as === 'fetch')
    const de = [{ href: 'i18n/de.banner.json', as: 'fetch' }]
    expect(texts({ acceptLanguage: 'de-CH,de;q=0.9' })).toEqual(de)
    expect(texts({ htmlLang: 'de-AT', acceptLanguage: 'fr' })).toEqual(de)
    expect(texts({ config: { language: 'de' }, htmlLang: 'fr' })).toEqual(de)
    expect(texts({ language: 'de', config: { language: 'fr' } })).toEqual(de)
    expect(texts({ language: '', config: { language: 'de' }, htmlLang: 'fr' })).toEqual(
      de
    )
    // English is in the banner file; a language only the site's texts give fetches nothing.
    expect(texts({ htmlLang: 'en', acceptLanguage: 'de' })).toEqual([])
    expect(
      texts({ htmlLang: 'ga', config: { texts: { ga: { acceptAll: 'Glac le gach' } } } })
    ).toEqual([])
    // A region's variant the site words itself starts from the shipped language.
    expect(texts({ htmlLang: 'fr-CA', config: { texts: { 'fr-CA': {} } } })).toEqual([
      { href: 'i18n/fr.banner.json', as: 'fetch' }
    ])
    // Traditional Chinese is not shipped: the page shows English, whatever the header adds.
    expect(texts({ acceptLanguage: 'zh-TW,zh;q=0.9,en;q=0.8' })).toEqual([])
    expect(texts({ acceptLanguage: 'pt' })).toEqual([
      { href: 'i18n/pt-BR.banner.json', as: 'fetch' }
    ])
  })

  it('adds a theme other than light, which the banner fetches', () => {
    expect(first({ config: { ui: { theme: 'dark' } } })).toEqual([
      BANNER,
      { href: 'themes/dark.css', as: 'fetch' }
    ])
    expect(first({ config: { ui: { theme: 'light' } } })).toEqual([BANNER])
  })

  it('hints nothing where the view has a stored choice, or is not gdpr for certain', () => {
    expect(first({ cookies: 'consentry=anything' })).toEqual([])
    expect(
      first({ cookies: 'a=1; my_consent=x', config: { cookie: { name: 'my_consent' } } })
    ).toEqual([])
    expect(first({ region: 'US-CA' })).toEqual([])
    expect(first({ config: { regime: 'us' } })).toEqual([])
    expect(first({ config: { region: 'US' } })).toEqual([])
    expect(first({ region: 'BR', config: { regionRegimes: { BR: 'none' } } })).toEqual([])
    // Another site's cookie of another name is no choice here.
    expect(first({ cookies: 'consentry_other=1' })).toEqual([BANNER])
  })

  it('hints a US view with something to decide the engine and the GPP file, and the UI for the notice', () => {
    const engine = [
      { href: 'consentry-engine.js', as: 'script' },
      { href: 'consentry-gpp.js', as: 'script' }
    ]
    // A GPC signal to record.
    expect(first({ region: 'US-CA', gpc: true })).toEqual(engine)
    expect(first({ config: { regime: 'us' }, gpc: true })).toEqual(engine)
    // The notice to show, in the visitor's language (the whole translation).
    const notice = { ui: { usNotice: true } }
    expect(first({ region: 'US-CA', config: notice })).toEqual([
      ...engine,
      { href: 'consentry-ui.js', as: 'script' }
    ])
    expect(
      first({ region: 'US-NY', config: notice, acceptLanguage: 'es-US,es' })
    ).toEqual([
      ...engine,
      { href: 'consentry-ui.js', as: 'script' },
      { href: 'i18n/es.json', as: 'fetch' }
    ])
    // The notice not shown by itself: the engine still comes, for the regime's defaults.
    expect(
      first({ region: 'US-CA', config: { ui: { usNotice: true, autoShow: false } } })
    ).toEqual(engine)
  })

  it('hints nothing to a US view with nothing to decide, or a choice stored, or a bad config', () => {
    // Validator or nothing, by what localStorage remembers.
    expect(first({ region: 'US-CA' })).toEqual([])
    expect(first({ region: 'US-CA', gpc: true, cookies: 'consentry=x' })).toEqual([])
    // No US law here: the site maps the country elsewhere, or the config is invalid.
    expect(
      first({ region: 'BR', gpc: true, config: { regionRegimes: { BR: 'none' } } })
    ).toEqual([])
    expect(first({ region: 'US-CA', gpc: true, config: { categories: 42 } })).toEqual([])
    // gdpr, but not for certain from the config's text: what comes depends on localStorage.
    expect(
      first({
        region: 'US-TX',
        gpc: true,
        config: { regionRegimes: { 'US-TX': 'gdpr' } }
      })
    ).toEqual([])
  })

  it('hints nothing where the banner file shows no banner by itself', () => {
    expect(first({ config: { ui: { autoShow: false } } })).toEqual([])
    // An unknown layout is the UI's (the engine reports it).
    expect(first({ config: { ui: { layout: 'sidebar' } } })).toEqual([])
    expect(first({ config: 'not a config' })).toEqual([])
  })

  it('never throws on a config that throws when read', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no')
        },
        ownKeys() {
          throw new Error('no')
        }
      }
    )
    expect(first({ config: hostile })).toEqual([])
  })
})

describe('preloadTags and preloadHeader', () => {
  const preload = [
    { href: 'consentry-banner.js', as: 'script' as const },
    { href: 'i18n/de.banner.json', as: 'fetch' as const }
  ]

  it('writes a link a file, with the nonce on scripts and crossorigin on fetches', () => {
    expect(preloadTags(preload, '/dist/', 'abc+/=')).toBe(
      '<link rel="preload" href="/dist/consentry-banner.js" as="script" nonce="abc+/=">\n' +
        '<link rel="preload" href="/dist/i18n/de.banner.json" as="fetch" crossorigin="anonymous">'
    )
    expect(preloadTags(preload.slice(0, 1), 'https://cdn.example/c/')).toBe(
      '<link rel="preload" href="https://cdn.example/c/consentry-banner.js" as="script">'
    )
    expect(preloadTags([], '/dist/', 'n')).toBe('')
    // The folder with or without its last slash.
    expect(preloadTags(preload.slice(0, 1), '/consentry')).toBe(
      '<link rel="preload" href="/consentry/consentry-banner.js" as="script">'
    )
  })

  it('escapes what it writes into attributes', () => {
    expect(preloadTags(preload.slice(0, 1), '/a"b&c/', '"><script>')).toBe(
      '<link rel="preload" href="/a&quot;b&amp;c/consentry-banner.js" as="script" nonce="&quot;>&lt;script>">'
    )
  })

  it('writes a Link header value', () => {
    expect(preloadHeader(preload, '/dist/')).toBe(
      '</dist/consentry-banner.js>; rel=preload; as=script, ' +
        '</dist/i18n/de.banner.json>; rel=preload; as=fetch; crossorigin'
    )
    expect(preloadHeader(preload.slice(0, 1), '/my dist>/')).toBe(
      '</my%20dist%3E/consentry-banner.js>; rel=preload; as=script'
    )
    expect(preloadHeader([], '/dist/')).toBe('')
    expect(preloadHeader(preload.slice(0, 1), 'https://cdn.example/c')).toBe(
      '<https://cdn.example/c/consentry-banner.js>; rel=preload; as=script'
    )
  })
})

describe('readConsent().preload', () => {
  it("reads the request's cookie and Accept-Language, and the page's languages", () => {
    expect(
      readConsent({ 'accept-language': 'de-DE,de;q=0.9' }, { region: 'DE' }).preload
    ).toEqual([BANNER, { href: 'i18n/de.banner.json', as: 'fetch' }])
    expect(readConsent({ 'accept-language': 'de' }, { htmlLang: 'en' }).preload).toEqual([
      BANNER
    ])
    expect(readConsent({}, { language: 'fr' }).preload).toEqual([
      BANNER,
      { href: 'i18n/fr.banner.json', as: 'fetch' }
    ])
    expect(readConsent({ cookie: 'consentry=x' }).preload).toEqual([])
    expect(readConsent({}, { region: 'US-CA' }).preload).toEqual([])
    // Sec-GPC: 1 is the signal the page gets as data-gpc.
    expect(readConsent({ 'sec-gpc': '1' }, { region: 'US-CA' }).preload).toEqual([
      { href: 'consentry-engine.js', as: 'script' },
      { href: 'consentry-gpp.js', as: 'script' }
    ])
  })
})
