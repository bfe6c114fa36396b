import type { Regime, RegimeOption, ResolvedConfig } from '../config/types'
import { OPT_IN_COUNTRIES } from './opt-in-countries'
import { US_STATE_LAWS } from './us-state-laws'

/**
 * Picks the regime for a visitor (CONTRACT.md §5).
 *
 * Precedence for `auto`: the owner's entry for the exact region; a US state with its own
 * privacy law (`us`); the owner's entry for the country; the built-in country table
 * (opt-in countries `gdpr`, the rest of the US `us`); otherwise the strictest, `gdpr`.
 *
 * @param option The configured regime.
 * @param region ISO 3166 code such as `DE` or `US-CA`, or `undefined` when unknown.
 * @param ownerMap The owner's `regionRegimes`.
 * @returns The regime in force.
 */
export function resolveRegime(
  option: RegimeOption,
  region: string | undefined,
  ownerMap: Readonly<Record<string, Regime>> = {}
): Regime {
  if (option !== 'auto') return option
  if (!region) return 'gdpr'
  const code = region.toUpperCase()
  const country = code.slice(0, 2)
  return (
    ownerMap[code] ??
    (US_STATE_LAWS[code] ? 'us' : undefined) ??
    ownerMap[country] ??
    (OPT_IN_COUNTRIES.includes(country) ? 'gdpr' : undefined) ??
    (country === 'US' ? 'us' : 'gdpr')
  )
}

/**
 * The regime a validated config gives a visitor: {@link resolveRegime} with the config's
 * option and owner's map, for `region` (the page's, such as the script tag's
 * `data-region`) or else the config's own. The one rule for the engine's core and the
 * validator file.
 *
 * @param config The validated config.
 * @param region The visitor's region as the page gives it, if it does.
 * @returns The regime in force.
 */
export const regimeOf = (
  config: Pick<ResolvedConfig, 'regime' | 'region' | 'regionRegimes'>,
  region: string | undefined
): Regime => resolveRegime(config.regime, region ?? config.region, config.regionRegimes)
