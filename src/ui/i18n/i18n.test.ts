import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateConfig } from '../../core/config/validate'
import { formatLifetime } from '../preferences/lifetime'
import { buildTexts } from './build-texts'
import { EN } from './en'
import { format } from './format'
import { isRtl, LANGUAGES, pickLanguage } from '../../utils/pick-language'

const locale = (language: string) =>
  JSON.parse(
    readFileSync(new URL(`./locales/${language}.json`, import.meta.url), 'utf8')
  ) as Record<string, string>
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort()

describe('languages', () => {
  it('ships the twelve languages of the issue', () => {
    expect([...LANGUAGES].sort()).toEqual(
      [
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

  it.each([...LANGUAGES])(
    '%s has every English key, with the same placeholders',
    (language) => {
      const texts = locale(language)
      expect(Object.keys(texts).sort()).toEqual(Object.keys(EN).sort())
      for (const [key, english] of Object.entries(EN)) {
        expect(texts[key], key).not.toBe('')
        expect(placeholders(texts[key]!), key).toEqual(placeholders(english))
      }
    }
  )

  it('picks data-lang/config first, then <html lang>, then the browser, then English', () => {
    expect(pickLanguage(['de', 'fr'])).toBe('de')
    expect(pickLanguage([undefined, 'fr-CA', 'de'])).toBe('fr')
    expect(pickLanguage([undefined, '', 'pt'])).toBe('pt-BR')
    expect(pickLanguage(['pt-PT'])).toBe('pt-BR')
    expect(pickLanguage(['zh-Hans-CN'])).toBe('zh-CN')
    expect(pickLanguage(['zh-TW', 'ja'])).toBe('ja')
    expect(pickLanguage(['sv', 'fi'])).toBe('en')
    expect(pickLanguage([])).toBe('en')
    expect(pickLanguage(['DE_at'])).toBe('de')
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
