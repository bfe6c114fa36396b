/** A channel between the site's open tabs. */
export interface TabSync {
  /** Tells the other tabs that the stored choice changed. */
  announce(): void
  /** Closes the channel. */
  stop(): void
}

/**
 * Keeps the site's open tabs in step: a decision in one tab is announced on a
 * BroadcastChannel (same origin), and the others re-read the stored choice at once,
 * withdrawal included. A tab that becomes visible again re-reads it too, so nothing is
 * missed where BroadcastChannel is missing or a message was.
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
  const onVisible = () => {
    if (doc?.visibilityState === 'visible') onChange()
  }
  doc?.addEventListener('visibilitychange', onVisible)
  const channel =
    typeof BroadcastChannel === 'undefined'
      ? undefined
      : new BroadcastChannel(`consentry:${cookieName}`)
  if (channel) channel.onmessage = () => onChange()
  return {
    announce: () => channel?.postMessage('change'),
    stop: () => {
      channel?.close()
      doc?.removeEventListener('visibilitychange', onVisible)
    }
  }
}
