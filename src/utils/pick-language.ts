/** Languages shipped besides English, each a JSON file fetched only when used. */
export const LANGUAGES = [
  'de',
  'fr',
  'es',
  'it',
  'pt-BR',
  'nl',
  'pl',
  'ru',
  'zh-CN',
  'ja',
  'ko',
  'ar',
  'sv',
  'da',
  'nb',
  'fi',
  'cs',
  'ro',
  'hu',
  'el',
  'sk',
  'sl',
  'hr',
  'bg',
  'et',
  'lv',
  'lt',
  'pt-PT',
  'uk',
  'tr'
] as const

/** Base languages written right to left. */
export const RTL_LANGUAGES = ['ar', 'he', 'fa', 'ur']

/** Language tags that name a shipped file under another tag. */
const ALIASES: Record<string, string> = {
  // Portuguese: Brazil's for a bare `pt` and any region but Portugal (`pt-PT` is shipped).
  pt: 'pt-BR',
  // Norwegian: browsers send `nb`, `no` or `nn`; Bokmål is read by all.
  no: 'nb',
  nn: 'nb',
  zh: 'zh-CN',
  'zh-Hans': 'zh-CN',
  'zh-SG': 'zh-CN',
  'zh-Hans-CN': 'zh-CN'
}

/**
 * Picks the UI language: the first candidate we ship (exact tag, alias, or base language),
 * else English. Candidates come in order: `data-lang`/config, `<html lang>`, the browser's.
 *
 * @param candidates Language tags, in order of preference; empty ones are skipped.
 * @param available Languages that can be shown, English included.
 * @returns The chosen tag.
 */
export function pickLanguage(
  candidates: ReadonlyArray<string | undefined | null>,
  available: readonly string[] = ['en', ...LANGUAGES]
): string {
  for (const raw of candidates) {
    if (!raw) continue
    const tag = raw.trim().replace(/_/g, '-')
    const exact = available.find((a) => a.toLowerCase() === tag.toLowerCase())
    if (exact) return exact
    const alias = Object.keys(ALIASES).find((a) => a.toLowerCase() === tag.toLowerCase())
    if (alias && available.includes(ALIASES[alias]!)) return ALIASES[alias]!
    const base = tag.split('-')[0]!.toLowerCase()
    // zh-TW, zh-Hant: traditional Chinese is not shipped; do not show simplified instead.
    if (base === 'zh') continue
    const byBase =
      available.find((a) => a.toLowerCase() === base) ??
      (ALIASES[base] && available.includes(ALIASES[base]) ? ALIASES[base] : undefined)
    if (byBase) return byBase
  }
  return 'en'
}

/**
 * The shipped translation a language's texts start from (`i18n/<tag>.json`): its own, its
 * alias's or its base's (`de` for a site's `de-AT`); none for English, which is built in,
 * nor for a language only the site's `texts` give (`ga`, `zh-TW`).
 *
 * @param language A tag {@link visitorLanguage} chose.
 * @returns A shipped tag, or `undefined`.
 */
export const translationOf = (language: string): string | undefined => {
  const shipped = pickLanguage([language])
  return shipped === 'en' ? undefined : shipped
}

/**
 * The languages a page can show: English, those shipped, and those the site's own `texts`
 * name (see {@link visitorLanguage}).
 *
 * @param own The config's `texts`.
 * @returns Language tags, for {@link pickLanguage}.
 */
export const languagesWith = (own: object | undefined): string[] => [
  'en',
  ...LANGUAGES,
  ...Object.keys(own ?? {})
]

/**
 * The language the visitor sees: the site's choice (`data-lang` or config), then
 * `<html lang>`, then the browser's languages, then English; a shipped one, or one the
 * site's own `texts` name: a language Consentry does not ship (`ga`), or a region's
 * variant of one it does (`fr-CA`, whose texts start from French; see
 * {@link translationOf}). The UI shows it and the consent record names it, so both ask
 * here.
 *
 * @param preferred `data-lang` or `config.language`.
 * @param doc The document, when there is one.
 * @param own The config's `texts`.
 * @returns The chosen tag.
 */
export function visitorLanguage(
  preferred: string | undefined,
  doc: Document | null | undefined,
  own?: object
): string {
  const browser =
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language])
  return pickLanguage(
    [preferred, doc?.documentElement.lang, ...browser],
    languagesWith(own)
  )
}

/**
 * Whether a language is written right to left.
 *
 * @param language A language tag.
 * @returns True for Arabic, Hebrew, Persian and Urdu.
 */
export function isRtl(language: string): boolean {
  return RTL_LANGUAGES.includes(language.split('-')[0]!.toLowerCase())
}
