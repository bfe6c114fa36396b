import Cookies from 'js-cookie'
import type { StorageEngine } from '../../core/storage/types'

/**
 * A storage engine on first-party cookies, through js-cookie. `Secure` is added on https
 * pages (and is required by browsers for `SameSite=None`). Reading or writing may throw
 * where cookies are blocked (a sandboxed iframe); Consentry catches that.
 *
 * @returns The engine.
 */
export function cookieStorage(): StorageEngine {
  return {
    get: (name) => Cookies.get(name),
    set: (name, value, attributes) => {
      Cookies.set(name, value, { ...attributes, secure: attributes.secure ?? isHttps() })
    },
    remove: (name, attributes) => {
      Cookies.remove(name, { ...attributes, secure: attributes.secure ?? isHttps() })
    }
  }
}

function isHttps(): boolean {
  return typeof location !== 'undefined' && location.protocol === 'https:'
}
