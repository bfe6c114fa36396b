import { matchPattern } from '../../utils/match-pattern'
import { domainsUpTo, findRegistrableDomain, pathsFor } from './domains'

/**
 * Deletes the cookies whose names match `patterns` wherever this page could have set them:
 * host-only, and on the host and every parent domain down to the registrable domain (never
 * the public suffix), on `/` and every prefix of the current path. HttpOnly cookies are
 * invisible to the page and cannot be deleted here.
 *
 * @param document The document.
 * @param patterns Cookie names or `*` patterns.
 * @param exact Whether `patterns` are names to the letter, `*` too (the consent cookie's
 *   own name may have one).
 * @returns The names of the cookies it deleted.
 */
export function clearCookies(
  document: Document,
  patterns: readonly string[],
  exact?: boolean
): string[] {
  if (patterns.length === 0) return []
  let names: string[]
  try {
    names = document.cookie
      .split(';')
      .map((c) => c.trim().split('=')[0]!)
      .filter(
        (name) =>
          name &&
          (exact ? patterns.includes(name) : patterns.some((p) => matchPattern(name, p)))
      )
  } catch {
    return []
  }
  if (names.length === 0) return []
  const { hostname, pathname } = document.location
  const domains = domainsUpTo(hostname, findRegistrableDomain(document))
  const paths = pathsFor(pathname)
  const expired = 'expires=Thu, 01 Jan 1970 00:00:00 GMT'
  for (const name of new Set(names)) {
    for (const path of paths) {
      document.cookie = `${name}=; ${expired}; path=${path}`
      for (const domain of domains)
        document.cookie = `${name}=; ${expired}; path=${path}; domain=${domain}`
    }
  }
  return [...new Set(names)]
}

/**
 * Removes localStorage and sessionStorage keys matching `patterns`. Blocked storage is
 * skipped.
 *
 * @param window The window.
 * @param patterns Key names or `*` patterns.
 * @returns The keys it removed.
 */
export function clearStorage(window: Window, patterns: readonly string[]): string[] {
  const removed: string[] = []
  if (patterns.length === 0) return removed
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    try {
      const storage = window[area]
      const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '')
      for (const key of keys) {
        if (key && patterns.some((p) => matchPattern(key, p))) {
          storage.removeItem(key)
          removed.push(key)
        }
      }
    } catch {
      // Storage blocked: nothing stored there.
    }
  }
  return removed
}
