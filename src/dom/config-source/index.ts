import {
  failedConfig,
  validateConfig,
  type ConfigResult
} from '../../core/config/validate'
import { INLINE_CONFIG_ID, type RawConfig, type ReadFailure } from './read'

export { INLINE_CONFIG_ID, readConfig, type RawConfig, type ReadFailure } from './read'

/**
 * Words why a config could not be read (see {@link readConfig}), naming where it was
 * looked for.
 *
 * @param failure What `readConfig` found.
 * @returns The error, such as
 *   `data-config "/consent.json": expected a JSON file, got HTTP 404`.
 */
export function describeFailure(failure: ReadFailure): string {
  const where = failure.url ? `data-config "${failure.url}"` : `#${INLINE_CONFIG_ID}`
  if ('json' in failure)
    return `${where}: expected valid JSON (${messageOf(failure.json)})`
  if ('status' in failure)
    return `${where}: expected a JSON file, got HTTP ${failure.status}`
  return `${where}: could not be fetched (${messageOf(failure.fetch)})`
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Validates a config as found by {@link readConfig}.
 *
 * @param raw The config as found.
 * @returns The validation result; an unreadable config fails closed.
 */
export function validateRaw(raw: RawConfig): ConfigResult {
  if (raw.error !== undefined) return failedConfig(describeFailure(raw.error))
  return validateValue(raw.value)
}

/**
 * Validates a config's value (see {@link validateRaw}, which reads it first), never
 * throwing.
 *
 * @param value The config's value.
 * @returns The validation result; a config that throws when read fails closed.
 */
export function validateValue(value: unknown): ConfigResult {
  try {
    return validateConfig(value)
  } catch (error) {
    // A config that throws while being read (a hostile getter): fail closed.
    return failedConfig(`config: could not be read (${String(error)})`)
  }
}
