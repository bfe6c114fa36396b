import type { ResolvedConfig } from '../core/config/types'
import { EN } from '../ui/i18n/en'
import { closestWord } from '../utils/closest-word'
import { translationOf } from '../utils/pick-language'

/** The `{name}` placeholders of a text, sorted, each once. */
const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort()

/**
 * What a page would silently do wrong with a config's own `texts`: a key no text has is
 * never shown (a misspelling, or a category or vendor the config does not have), and a
 * text without the English text's placeholders, or with others, shows no vendor name or
 * consent id, or shows `{vendr}` as it is. The page takes texts as given, so that its
 * files need not carry every key: only the command line checks them.
 *
 * @param config A valid config, as the page runs on it.
 * @returns One warning per problem, each naming its field.
 * @example
 * checkTexts(validateConfig({ texts: { de: { acceptAl: 'Ja' } } }).config)
 * // ['texts.de.acceptAl: no text has this key, so it is never shown (did you mean "acceptAll"?)']
 */
export function checkTexts(config: ResolvedConfig): string[] {
  // The UI's own keys, and the category and vendor keys of this config's taxonomy (the
  // English ones name the built-in categories, which the config may not have).
  const english: Record<string, string> = {}
  for (const [key, text] of Object.entries(EN))
    if (!key.startsWith('category.')) english[key] = text
  for (const category of config.categories) {
    english[`category.${category.id}.title`] = ''
    english[`category.${category.id}.description`] = ''
  }
  for (const vendor of config.vendors) english[`vendor.${vendor.id}.purpose`] = ''
  const keys = Object.keys(english)
  const warnings: string[] = []
  for (const [language, texts] of Object.entries(config.texts))
    for (const [key, text] of Object.entries(texts)) {
      const field = `texts.${language}.${key}`
      if (!(key in english)) {
        const near = closestWord(key, keys)
        warnings.push(
          `${field}: no text has this key, so it is never shown` +
            (near ? ` (did you mean "${near}"?)` : '')
        )
        continue
      }
      const expected = placeholders(english[key]!)
      const given = placeholders(text)
      if (expected.join() !== given.join())
        warnings.push(
          `${field}: expected ${expected.length ? expected.join(' and ') : 'no placeholder'}` +
            ` as in English, got ${given.length ? given.join(' and ') : 'none'}`
        )
    }
  // A language Consentry does not ship shows the site's texts, and English for the rest
  // (which is what English variants, `en-GB`, mean to do; `fr-CA` starts from French).
  for (const language of Object.keys(config.texts)) {
    if (/^en\b/i.test(language) || translationOf(language)) continue
    const given = config.texts[language]!
    const missing = keys.filter(
      (key) => !(key in given) && !inCategory(key, language, config)
    )
    if (missing.length)
      warnings.push(
        `texts.${language}: a language Consentry does not ship, so the ${missing.length}` +
          ` texts it does not give show in English: ${missing.join(', ')}`
      )
  }
  return warnings
}

/**
 * Whether a category's title or description is given in this language by the category
 * itself: as one text for every language, or with an entry for this one.
 */
function inCategory(key: string, language: string, config: ResolvedConfig): boolean {
  const [, id, field] = /^category\.(.+)\.(title|description)$/.exec(key) ?? []
  const own = id === undefined ? undefined : config.categoryTexts[id]?.[field as 'title']
  return typeof own === 'string' || (own !== undefined && language in own)
}
