/** Id of the inline JSON config element (CONTRACT.md §2). */
export const INLINE_CONFIG_ID = 'consentry-config'

/**
 * The page's config as found, before validation: its value and the text it was read from
 * (the key under which a validated copy is remembered), or why it could not be read.
 */
export type RawConfig =
  | {
      value: unknown
      text: string | undefined
      /** The page still holds the value (`window.consentryConfig`) and may change it. */
      live?: true
      error?: undefined
    }
  | { error: ReadFailure }

/**
 * Why the config could not be read, as data: the engine, which reports it, words it (see
 * `describeFailure`), so that the first file carries no message text. `url`: the
 * `data-config` URL (none: the inline element).
 */
export type ReadFailure =
  | { url?: string; json: unknown } // not JSON: the parser's error
  | { url: string; status: number } // a failed fetch: its HTTP status
  | { url: string; fetch: unknown } // no response: the fetch's error

/**
 * Finds the page's config (CONTRACT.md §2) in this order: `window.consentryConfig`, the
 * inline `<script type="application/json" id="consentry-config">`, then the script tag's
 * `data-config` URL. The first two are read at once; a URL is fetched.
 *
 * @param win The window.
 * @param configUrl The script tag's `data-config`, if any.
 * @returns The config as found, now or once fetched; never rejects.
 */
export function readConfig(
  win: Window & { consentryConfig?: unknown },
  configUrl: string | null
): RawConfig | Promise<RawConfig> {
  if (win.consentryConfig !== undefined) {
    const value = win.consentryConfig
    let text: string | undefined
    try {
      text = JSON.stringify(value)
    } catch {
      // Not JSON (a cycle, a BigInt): validated on every page view, never remembered.
    }
    return { value, text, live: true }
  }
  const inline = win.document.getElementById(INLINE_CONFIG_ID)
  if (inline) return parse(inline.textContent ?? '')
  if (configUrl) return fetchConfig(win, configUrl)
  return { value: undefined, text: '' }
}

function parse(text: string, url?: string): RawConfig {
  try {
    return { value: JSON.parse(text), text }
  } catch (json) {
    return { error: { url, json } }
  }
}

async function fetchConfig(win: Window, url: string): Promise<RawConfig> {
  try {
    // Fetched from a microtask, where the stack DevTools records for the request is short
    // (see `loadScriptFile`).
    await undefined
    const response = await win.fetch(url, { credentials: 'same-origin' })
    if (!response.ok) return { error: { url, status: response.status } }
    return parse(await response.text(), url)
  } catch (fetch) {
    return { error: { url, fetch } }
  }
}
