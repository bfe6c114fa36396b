import { domainsUpTo, findRegistrableDomain, pathsFor } from './domains'

/**
 * Deletes the cookies whose names `matches` wherever this page could have set them:
 * host-only, and on the host and every parent domain down to the registrable domain (never
 * the public suffix), on `/` and every prefix of the current path. HttpOnly cookies are
 * invisible to the page and cannot be deleted here.
 *
 * @param document The document.
 * @param matches Whether a cookie, by its name, is to go.
 * @returns The names of the cookies it deleted.
 */
export function clearCookies(
  document: Document,
  matches: (name: string) => boolean
): string[] {
  let names: string[]
  try {
    names = document.cookie
      .split(';')
      .map((c) => c.trim().split('=')[0]!)
      .filter((name) => name && matches(name))
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
 * Removes the localStorage and sessionStorage keys `matches`. Blocked storage is skipped.
 *
 * @param window The window.
 * @param matches Whether a key is to go.
 * @returns The keys it removed.
 */
export function clearStorage(
  window: Window,
  matches: (key: string) => boolean
): string[] {
  const removed: string[] = []
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    try {
      const storage = window[area]
      const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '')
      for (const key of keys) {
        if (key && matches(key)) {
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
