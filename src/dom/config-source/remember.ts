import type { ConfigResult } from '../../core/config/validate'
import { configKey } from '../boot-cache/index'
import type { RawConfig } from './read'

declare const __CONSENTRY_VERSION__: string

/**
 * The key under which a config the engine or the validator file validated may be
 * remembered for the next page view (`writeBootCache`, the key stamped in the stored
 * choice): that of a valid config with a text, which the page has not changed since the
 * first file read it.
 *
 * @param raw The config as the first file found it.
 * @param region `data-region`.
 * @param result What the validator found.
 * @returns The key, or `undefined` when the config may not be remembered.
 */
export function rememberKey(
  raw: RawConfig,
  region: string | undefined,
  result: ConfigResult
): string | undefined {
  const key = configKey(__CONSENTRY_VERSION__, region, raw)
  return key && !result.failClosed && unchanged(raw) ? key : undefined
}

/**
 * Whether the config validated now is still the one its key was made from: a page may
 * change `window.consentryConfig` after the first file read it, and a config remembered
 * under the old text would then be applied to it on the next view.
 */
function unchanged(raw: RawConfig): boolean {
  if (raw.error !== undefined) return false
  if (!raw.live) return true // parsed by Consentry from text: nobody else holds it
  try {
    return JSON.stringify(raw.value) === raw.text
  } catch {
    return false
  }
}
