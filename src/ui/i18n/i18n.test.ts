import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_VENDORS } from '../../catalog/index'
import { validateConfig } from '../../core/config/validate'
import { formatLifetime } from '../preferences/lifetime'
import { buildTexts } from './build-texts'
import { EN } from './en'
import { format } from './format'
import {
  isRtl,
  LANGUAGES,
  pickLanguage,
  translationOf,
  visitorLanguage
} from '../../utils/pick-language'

const locale = (language: string) =>
  JSON.parse(
    readFileSync(new URL(`./locales/${language}.json`, import.meta.url), 'utf8')
  ) as Record<string, string>
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort()

describe('languages', () => {
  it('ships the twelve languages of the issue, every official language of the EU but Irish and Maltese, Ukrainian and Turkish', () => {
    expect([...LANGUAGES].sort()).toEqual(
      [
        'tr',
        'uk',
        'bg',
        'et',
        'hr',
        'lt',
        'lv',
        'pt-PT',
        'sk',
        'sl',
        'cs',
        'da',
        'el',
        'fi',
        'hu',
        'nb',
        'ro',
        'sv',
        'ar',
        'de',
        'es',
        'fr',
        'it',
        'ja',
        'ko',
        'nl',
        'pl',
        'pt-BR',
        'ru',
        'zh-CN'
      ].sort()
    )
  })

  // Every English text key, and the purpose of every catalog vendor that has one.
  const english: Record<string, string> = { ...EN }
  for (const vendor of DEFAULT_VENDORS) {
    if (vendor.purpose) english[`vendor.${vendor.id}.purpose`] = vendor.purpose
  }

  it.each([...LANGUAGES])(
    '%s has every English key and catalog purpose, with the same placeholders',
    (language) => {
      const texts = locale(language)
      expect(Object.keys(texts).sort()).toEqual(Object.keys(english).sort())
      for (const [key, text] of Object.entries(english)) {
        expect(texts[key], key).not.toBe('')
        // Short labels may match English ("OK", "Cookie"); a purpose may not.
        if (key.startsWith('vendor.')) expect(texts[key], key).not.toBe(text)
        expect(placeholders(texts[key]!), key).toEqual(placeholders(text))
      }
    }
  )

  it('picks data-lang/config first, then <html lang>, then the browser, then English', () => {
    expect(pickLanguage(['de', 'fr'])).toBe('de')
    expect(pickLanguage([undefined, 'fr-CA', 'de'])).toBe('fr')
    expect(pickLanguage([undefined, '', 'pt'])).toBe('pt-BR')
    expect(pickLanguage(['pt-PT'])).toBe('pt-PT')
    expect(pickLanguage(['pt-pt'])).toBe('pt-PT')
    expect(pickLanguage(['pt-AO'])).toBe('pt-BR')
    expect(pickLanguage(['zh-Hans-CN'])).toBe('zh-CN')
    expect(pickLanguage(['zh-TW', 'ja'])).toBe('ja')
    expect(pickLanguage(['sv-FI', 'fi'])).toBe('sv')
    expect(pickLanguage(['no'])).toBe('nb')
    expect(pickLanguage(['nn-NO'])).toBe('nb')
    expect(pickLanguage(['is', 'ga'])).toBe('en')
    expect(pickLanguage([])).toBe('en')
    expect(pickLanguage(['DE_at'])).toBe('de')
    expect(pickLanguage(['uk-UA'])).toBe('uk')
    expect(pickLanguage(['tr-TR', 'de'])).toBe('tr')
  })

  it("the demo's language menu offers every shipped language", () => {
    const html = readFileSync(
      new URL('../../../demo/index.html', import.meta.url),
      'utf8'
    )
    const menu = /<select name="lang">([\s\S]*?)<\/select>/.exec(html)![1]!
    const offered = [...menu.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1])
    expect(offered.filter(Boolean).sort()).toEqual(['en', ...LANGUAGES].sort())
  })

  it("adds the languages the site's texts name, each starting from its shipped translation", () => {
    const own = { ga: {}, 'fr-CA': {}, 'zh-TW': {}, de: {} }
    vi.stubGlobal('navigator', { languages: ['ga-IE', 'de'] })
    try {
      // The browser asks for Irish: the site's Irish, not English; a shipped language
      // still wins where it comes first.
      expect(visitorLanguage(undefined, undefined, own)).toBe('ga')
      expect(visitorLanguage(undefined, undefined, {})).toBe('de')
      expect(visitorLanguage('zh-TW', undefined, own)).toBe('zh-TW')
      // A region's variant the site gives is picked for that region only.
      expect(visitorLanguage('fr-CA', undefined, own)).toBe('fr-CA')
      expect(visitorLanguage('fr-BE', undefined, own)).toBe('fr')
      expect(visitorLanguage('fr-CA', undefined, {})).toBe('fr')
    } finally {
      vi.unstubAllGlobals()
    }
    // What each starts from: a shipped file, or English (nothing to fetch).
    expect(translationOf('fr-CA')).toBe('fr')
    expect(translationOf('de')).toBe('de')
    expect(translationOf('pt')).toBe('pt-BR')
    expect(translationOf('ga')).toBeUndefined()
    expect(translationOf('zh-TW')).toBeUndefined()
    expect(translationOf('en-GB')).toBeUndefined()
    expect(translationOf('en')).toBeUndefined()
  })

  it("merges a region's own texts over its language's: fr-CA over fr over the shipped French", () => {
    const config = validateConfig({
      texts: { fr: { acceptAll: 'Accepter' }, 'fr-CA': { rejectAll: 'Refuser tout' } }
    }).config
    const texts = buildTexts(
      'fr-CA',
      { acceptAll: 'Tout accepter', customize: 'Choisir' },
      config
    )
    expect([texts.acceptAll, texts.rejectAll, texts.customize]).toEqual([
      'Accepter',
      'Refuser tout',
      'Choisir'
    ])
  })

  it('knows which languages are right to left', () => {
    expect(isRtl('ar')).toBe(true)
    expect(isRtl('ar-EG')).toBe(true)
    expect(isRtl('de')).toBe(false)
  })
})

