import type { ResolvedConfig } from '../core/config/types'
import { OWN_KEY_PREFIX } from '../core/storage/own-keys'
import { isPlainObject } from '../utils/is-plain-object'
import { matchPattern } from '../utils/match-pattern'

/**
 * Whether a pattern (`*` for any run of characters) matches some name that starts with
 * `prefix`: `*` and `consentry:*` do for `consentry:`, `consentry` does not.
 */
function matchesPrefix(pattern: string, prefix: string): boolean {
  const literal = pattern.split('*')[0]!
  return pattern.includes('*')
    ? literal.startsWith(prefix) || prefix.startsWith(literal)
    : pattern.startsWith(prefix)
}

/**
 * A vendor's cookie or storage pattern that also matches Consentry's own (the consent
 * cookie, the `consentry:` keys). Withdrawing the vendor leaves those alone, since deleting
 * them would forget the withdrawal itself and the records not yet sent, so the pattern
 * does less than the site meant. The page spares them without a word (a warning there
 * would cost every visitor its bytes): only the command line tells.
 *
 * @param config A valid config, as the page runs on it.
 * @param raw The config as written, to name each vendor by its place in `vendors`.
 * @returns One warning per pattern, each naming its field.
 * @example
 * checkOwnNames(validateConfig({ cookie: { name: '_ga_consent' } }).config, {})
 * // ['vendor "google-analytics".cookies[1].name: "_ga_*" also matches the consent cookie "_ga_consent"; …']
 */
export function checkOwnNames(config: ResolvedConfig, raw: unknown): string[] {
  const listed = isPlainObject(raw) && Array.isArray(raw.vendors) ? raw.vendors : []
  const own = config.cookie.name
  const warnings: string[] = []
  for (const vendor of config.vendors) {
    const i = listed.findIndex((v) => (isPlainObject(v) ? v.id : v) === vendor.id)
    const at = i < 0 ? `vendor "${vendor.id}"` : `vendors[${i}]`
    const spared = `withdrawing ${vendor.name} leaves Consentry's own alone`
    vendor.cookies.forEach(({ name }, j) => {
      if (matchPattern(own, name))
        warnings.push(
          `${at}.cookies[${j}].name: "${name}" also matches the consent cookie "${own}"; ${spared}`
        )
    })
    vendor.storage?.forEach((name, j) => {
      if (matchesPrefix(name, OWN_KEY_PREFIX))
        warnings.push(
          `${at}.storage[${j}]: "${name}" also matches the "${OWN_KEY_PREFIX}" keys; ${spared}`
        )
    })
  }
  return warnings
}
