/**
 * Texts for a language, key by key: the English defaults, then the shipped translation,
 * then the site's own overrides for the base language, then for the exact tag. Only string
 * values are taken from the translation and the overrides (both are data from outside).
 *
 * @param defaults The English texts.
 * @param language The chosen language tag.
 * @param translation The shipped translation, when one was loaded.
 * @param own The site's `texts`, per language tag.
 * @returns The merged texts.
 */
export function mergeTexts<T extends Record<string, string>>(
  defaults: T,
  language: string,
  translation: Record<string, unknown> | undefined,
  own: Readonly<Record<string, unknown>>
): T & Record<string, string> {
  const base = language.split('-')[0]!
  return Object.assign(
    { ...defaults },
    strings(translation),
    base !== language ? strings(own[base]) : undefined,
    strings(own[language])
  )
}

/** Keeps only string values (of an object: anything else gives none). */
function strings(given: unknown) {
  const result: Record<string, string> = {}
  if (typeof given !== 'object' || given === null) return result
  for (const [key, value] of Object.entries(given)) {
    if (typeof value === 'string') result[key] = value
  }
  return result
}