describe('texts', () => {
  it('layers English, the translation, then the site texts for the base and exact tag', () => {
    const { config } = validateConfig({
      texts: { pt: { acceptAll: 'base' }, 'pt-BR': { rejectAll: 'exact' } },
      categories: [
        { id: 'statistical', title: { en: 'Stats', 'pt-BR': 'Estat' } },
        { id: 'chat', title: 'Chat' }
      ],
      vendors: []
    })
    const texts = buildTexts(
      'pt-BR',
      { customize: 'Personalizar', acceptAll: 'Aceitar' },
      config
    )
    expect(texts.customize).toBe('Personalizar')
    expect(texts.acceptAll).toBe('base')
    expect(texts.rejectAll).toBe('exact')
    expect(texts.saveChoices).toBe('Save choices')
    expect(texts['category.statistical.title']).toBe('Estat')
    expect(texts['category.chat.title']).toBe('Chat')
    expect(texts['category.essential.title']).toBe('Essential')
  })

  it('translates a catalog purpose, but not one the site wrote itself', () => {
    const shipped = {
      'vendor.criteo.purpose': 'Werbung (ausgeliefert)',
      'vendor.bing.purpose': 'Bing (ausgeliefert)',
      'vendor.yahoo.purpose': 'Yahoo (ausgeliefert)',
      'vendor.facebook.purpose': 'Facebook (ausgeliefert)'
    }
    const { config, errors } = validateConfig({
      texts: { de: { 'vendor.bing.purpose': 'Bing (eigene)' } },
      vendors: [
        'criteo',
        { id: 'bing', purpose: 'Our own words about Bing.' },
        { id: 'yahoo', purpose: 'Our own words about Yahoo.' },
        {
          id: 'facebook',
          purpose: DEFAULT_VENDORS.find((v) => v.id === 'facebook')!.purpose
        },
        { id: 'chat', name: 'Chat', category: 'personalisation', privacyPolicyUrl: '/p' }
      ]
    })
    expect(errors).toEqual([])
    expect(config.ownPurposes).toEqual(['bing', 'yahoo'])
    const texts: Record<string, string> = buildTexts('de-AT', shipped, config)
    // The catalog's text, and the same text given again: the shipped translation.
    expect(texts['vendor.criteo.purpose']).toBe('Werbung (ausgeliefert)')
    expect(texts['vendor.facebook.purpose']).toBe('Facebook (ausgeliefert)')
    // The site's own text: its own translation (here for the base language), or none,
    // so the preferences show the site's text as written.
    expect(texts['vendor.bing.purpose']).toBe('Bing (eigene)')
    expect(texts).not.toHaveProperty('vendor.yahoo.purpose')
  })

  it('ignores non-string values in a translation file', () => {
    const texts = buildTexts(
      'de',
      { acceptAll: 42 } as never,
      validateConfig(undefined).config
    )
    expect(texts.acceptAll).toBe('Accept all')
  })

  it('fills placeholders as text', () => {
    expect(format('Partners ({count})', { count: 3 })).toBe('Partners (3)')
    expect(format('{vendor} and {other}', { vendor: '<b>' })).toBe('<b> and {other}')
  })

  it('formats cookie lifetimes in the visitor language', () => {
    expect(formatLifetime(0, 'en', 'Session')).toBe('Session')
    expect(formatLifetime(1, 'en', 'Session')).toBe('1 day')
    expect(formatLifetime(90, 'en', 'Session')).toBe('90 days')
    expect(formatLifetime(730, 'en', 'Session')).toBe('2 years')
    expect(formatLifetime(395, 'en', 'Session')).toBe('395 days')
    expect(formatLifetime(730, 'de', 'Sitzung')).toBe('2 Jahre')
  })
})
