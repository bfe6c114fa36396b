import {
  failedConfig,
  validateConfig,
  type ConfigResult
} from '../../core/config/validate'
import type { RawConfig } from './read'

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
