import type { ResolvedConfig } from '../core/config/types'
import { validateConfig } from '../core/config/validate'
import { decodeChoice } from '../core/consent/codec'
import { storedState } from '../core/consent/derive-state'
import type { ConsentState } from '../core/consent/types'
import { regimeOf } from '../core/regime/resolve-regime'
import { readCookie } from '../dom/cookie-storage/read-cookie'
import { header, type RequestHeaders } from './headers'
import { preloadFor, type Preload } from './preload'

/** Options of {@link readConsent}. */
export interface ReadConsentOptions {
  /** The site's config, as its pages give it to the script tag (default: the embedded one). */
  config?: unknown
  /** The visitor's region, as the page gives it in `data-region` (`DE`, `US-CA`). */
  region?: string
  /** The current time in milliseconds (default: now). */
  now?: number
  /** The page's `data-lang`, if it has one (for {@link ServerConsent.preload}). */
  language?: string
  /** The page's `<html lang>` (for {@link ServerConsent.preload}). */
  htmlLang?: string
}

/** What a page view starts from, as the script tag will read it. */
export interface ServerConsent {
  /** The state the page starts in: the stored choice, or the regime's defaults. */
  state: ConsentState
  /**
   * Whether work of `category` (and of `vendor`, when given) may be done, by the rule of
   * the page's gate: both granted. An unknown category or vendor is never allowed.
   */
  allows(category: string, vendor?: string): boolean
  /** The config's errors: with any, nothing non-essential is allowed (as on the page). */
  errors: readonly string[]
  /**
   * The files the script tag will fetch as soon as it runs on this view, to hint before
   * it (`preloadTags`, `preloadHeader`): on a first-time visitor's view under `gdpr`, the
   * banner file, and the visitor's language and the theme where it fetches them; under a
   * US law with a GPC signal (`Sec-GPC: 1`, which the page must get as `data-gpc="1"`) or
   * the notice to show, the engine and the GPP file, and the UI and its language for the
   * notice. Empty on any other view.
   */
  preload: Preload[]
}

/**
 * Reads a request's stored choice on the server, exactly as the script tag will read it in
 * the page: the config validated the same way, the regime for the region, the cookie
 * decoded (a malformed, tampered, foreign or expired value is no choice) and a GPC signal
 * (`Sec-GPC: 1`) applied. For work done on the server: events sent server-side, content
 * rendered by consent. The page's own tags stay gated markup: a tag the server writes as a
 * plain `<script src>` runs outside the gate, and a withdrawal could not stop it. Never
 * throws.
 *
 * @param headers The request's headers: `cookie`, `sec-gpc` and `accept-language` are read.
 * @param options The site's config, the visitor's region, the time, the page's languages.
 * @returns The state the page view starts in, and what it allows.
 * @example
 * const consent = readConsent(request.headers, { config, region: 'DE' })
 * if (consent.allows('marketing', 'facebook')) await sendConversionsApiEvent(order)
 */
export function readConsent(
  headers: RequestHeaders,
  options: ReadConsentOptions = {}
): ServerConsent {
  const result = validateConfig(options.config)
  const config: ResolvedConfig = result.config
  const gpc = header(headers, 'sec-gpc')?.trim() === '1'
  // An invalid config runs fail-closed under `gdpr`, and reads no stored choice.
  // An empty region is none, as the page reads an empty data-region.
  const region = options.region || undefined
  const regime = result.failClosed ? 'gdpr' : regimeOf(config, region)
  const cookies = header(headers, 'cookie') ?? ''
  const stored = result.failClosed
    ? undefined
    : decodeChoice(
        config,
        regime,
        readCookie(config.cookie.name, cookies),
        options.now ?? Date.now()
      )
  const state = storedState({ config, regime, gpc }, stored)
  const known = (list: ReadonlyArray<{ id: string }>, id: string) =>
    list.some((item) => item.id === id)
  return {
    state,
    errors: result.errors,
    preload: preloadFor({
      config: options.config,
      region,
      cookies,
      language: options.language,
      htmlLang: options.htmlLang,
      acceptLanguage: header(headers, 'accept-language'),
      gpc
    }),
    allows: (category, vendor) =>
      known(config.categories, category) &&
      state.categories[category] === true &&
      (vendor === undefined ||
        (known(config.vendors, vendor) && state.vendors[vendor] === true))
  }
}

export type { RequestHeaders } from './headers'
export { regionFromHeaders } from './region'
export {
  preloadFor,
  preloadTags,
  preloadHeader,
  type Preload,
  type PreloadInput
} from './preload'
export { readRecord, MAX_RECORD_SIZE, type RecordReading } from './records'
export { recordReceiver, type RecordReceiverOptions } from './receiver'
export {
  nodeRecordReceiver,
  type NodeRecordRequest,
  type NodeRecordResponse
} from './node-receiver'
export type { ConsentRecord } from '../core/consent/record'
