import { bannerPlan, certainlyGdpr, firstLayer } from '../core/config/banner-plan'
import { gatingFromRaw } from '../core/config/gating'
import { validateConfig } from '../core/config/validate'
import { regimeOf } from '../core/regime/resolve-regime'
import { readCookie } from '../dom/cookie-storage/read-cookie'
import { languagesWith, pickLanguage, translationOf } from '../utils/pick-language'

/**
 * A file the script tag fetches as soon as it runs on this page view, for the page to
 * name in a preload hint so that the browser fetches it beside `consentry.js` rather
 * than after it.
 */
export interface Preload {
  /**
   * The file, relative to the folder `consentry.js` is served from
   * (`consentry-banner.js`, `i18n/de.banner.json`, `themes/dark.css`).
   */
  href: string
  /**
   * How the page fetches it: `script`, a file it runs; `fetch`, texts and a theme it reads
   * with `fetch` (a hint for those needs `crossorigin`, as {@link preloadTags} writes it).
   */
  as: 'script' | 'fetch'
}

/** What {@link preloadFor} reads: what the script tag will find on the page. */
export interface PreloadInput {
  /** The site's config, as the page gives it (`undefined`: the default taxonomy). */
  config?: unknown
  /** `data-region`. */
  region?: string
  /** The request's `Cookie` header. */
  cookies: string
  /** `data-lang`. */
  language?: string
  /** The page's `<html lang>`. */
  htmlLang?: string
  /** The request's `Accept-Language` header: the browser's languages, as it sends them. */
  acceptLanguage?: string
  /**
   * A Global Privacy Control signal the page will see too: `Sec-GPC: 1`, passed on to the
   * page as `data-gpc="1"` (browsers that send the header expose the signal to scripts).
   */
  gpc?: boolean
}

/**
 * The languages of an `Accept-Language` header, most wanted first (`*` left out), as the
 * browser's `navigator.languages` gives them to the page. Chromium's header adds each
 * base language after its regional ones (`zh-TW,zh;q=0.9`), which `navigator.languages`
 * does not list: a base language after one of its regions is left out, so that a
 * traditional-Chinese reader, whom the page shows English, is not hinted simplified
 * Chinese (a hint missed costs nothing; a hint unused is a wasted download).
 *
 * @param header The header's value.
 * @returns Language tags.
 */
export function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';').map((p) => p.trim())
      const q = params.find((p) => /^q=/i.test(p))
      return { tag, index, q: q ? Number(q.slice(2)) : 1 }
    })
    .filter(({ tag, q }) => tag && tag !== '*' && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map(({ tag }) => tag)
    .filter((tag, index, tags) =>
      tags
        .slice(0, index)
        .every((earlier) => !earlier.toLowerCase().startsWith(`${tag.toLowerCase()}-`))
    )
}

/**
 * What the script tag will fetch the moment it runs, on a view it decides without
 * anything a server cannot see (no cookie of Consentry's):
 *
 * - a first-time visitor under `gdpr` for certain, whose banner the banner file shows:
 *   the banner file, with the visitor's language and the theme it fetches for it;
 * - a visitor under a US law with something to decide, a GPC signal to record or the
 *   notice (`ui.usNotice`) to show: the engine, whatever `localStorage` remembers, then
 *   the GPP file it starts, and for the notice the UI with the visitor's language.
 *
 * The script tag reads the config the same way (the same functions), so that each hint is
 * a file it then asks for: a hint nobody uses is a wasted download and a console warning.
 * Any other view (a stored choice, a US visitor with nothing to decide) fetches nothing at
 * once, or what only the browser knows (`localStorage`): none is hinted.
 *
 * @param input The config, region, cookies and languages the page's script will see.
 * @returns The files, the script first; empty when there is nothing to hint. Never throws.
 */
export function preloadFor(input: PreloadInput): Preload[] {
  try {
    return hinted(input)
  } catch {
    // A config that throws when read (a getter, a proxy): the page's script will not
    // read it either, and hints nothing is the safe answer.
    return []
  }
}

