import type { SameSite } from '../config/types'

/** Cookie attributes a storage engine honours where it can. */
export interface StorageAttributes {
  /** Days until expiry. */
  expires?: number
  path?: string
  domain?: string
  sameSite?: SameSite
  secure?: boolean
}

/**
 * Where the stored choice lives: the cookie engine in browsers, memory in tests and on
 * the server. Engines may throw (a browser with cookies blocked): Consentry catches that
 * and carries on in memory.
 */
export interface StorageEngine {
  /** The value under `name`, or `undefined`. */
  get(name: string): string | undefined
  /** Stores `value` under `name`. */
  set(name: string, value: string, attributes: StorageAttributes): void
  /** Removes `name`. */
  remove(name: string, attributes: StorageAttributes): void
}
