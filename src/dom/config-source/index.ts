import {
  failedConfig,
  validateConfig,
  type ConfigResult
} from '../../core/config/validate'
import { readConfig, type RawConfig } from './read'

export { INLINE_CONFIG_ID, readConfig, type RawConfig } from './read'

/**
 * Validates a config as found by {@link readConfig}.
 *
 * @param raw The config as found.
 * @returns The validation result; an unreadable config fails closed.
 */
export function validateRaw(raw: RawConfig): ConfigResult {
  if (raw.error !== undefined) return failedConfig(raw.error)
  try {
    return validateConfig(raw.value)
  } catch (error) {
    // A config that throws while being read (a hostile getter): fail closed.
    return failedConfig(`config: could not be read (${String(error)})`)
  }
}

/**
 * Finds and validates the page's config (see {@link readConfig}): now, or once fetched;
 * until a fetched config arrives nothing non-essential runs.
 *
 * @param win The window.
 * @param configUrl The script tag's `data-config`, if any.
 * @returns The validated config; never rejects.
 */
export function loadConfig(
  win: Window & { consentryConfig?: unknown },
  configUrl: string | null
): ConfigResult | Promise<ConfigResult> {
  const raw = readConfig(win, configUrl)
  return raw instanceof Promise ? raw.then(validateRaw) : validateRaw(raw)
}
