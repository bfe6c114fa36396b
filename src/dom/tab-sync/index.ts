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
 * withdrawal included. Where BroadcastChannel is missing, nothing is synced.
 *
 * @param name The channel name (per cookie name, so two configs on one site stay apart).
 * @param onChange Called in the other tabs.
 * @returns The channel.
 */
export function syncTabs(name: string, onChange: () => void): TabSync {
  if (typeof BroadcastChannel === 'undefined') return { announce() {}, stop() {} }
  const channel = new BroadcastChannel(name)
  channel.onmessage = () => onChange()
  return {
    announce: () => channel.postMessage('change'),
    stop: () => channel.close()
  }
}
