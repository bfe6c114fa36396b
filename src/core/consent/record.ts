import type { ResolvedConfig } from '../config/types'
import { taxonomyHash } from './codec'
import type { ConsentState, OptOut } from './types'

/** Proof of one decision, as a site owner keeps it (CONTRACT.md §4 `getRecord()`). */
export interface ConsentRecord {
  /** Record id, also stored in the cookie. */
  id: string
  /** ISO 8601, when the choice was made. */
  timestamp: string
  /** ISO 8601, when the stored choice expires. */
  expires: string
  regime: ConsentState['regime']
  /** The visitor's region, when known. */
  region?: string
  method: ConsentState['method']
  categories: Record<string, boolean>
  vendors: Record<string, boolean>
  optOut: OptOut
  gpc: boolean
  /** Config revision the choice was made under. */
  revision: number
  /** Hash of the categories and vendors offered (see the cookie encoding). */
  configHash: string
  /** UI language, when known. */
  language?: string
  /** Consentry version. */
  version: string
}

/**
 * Builds the record of the decision behind a state.
 *
 * @param config The resolved config.
 * @param state A decided state with an id and timestamp.
 * @param extra Region, language and SDK version.
 * @returns The record, or `undefined` when the state holds no recorded decision.
 */
export function buildRecord(
  config: ResolvedConfig,
  state: ConsentState,
  extra: { region: string | undefined; language: string | undefined; version: string }
): ConsentRecord | undefined {
  if (!state.decided || !state.id || !state.timestamp) return undefined
  const expires = new Date(
    Date.parse(state.timestamp) + config.cookie.expiryDays * 86400000
  )
  return {
    id: state.id,
    timestamp: state.timestamp,
    expires: expires.toISOString(),
    regime: state.regime,
    ...(extra.region ? { region: extra.region } : {}),
    method: state.method,
    categories: { ...state.categories },
    vendors: { ...state.vendors },
    optOut: { ...state.optOut },
    gpc: state.gpc,
    revision: state.revision,
    configHash: taxonomyHash(config),
    ...(extra.language ? { language: extra.language } : {}),
    version: extra.version
  }
}
