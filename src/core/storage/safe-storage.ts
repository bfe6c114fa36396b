import { memoryStorage } from './memory-storage'
import type { StorageEngine } from './types'

/**
 * Wraps an engine so that it never throws: the first failure is reported once and from
 * then on values live in memory for the rest of the page view. A value written that does
 * not read back is a failure too: a browser may drop a cookie without a word (Firefox's
 * "Block all cookies", a `domain` or `path` the page is not on, `SameSite=None` on
 * http), and the next read would otherwise find no choice where one was just made.
 *
 * @param engine The engine to guard.
 * @param onFailure Called once, with the error, when the engine first throws.
 * @returns An engine that never throws.
 */
export function safeStorage(
  engine: StorageEngine,
  onFailure: (error: unknown) => void
): StorageEngine {
  let active = engine
  let fallback: StorageEngine | undefined
  const guard = <T>(run: (e: StorageEngine) => T): T => {
    try {
      return run(active)
    } catch (error) {
      if (!fallback) {
        fallback = memoryStorage()
        active = fallback
        onFailure(error)
      }
      return run(active)
    }
  }
  return {
    get: (name) => guard((e) => e.get(name)),
    set: (name, value, attributes) =>
      guard((e) => {
        e.set(name, value, attributes)
        if (e.get(name) !== value) throw new Error(`the browser did not keep "${name}"`)
      }),
    remove: (name, attributes) => guard((e) => e.remove(name, attributes))
  }
}
