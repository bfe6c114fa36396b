import {
  failedConfig,
  validateConfig,
  type ConfigResult
} from '../../core/config/validate'

/** Id of the inline JSON config element (CONTRACT.md §2). */
export const INLINE_CONFIG_ID = 'consentry-config'

/**
 * Finds the page's config (CONTRACT.md §2) in this order: `window.consentryConfig`, the
 * inline `<script type="application/json" id="consentry-config">`, then the script tag's
 * `data-config` URL. The first two are read at once; a URL is fetched, and until it
 * arrives nothing non-essential runs.
 *
 * @param win The window.
 * @param configUrl The script tag's `data-config`, if any.
 * @returns The validated config, now or once fetched; never rejects.
 */
export function loadConfig(
  win: Window & { consentryConfig?: unknown },
  configUrl: string | null
): ConfigResult | Promise<ConfigResult> {
  if (win.consentryConfig !== undefined) return validateConfig(win.consentryConfig)
  const inline = win.document.getElementById(INLINE_CONFIG_ID)
  if (inline) {
    try {
      return validateConfig(JSON.parse(inline.textContent ?? ''))
    } catch (error) {
      return failedConfig(
        `#${INLINE_CONFIG_ID}: expected valid JSON (${messageOf(error)})`
      )
    }
  }
  if (configUrl) return fetchConfig(win, configUrl)
  return validateConfig(undefined)
}

async function fetchConfig(win: Window, url: string): Promise<ConfigResult> {
  const where = `data-config "${url}"`
  try {
    const response = await win.fetch(url, { credentials: 'same-origin' })
    if (!response.ok) {
      return failedConfig(`${where}: expected a JSON file, got HTTP ${response.status}`)
    }
    const text = await response.text()
    try {
      return validateConfig(JSON.parse(text))
    } catch (error) {
      return failedConfig(`${where}: expected valid JSON (${messageOf(error)})`)
    }
  } catch (error) {
    return failedConfig(`${where}: could not be fetched (${messageOf(error)})`)
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
