import type { ResolvedConfig } from '../../core/config/types'
import type { ConsentState } from '../../core/consent/types'
import { clearCookies, clearStorage } from '../cookie-cleanup/index'
import type { GatedRun } from '../gate/index'

/**
 * Undoes what a state no longer allows: deletes the first-party cookies and storage keys of
 * every vendor that is not granted (third-party cookies are the vendor's own and out of the
 * page's reach), and reloads the page once if code that already ran is now withdrawn, since
 * it cannot be unloaded. After the reload the gate keeps it from running again.
 *
 * @param document The document.
 * @param config The resolved config.
 * @param state The consent state now.
 * @param ran What the gate has released on this page.
 * @returns Whether a reload was started.
 */
export function applyWithdrawal(
  document: Document,
  config: ResolvedConfig,
  state: ConsentState,
  ran: readonly GatedRun[]
): boolean {
  const denied = config.vendors.filter((v) => !state.vendors[v.id])
  clearCookies(
    document,
    denied.flatMap((v) => v.cookies.filter((c) => !c.thirdParty).map((c) => c.name))
  )
  const window = document.defaultView
  if (window)
    clearStorage(
      window,
      denied.flatMap((v) => v.storage ?? [])
    )
  const withdrawn = ran.some(
    ({ category, vendor }) =>
      !state.categories[category] || (vendor !== undefined && !state.vendors[vendor])
  )
  if (withdrawn && config.reloadOnWithdraw && window) {
    window.location.reload()
    return true
  }
  return false
}
