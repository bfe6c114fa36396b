import Cookies from 'js-cookie'
import type { StorageAttributes, StorageEngine } from '../../core/storage/types'
import { clearCookies } from '../cookie-cleanup/index'
import { readCookie } from './read-cookie'

/**
 * A storage engine on first-party cookies, through js-cookie. `Secure` is added on https
 * pages (and is required by browsers for `SameSite=None`). Reading or writing may throw
 * where cookies are blocked (a sandboxed iframe); Consentry catches that.
 *
 * Attributes the browser would refuse on this page are left out, with a console warning
 * naming the field, instead of the choice being lost after each page view (the banner
 * again and again, the most common fault of a consent set-up): a `cookie.domain` that is
 * not this host or a parent of it (a site's domain on `localhost`, a staging host or a
 * preview deploy) keeps the choice for this host alone, a `cookie.path` that does not
 * hold this page is `/` there, and `SameSite=None` on an http page (refused without
 * `Secure`) is `Lax` there.
 *
 * Values are read with {@link readCookie}: copies of the same name that differ (set with
 * other attributes: a site that changed `cookie.domain` or `cookie.path`) come back
 * together. So a write or a removal that does not read back as meant removes every copy
 * the page can reach, then writes again.
 *
 * @param warn Where the warnings go (each is given once).
 * @returns The engine.
 */
export function cookieStorage(
  warn: (message: string) => void = (message) => console.warn(message)
): StorageEngine {
  // `document.cookie` read here, not through `allCookies`: blocked cookies throw, for
  // `safeStorage` to hear.
  const get = (name: string) => readCookie(name, document.cookie)
  const warned = new Set<string>()
  const refuse = (message: string) => {
    if (!warned.has(message)) warn(`Consentry: ${message}`)
    warned.add(message)
  }
  const write = (
    name: string,
    value: string | undefined,
    attributes: StorageAttributes
  ) => {
    const options = {
      ...attributes,
      secure: attributes.secure ?? location.protocol === 'https:'
    }
    const host = location.hostname
    const domain = options.domain?.replace(/^\./, '').toLowerCase()
    // A dotless host (`localhost`) takes no domain attribute at all.
    if (domain && !(host.includes('.') && `.${host}`.endsWith(`.${domain}`))) {
      refuse(
        `cookie.domain "${options.domain}" does not cover "${host}"; kept for "${host}"`
      )
      delete options.domain
    }
    // A path that does not hold this page: the cookie would be written but never read here.
    const { path } = options
    if (path && !`${location.pathname}/`.startsWith(path.replace(/\/?$/, '/'))) {
      refuse(`cookie.path "${path}" does not hold "${location.pathname}"; "/" here`)
      options.path = '/'
    }
    if (options.sameSite === 'None' && !options.secure) {
      refuse('cookie.sameSite "None" needs https; "Lax" here')
      options.sameSite = 'Lax'
    }
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
