import type { StorageEngine } from './types'

/**
 * A storage engine that keeps values in memory: for tests, server rendering, and as the
 * fallback where cookies are blocked.
 *
 * @param initial Values to start with.
 * @returns A fresh engine.
 */
export function memoryStorage(initial: Record<string, string> = {}): StorageEngine {
  const values = new Map(Object.entries(initial))
  return {
    get: (name) => values.get(name),
    set: (name, value) => void values.set(name, value),
    remove: (name) => void values.delete(name)
  }
}
