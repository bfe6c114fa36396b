import Cookies from 'js-cookie'
import type { StorageAttributes, StorageEngine } from '../../core/storage/types'
import { clearCookies } from '../cookie-cleanup/index'

/**
 * A storage engine on first-party cookies, through js-cookie. `Secure` is added on https
 * pages (and is required by browsers for `SameSite=None`). Reading or writing may throw
 * where cookies are blocked (a sandboxed iframe); Consentry catches that.
 *
 * Copies of the same name set with other attributes (a site that changed `cookie.domain`
 * or `cookie.path`: an old host-only cookie beside the new parent-domain one) are listed
 * by the browser before or after the one written, and the first wins on every read. So a
 * write or a removal that does not read back as meant removes every copy the page can
 * reach, then writes again.
 *
 * @returns The engine.
 */
export function cookieStorage(): StorageEngine {
  const get = (name: string) => Cookies.get(name)
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
    if (get(name) !== value && clearCookies(document, [name]).length) apply()
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