function hinted(input: PreloadInput): Preload[] {
  const { config } = input
  const gating = gatingFromRaw(config)
  if (!gating || readCookie(gating.cookie.name, input.cookies)) return []
  if (!certainlyGdpr(config, input.region)) return usHints(input)
  const layer = firstLayer(config)
  if (layer !== 'bar' && layer !== 'box' && layer !== 'modal') return []
  const file = layer === 'modal' ? 'consentry-banner-modal.js' : 'consentry-banner.js'
  const files: Preload[] = [{ href: file, as: 'script' }]
  // The banner file shows only a plan it can read; else the UI does, with its own texts.
  const plan = bannerPlan(config)
  if (!plan) return files
  // As the banner picks it: `data-lang` or the config's, `<html lang>`, the browser's.
  const language = pickLanguage(
    [
      // An empty data-lang is none (the page reads attributes so).
      input.language || plan.language,
      input.htmlLang,
      ...acceptedLanguages(input.acceptLanguage)
    ],
    languagesWith(plan.texts)
  )
  const translation = translationOf(language)
  if (translation) files.push({ href: `i18n/${translation}.banner.json`, as: 'fetch' })
  if (plan.theme !== 'light')
    files.push({ href: `themes/${plan.theme}.css`, as: 'fetch' })
  return files
}

/**
 * A US view with nothing stored: the first file fetches the engine when there is a GPC
 * signal to record or a notice to show, from what it remembers of the config as from the
 * validator's answer (see `proceed` and `startCached` in src/boot.ts), and the engine the
 * GPP file, which a US law needs, and the UI for the notice.
 */
function usHints(input: PreloadInput): Preload[] {
  const result = validateConfig(input.config)
  const { config } = result
  const { ui } = config
  if (result.failClosed || regimeOf(config, input.region) !== 'us') return []
  if (!input.gpc && !ui.usNotice) return []
  const files: Preload[] = [
    { href: 'consentry-engine.js', as: 'script' },
    { href: 'consentry-gpp.js', as: 'script' }
  ]
  if (!ui.usNotice || !ui.autoShow) return files
  files.push({ href: 'consentry-ui.js', as: 'script' })
  // As the UI picks it, with the validated config's language and texts (the whole
  // translation, not the banner's slice).
  const translation = translationOf(
    pickLanguage(
      [
        input.language || config.language,
        input.htmlLang,
        ...acceptedLanguages(input.acceptLanguage)
      ],
      languagesWith(config.texts)
    )
  )
  if (translation) files.push({ href: `i18n/${translation}.json`, as: 'fetch' })
  return files
}

/**
 * A file's URL in the folder `consentry.js` is served from: `/consentry` is taken as the
 * folder `/consentry/` (as the page takes the script's URL up to its last `/`).
 */
const inFolder = (base: string, href: string) =>
  (base === '' || base.endsWith('/') ? base : `${base}/`) + href

const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/**
 * The preload hints as HTML, for the page's `<head>`, before `consentry.js`.
 *
 * @param preload What {@link preloadFor} (or `readConsent`'s `preload`) gives.
 * @param base The URL of the folder `consentry.js` is served from (`/consentry/`).
 * @param nonce The CSP nonce the script tag gets, for the scripts' hints.
 * @returns `<link rel="preload">` elements, one a line; empty for none.
 */
export function preloadTags(
  preload: readonly Preload[],
  base: string,
  nonce?: string
): string {
  return preload
    .map(
      ({ href, as }) =>
        `<link rel="preload" href="${attribute(inFolder(base, href))}" as="${as}"` +
        (as === 'fetch'
          ? ' crossorigin="anonymous"'
          : nonce
            ? ` nonce="${attribute(nonce)}"`
            : '') +
        '>'
    )
    .join('\n')
}

/**
 * The preload hints as the value of a `Link` header (for the response, or a 103 Early
 * Hints response). A header carries no nonce: under a Content-Security-Policy that allows
 * scripts by nonce alone, write {@link preloadTags} instead.
 *
 * @param preload What {@link preloadFor} (or `readConsent`'s `preload`) gives.
 * @param base The URL of the folder `consentry.js` is served from (`/consentry/`).
 * @returns The header's value; empty for none.
 */
export function preloadHeader(preload: readonly Preload[], base: string): string {
  return preload
    .map(
      ({ href, as }) =>
        `<${inFolder(base, href).replace(/[<>\s]/g, encodeURIComponent)}>; rel=preload; as=${as}` +
        (as === 'fetch' ? '; crossorigin' : '')
    )
    .join(', ')
}
