import type { ResolvedConfig } from '../../core/config/types'
import { EN, type Texts } from './en'
import { mergeTexts } from './merge-texts'

/**
 * Assembles the texts for a language: English, then the shipped translation, then the
 * site's own overrides (for the base language, then the exact tag), key by key. A
 * catalog vendor's purpose the site replaced takes only the site's own translations,
 * never the shipped one of the catalog's text.
 *
 * @param language The chosen language tag.
 * @param translation The shipped translation, when one was loaded.
 * @param config The resolved config (for `texts` and localised category texts).
 * @returns Every key, as plain strings.
 */
export function buildTexts(
  language: string,
  translation: Record<string, string> | undefined,
  config: ResolvedConfig
): Texts {
  const base = language.split('-')[0]!
  const shipped = { ...translation }
  for (const id of config.ownPurposes) delete shipped[`vendor.${id}.purpose`]
  const texts: Record<string, string> = mergeTexts(EN, language, shipped, config.texts)
  for (const category of config.categories) {
    const own = config.categoryTexts[category.id]
    for (const field of ['title', 'description'] as const) {
      const key = `category.${category.id}.${field}`
      const given = own?.[field]
      const localised =
        typeof given === 'string'
          ? given
          : given &&
            (given[language] ?? given[base] ?? given.en ?? Object.values(given)[0])
      texts[key] =
        localised ?? config.texts[language]?.[key] ?? texts[key] ?? category[field]
    }
  }
  return texts as Texts
}
