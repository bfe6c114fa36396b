/** What `useStore` reads: a nanostores atom, or the UI's own view store. */
export interface Readable<T> {
  get(): T
  /** Calls `listener` on every change; returns the way to stop. */
  listen(listener: (value: T) => void): () => void
}

/**
 * The UI's own store of which views are open: one value and its listeners. The script
 * tag's UI file would otherwise bundle nanostores for this alone (0.3 kB gzip); the
 * consent state stays the page's nanostores store.
 *
 * @param initial The first value.
 * @returns The store; `set` notifies every listener.
 */
export function viewStore<T>(initial: T): Readable<T> & { set(value: T): void } {
  let value = initial
  const listeners = new Set<(value: T) => void>()
  return {
    get: () => value,
    listen(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    set(next) {
      value = next
      for (const listener of [...listeners]) listener(next)
    }
  }
}
