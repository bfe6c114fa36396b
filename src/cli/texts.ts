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
  // Every key a page reads, with its English text (placeholders are checked against it):
  // the UI's own, and the category and vendor keys of this config's taxonomy (the English
  // ones name the built-in categories, which the config may not have). A category key
  // also carries the category's own text, which a page shows before a `texts` entry.
  const english = new Map<
    string,
    { text: string; own?: string | Record<string, string> }
  >()
  for (const [key, text] of Object.entries(EN))
    if (!key.startsWith('category.')) english.set(key, { text })
  for (const category of config.categories)
    for (const field of ['title', 'description'] as const)
      english.set(`category.${category.id}.${field}`, {
        text: '',
        own: config.categoryTexts[category.id]?.[field]
      })
  for (const vendor of config.vendors)
    english.set(`vendor.${vendor.id}.purpose`, { text: '' })
  const keys = [...english.keys()]
  const warnings: string[] = []
  for (const [language, given] of Object.entries(config.texts)) {
    for (const [key, text] of Object.entries(given)) {
      const field = `texts.${language}.${key}`
      const known = english.get(key)
      if (!known) {
        const near = closestWord(key, keys)
        warnings.push(
          `${field}: no text has this key, so it is never shown` +
            (near ? ` (did you mean "${near}"?)` : '')
        )
        continue
      }
      const expected = placeholders(known.text)
      const found = placeholders(text)
      if (expected.join() !== found.join())
        warnings.push(
          `${field}: expected ${expected.length ? expected.join(' and ') : 'no placeholder'}` +
            ` as in English, got ${found.length ? found.join(' and ') : 'none'}`
        )
    }
    // A language Consentry does not ship shows the site's texts, and English for the rest
    // (which is what English variants, `en-GB`, mean to do; `fr-CA` starts from French).
    // A category's own text counts where it is one text for every language, or has an
    // entry for this one.
    if (/^en\b/i.test(language) || translationOf(language)) continue
    const missing = keys.filter((key) => {
      const own = english.get(key)!.own
      return !(key in given) && typeof own !== 'string' && !(own && language in own)
    })
    if (missing.length)
      warnings.push(
        `texts.${language}: a language Consentry does not ship, so the ${missing.length}` +
          ` texts it does not give show in English: ${missing.join(', ')}`
      )
  }
  return warnings
}
