import { URL_PATTERN } from './patterns'
import type { ThemeName } from './types'

/** What the first-visit banner file needs to know of the site's config. */
export interface BannerPlan {
  layout: 'bar' | 'box'
  theme: ThemeName
  /** `language`, as given (the banner file picks the visitor's language from it). */
  language?: string
  /** `texts`, as given: only string values are ever read from it. */
  texts: Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>
  privacyPolicyUrl?: string
}

const THEMES: readonly ThemeName[] = ['light', 'dark', 'auto', 'high-contrast']

type Raw = Record<string, unknown>
const object = (value: unknown): Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Raw)
    : {}

/**
 * Whether the GDPR banner can be shown before the engine is loaded, and how: read from the
 * config's text without the validator, for a first-time visitor's view. Only a plain case
 * qualifies: the `gdpr` regime for certain (a `regime` of `gdpr`, or `auto` with a region
 * outside the US that the site does not map elsewhere), a `bar` or `box` layout, and the
 * banner shown on its own (`ui.autoShow`). Anything else, or anything unexpected, is left
 * to the engine (`undefined`). Showing a banner grants nothing: the engine, loaded when the
 * visitor acts, validates the config before any decision is made.
 *
 * @param raw The site's config as found, not validated (`undefined`: none).
 * @param region `data-region` (the config's `region` otherwise).
 * @returns The plan, or `undefined`.
 */
export function bannerPlan(
  raw: unknown,
  region: string | undefined
): BannerPlan | undefined {
  const config = raw === undefined ? {} : object(raw)
  if (raw !== undefined && config !== raw) return undefined
  const ui = object(config.ui)
  if (config.ui !== undefined && ui !== config.ui) return undefined
  const layout = ui.layout ?? 'bar'
  if ((layout !== 'bar' && layout !== 'box') || ui.autoShow === false) return undefined
  // As the core: the script tag's `data-region` wins over the config's `region`.
  const where = region ?? (typeof config.region === 'string' ? config.region : undefined)
  if (regimeOf(config, where) !== 'gdpr') return undefined
  const policy = config.privacyPolicyUrl
  return {
    layout,
    theme: THEMES.includes(ui.theme as ThemeName) ? (ui.theme as ThemeName) : 'light',
    language: typeof config.language === 'string' ? config.language : undefined,
    texts: object(config.texts) as BannerPlan['texts'],
    privacyPolicyUrl:
      typeof policy === 'string' && URL_PATTERN.test(policy) ? policy : undefined
  }
}

/** The regime when it is `gdpr` for certain (see `resolveRegime`); otherwise `undefined`. */
function regimeOf(config: Raw, region: string | undefined): 'gdpr' | undefined {
  const option = config.regime ?? 'auto'
  if (option === 'gdpr') return 'gdpr'
  if (option !== 'auto') return undefined
  if (!region) return 'gdpr'
  const code = region.toUpperCase()
  const country = code.slice(0, 2)
  if (country === 'US') return undefined
  const owner: Raw = {}
  for (const [key, value] of Object.entries(object(config.regionRegimes)))
    owner[key.toUpperCase()] = value
  return (owner[code] ?? owner[country] ?? 'gdpr') === 'gdpr' ? 'gdpr' : undefined
}
