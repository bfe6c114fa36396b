import type { GatingConfig, Regime } from '../../core/config/types'
import { decodeChoice, regimeOf } from '../../core/consent/codec'
import type { ConsentRecord } from '../../core/consent/record'
import type { StoredChoice } from '../../core/consent/types'
import { fnv1a } from '../../utils/fnv1a'
import type { RawConfig } from '../config-source/read'

/**
 * Reads one localStorage entry: `null` or `undefined` where it is missing or storage is
 * blocked or fails to read (the script tag's reader never throws).
 */
export type StoredItem = (key: string) => string | null | undefined

/** The localStorage key of the remembered config. */
export const BOOT_CACHE_KEY = 'consentry:boot'

/**
 * What the engine leaves for the script tag's next page view: the gating part of a config
 * it validated, the regime it resolved, and the key of the inputs they came from.
 */
export interface BootCache {
  key: string
  regime: Regime
  config: GatingConfig
}

/**
 * The key of everything a validated config and its regime depend on: the SDK version,
 * the visitor's region and the config's text. Any change to one of them misses the cache
 * and the key stamped in the stored choice (see `encodeChoice`). Cookie-safe: at most 11
 * characters in [0-9a-z].
 *
 * @param version The SDK version.
 * @param region The visitor's region (`data-region`).
 * @param raw The config as found.
 * @returns The key, or `undefined` when the config has no text (it is then never cached).
 */
export function configKey(
  version: string,
  region: string | undefined,
  raw: RawConfig
): string | undefined {
  if (raw.error !== undefined || raw.text === undefined) return undefined
  const input = `${version}\n${region ?? ''}\n${raw.text}`
  return fnv1a(input).toString(36).padStart(7, '0') + input.length.toString(36)
}

/**
 * A config known from the stored choice alone, without localStorage: the engine stamps the
 * choice with the config's key once it has validated this very text and checked that
 * `gatingFromRaw` reads it as the validator does (`encodeChoice`).
 *
 * @param config The config's gating part read from its text (`gatingFromRaw`), if any.
 * @param key {@link configKey} of this page view.
 * @param read Reads a cookie by name.
 * @param now The current time in milliseconds.
 * @returns The config and the stored choice, or `undefined` (no choice, or not stamped
 *   for this key).
 */
export function stampedChoice(
  config: GatingConfig | undefined,
  key: string | undefined,
  read: (name: string) => string | undefined,
  now: number
): { cache: BootCache; stored: StoredChoice } | undefined {
  if (!key || !config) return undefined
  const value = read(config.cookie.name)
  const regime = regimeOf(value)
  const stored = regime && decodeChoice(config, regime, value, now)
  return stored && stored.key === key
    ? { cache: { key, regime, config }, stored }
    : undefined
}

/**
 * Reads the remembered config, if it was left for this key. Storage that is missing,
 * blocked or holds anything else reads as nothing.
 *
 * @param read Reads a localStorage entry.
 * @param key {@link configKey} of this page view.
 * @returns The remembered config, or `undefined`.
 */
export function readBootCache(
  read: StoredItem,
  key: string | undefined
): BootCache | undefined {
  if (!key) return undefined
  try {
    const cache = JSON.parse(read(BOOT_CACHE_KEY) ?? 'null') as BootCache
    const config = cache?.config
    return cache?.key === key &&
      ['gdpr', 'us', 'none'].includes(cache.regime) &&
      Array.isArray(config?.categories) &&
      Array.isArray(config.vendors) &&
      typeof config.cookie?.name === 'string'
      ? cache
      : undefined
  } catch {
    return undefined
  }
}

/**
 * Remembers a validated config for the next page view; a failure (storage full, blocked)
 * only means the next view validates again.
 *
 * @param storage `localStorage`, or nothing.
 * @param cache What to remember.
 */
export function writeBootCache(
  storage: () => Storage | undefined,
  cache: BootCache
): void {
  try {
    const text = JSON.stringify(cache)
    if (storage()?.getItem(BOOT_CACHE_KEY) !== text)
      storage()?.setItem(BOOT_CACHE_KEY, text)
  } catch {
    // Remembering is an optimisation: without it the engine loads on every page view.
  }
}

/** The localStorage key of the latest decision's record. */
export const RECORD_CACHE_KEY = 'consentry:record'

/**
 * Remembers the record of the decision in force, so that `getRecord()` answers on a page
 * view that never loads the engine.
 *
 * @param storage `localStorage`, or nothing.
 * @param record The record, or `undefined` when nothing is decided.
 */
export function rememberRecord(
  storage: () => Storage | undefined,
  record: ConsentRecord | undefined
): void {
  try {
    if (record) storage()?.setItem(RECORD_CACHE_KEY, JSON.stringify(record))
    else storage()?.removeItem(RECORD_CACHE_KEY)
  } catch {
    // Without storage the engine loads on every page view and builds the record itself.
  }
}

/**
 * The remembered record, if it is the one of the decision in force (same id).
 *
 * @param read Reads a localStorage entry.
 * @param id The id of the stored choice in force.
 * @returns The record, or `undefined`.
 */
export function rememberedRecord(
  read: StoredItem,
  id: string | undefined
): ConsentRecord | undefined {
  try {
    const record = JSON.parse(read(RECORD_CACHE_KEY) ?? 'null') as ConsentRecord
    return id && record?.id === id ? record : undefined
  } catch {
    return undefined
  }
}
