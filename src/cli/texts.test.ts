import { describe, expect, it } from 'vitest'
import { validateConfig } from '../core/config/validate'
import { checkTexts } from './texts'
import { checkConfig } from './index'

const textsOf = (texts: unknown, rest: Record<string, unknown> = {}) =>
  checkTexts(validateConfig({ texts, ...rest }).config)

describe('checkTexts (consentry check)', () => {
  it("takes the UI's keys and this taxonomy's category and vendor keys", () => {
    expect(
      textsOf({
        de: {
          acceptAll: 'Einverstanden',
          consentId: 'Nachweis: {id}',
          placeholderText: '{vendor} lädt erst nach Ihrer Zustimmung.',
          'category.marketing.title': 'Werbung',
          'vendor.facebook.purpose': 'Misst Anzeigen.'
        },
        'de-AT': { close: 'Schließen' }
      })
    ).toEqual([])
  })

  it('names a key no text has, with the nearest one', () => {
    expect(textsOf({ de: { acceptAl: 'Ja', colour: 'x' } })).toEqual([
      'texts.de.acceptAl: no text has this key, so it is never shown (did you mean "acceptAll"?)',
      'texts.de.colour: no text has this key, so it is never shown'
    ])
  })

  it("names category and vendor keys outside the config's taxonomy", () => {
    const config = {
      categories: [{ id: 'essential' }, { id: 'statistical' }],
      vendors: ['google-analytics']
    }
    expect(
      textsOf(
        {
          en: {
            'category.marketing.title': 'Ads',
            'category.statisticl.title': 'Stats',
            'vendor.facebook.purpose': 'Ads.',
            'vendor.google-analytics.purpose': 'Counts visits.'
          }
        },
        config
      )
    ).toEqual([
      'texts.en.category.marketing.title: no text has this key, so it is never shown',
      'texts.en.category.statisticl.title: no text has this key, so it is never shown (did you mean "category.statistical.title"?)',
      'texts.en.vendor.facebook.purpose: no text has this key, so it is never shown'
    ])
  })

  it("names a text whose placeholders are not the English text's", () => {
    expect(
      textsOf({
        fr: {
          consentId: 'Identifiant de consentement',
          placeholderText: 'Ce contenu vient de {vendr}.',
          acceptAll: 'Tout accepter {vendor}'
        }
      })
    ).toEqual([
      'texts.fr.consentId: expected {id} as in English, got none',
      'texts.fr.placeholderText: expected {vendor} as in English, got {vendr}',
      'texts.fr.acceptAll: expected no placeholder as in English, got {vendor}'
    ])
  })

  it('lists the texts a language it does not ship leaves in English', () => {
    const config = {
      categories: [
        { id: 'essential' },
        { id: 'shop', title: { en: 'Shop', ga: 'Siopa' }, description: 'Our shop.' }
      ],
      vendors: []
    }
    const [warning, ...rest] = textsOf({ ga: { acceptAll: 'Glac le gach rud' } }, config)
    expect(rest).toEqual([])
    expect(warning).toMatch(
      /^texts\.ga: a language Consentry does not ship, so the \d+ texts it does not give show in English: bannerTitle, /
    )
    expect(warning).not.toMatch(/\bacceptAll\b/)
    // The category gives its own Irish title, and one description for every language.
    expect(warning).toContain('category.essential.title')
    expect(warning).not.toContain('category.shop.')
    // A shipped language's texts, or a region's (starting from it), are overrides:
    // nothing else is missing there.
    expect(
      textsOf({ de: { acceptAll: 'Ja' }, 'fr-CA': { rejectAll: 'Refuser' } })
    ).toEqual([])
  })

  it('adds its findings to the warnings of `consentry check`, failing it with --strict', () => {
    const text = JSON.stringify({ texts: { de: { acceptAl: 'Ja' } } })
    const report = checkConfig(text, { name: 'consent.json' })
    expect(report.ok).toBe(true)
    expect(report.json.warnings).toEqual([
      'texts.de.acceptAl: no text has this key, so it is never shown (did you mean "acceptAll"?)'
    ])
    expect(report.lines[0]).toBe('consent.json: valid, 1 warning')
    expect(checkConfig(text, { name: 'consent.json', strict: true }).ok).toBe(false)
  })
})
