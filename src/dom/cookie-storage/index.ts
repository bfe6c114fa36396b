import Cookies from 'js-cookie'
import type { StorageAttributes, StorageEngine } from '../../core/storage/types'
import { clearCookies } from '../cookie-cleanup/index'
import { readCookie } from './read-cookie'

/**
 * A storage engine on first-party cookies, through js-cookie. `Secure` is added on https
 * pages (and is required by browsers for `SameSite=None`). Reading or writing may throw
 * where cookies are blocked (a sandboxed iframe); Consentry catches that.
 *
 * Values are read with {@link readCookie}: copies of the same name that differ (set with
 * other attributes: a site that changed `cookie.domain` or `cookie.path`) come back
 * together. So a write or a removal that does not read back as meant removes every copy
 * the page can reach, then writes again.
 *
 * @returns The engine.
 */
export function cookieStorage(): StorageEngine {
  // `document.cookie` read here, not through `allCookies`: blocked cookies throw, for
  // `safeStorage` to hear.
  const get = (name: string) => readCookie(name, document.cookie)
  const write = (
    name: string,
    value: string | undefined,
    attributes: StorageAttributes
  ) => {
    const options = { ...attributes, secure: attributes.secure ?? isHttps() }
    const apply = () =>
      value === undefined
        ? Cookies.remove(name, options)
        : Cookies.set(name, value, options)
    apply()
    if (get(name) !== value && clearCookies(document, (n) => n === name).length) apply()
  }
  return {
    get,
    set: write,
    remove: (name, attributes) => write(name, undefined, attributes)
  }
}

function isHttps(): boolean {
  return typeof location !== 'undefined' && location.protocol === 'https:'
}
