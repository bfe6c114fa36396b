import { idle } from '../../utils/idle'

/**
 * How long after another tab's signal its cookie is read again (see `watchTabs`): once
 * soon, and once late for a busy machine (a cookie has been seen to land here more than
 * half a second after its tab's `storage` event).
 */
export const SETTLE_MS = 500
export const LATE_MS = 2000

/**
 * `run` now, and again after SETTLE_MS and LATE_MS: another tab's signal may beat its
 * cookie here.
 */
const settle = (run: () => void) => () => {
  run()
  setTimeout(run, SETTLE_MS)
  setTimeout(run, LATE_MS)
}

/** A channel between the site's open tabs. */
export interface TabSync {
  /** Tells the other tabs that the stored choice changed. */
  announce(): void
  /** Closes the channel. */
  stop(): void
}

/**
 * Keeps the site's open tabs in step: a decision in one tab is announced on a
 * BroadcastChannel (same origin), and the others re-read the stored choice at once and
 * again a beat later (see `watchTabs`), withdrawal included. A tab that becomes visible
 * again re-reads it too, so nothing is missed where BroadcastChannel is missing or
 * refused (storage blocked) or a message was.
 *
 * @param cookieName The stored choice's cookie: one channel per cookie, so two configs on
 *   one site stay apart, and every file that opens it finds the same one.
 * @param onChange Called in the other tabs.
 * @returns The channel.
 */
export function syncTabs(
  cookieName: string,
  onChange: () => void,
  doc?: Document
): TabSync {
  const stopVisible = doc ? whenVisible(doc, onChange) : undefined
  let channel: BroadcastChannel | undefined
  try {
    channel = new BroadcastChannel(`consentry:${cookieName}`)
    channel.onmessage = settle(onChange)
  } catch {
    // No BroadcastChannel, or one the browser refuses: Firefox throws a SecurityError
    // where the visitor blocks cookies (and site storage with them). The tab re-reads
    // when it becomes visible again.
  }
  return {
    announce: () => channel?.postMessage('change'),
    stop: () => {
      channel?.close()
      stopVisible?.()
    }
  }
}

/** The part of a `cookieStore` `change` event read here. */
interface CookieChange extends Event {
  changed: ReadonlyArray<{ name: string }>
  deleted: ReadonlyArray<{ name: string }>
}

/**
 * Hears that another tab changed the stored choice without opening a channel, for a page
 * view that only reads the choice (the script tag's first file, on a returning view):
 *
 * - where the page has `cookieStore` (Chromium 87+, Safari 18.4+, Firefox 140+; secure
 *   pages only), the stored choice's own cookie `change` event: it comes once the other
 *   tab's cookie has landed, from a site's other subdomains too when the cookie is set on
 *   the parent domain, and opens nothing;
 * - elsewhere, the `storage` event of the record every decision the engine makes writes to
 *   localStorage under `key` (and a reset removes). Listening for it opens the page's
 *   storage area in Chromium, a round trip to the browser (4–6 ms at 4× CPU throttling);
 *   and the record and the cookie travel apart (localStorage and cookies are kept by
 *   different parts of a browser), so the record's event may come before the other tab's
 *   cookie can be read here: each call is made again after SETTLE_MS and LATE_MS.
 *
 * Either is listened for once the page is idle, and `onChange` is called then, for a
 * decision made meanwhile (and again after SETTLE_MS and LATE_MS without `cookieStore`).
 * A tab that becomes visible re-reads too; where neither can be heard (localStorage
 * blocked, no `cookieStore`), that is all there is.
 *
 * @param key The localStorage key every decision writes.
 * @param cookie The stored choice's cookie name.
 * @param onChange Called when another tab may have changed the choice; it re-reads the
 *   cookie, and does nothing when the choice is the same.
 * @param win The window.
 */
export function watchTabs(
  key: string,
  cookie: string,
  onChange: () => void,
  win: Window
): void {
  const hear = settle(onChange)
  whenVisible(win.document, onChange)
  idle(() => {
    const cookies = (win as { cookieStore?: EventTarget }).cookieStore
    if (cookies)
      cookies.addEventListener('change', (event) => {
        const { changed, deleted } = event as CookieChange
        if ([...changed, ...deleted].some((c) => c.name === cookie)) onChange()
      })
    else
      win.addEventListener('storage', (event) => {
        if (event.key === key || event.key === null) hear()
      })
    // A cookie that lands after this read fires its change event: one read is enough.
    ;(cookies ? onChange : hear)()
  })
}

/** Calls `run` whenever the document becomes visible; returns the way to stop. */
function whenVisible(doc: Document, run: () => void): () => void {
  const onVisible = () => {
    if (doc.visibilityState === 'visible') run()
  }
  doc.addEventListener('visibilitychange', onVisible)
  return () => doc.removeEventListener('visibilitychange', onVisible)
}
