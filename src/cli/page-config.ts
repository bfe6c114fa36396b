import { INLINE_CONFIG_ID } from '../dom/config-source/read'
import { htmlTags } from './html-tags'

/** A page's config as the command line can read it, or why it cannot. */
export type PageConfig =
  | {
      /** The config's JSON text (`{}` for a page with none: the default taxonomy). */
      text: string
      /** Where it came from, for the report. */
      source: string
    }
  | { unreadable: string }

/**
 * Finds a page's config in its HTML, in the order the script tag looks (CONTRACT.md §2,
 * `readConfig`): `window.consentryConfig`, which only running the page's scripts could
 * read; the inline `<script type="application/json" id="consentry-config">`; the script
 * tag's `data-config` URL, which names a file on the site, not here.
 *
 * @param html The page's HTML.
 * @returns The config's text, or why it cannot be read here.
 */
export function configOfPage(html: string): PageConfig {
  let inline: string | undefined
  let url: string | undefined
  for (const { tag, attributes, body } of htmlTags(html)) {
    if (tag !== 'script') continue
    if (
      body &&
      /\bconsentryConfig\b/.test(body) &&
      attributes.get('type') !== 'application/json'
    )
      return {
        unreadable:
          'the page sets window.consentryConfig in a script, which this command does not ' +
          'run: save the config as JSON and check that file'
      }
    if (attributes.get('id') === INLINE_CONFIG_ID) inline ??= body ?? ''
    url ??= attributes.get('data-config')
  }
  if (inline !== undefined) return { text: inline, source: `inline #${INLINE_CONFIG_ID}` }
  if (url !== undefined)
    return {
      unreadable:
        `the page fetches its config from ${url} (data-config): check that file, with ` +
        '--page for this page'
    }
  return { text: '{}', source: 'none: the default taxonomy' }
}
