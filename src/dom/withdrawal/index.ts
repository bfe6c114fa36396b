import type { ResolvedConfig } from '../../core/config/types'
import type { ConsentState } from '../../core/consent/types'
import { OWN_KEY_PREFIX } from '../../core/storage/own-keys'
import { matchPattern } from '../../utils/match-pattern'
import { clearCookies, clearStorage } from '../cookie-cleanup/index'
import type { GatedRun } from '../gate/index'

/**
 * Undoes what a state no longer allows: deletes the first-party cookies and storage keys of
 * every vendor that is not granted (third-party cookies are the vendor's own and out of the
 * page's reach), and reloads the page once if code that already ran is now withdrawn, since
 * it cannot be unloaded. After the reload the gate keeps it from running again.
 *
 * The reload waits for `settle` (the record of the decision on its way to the endpoint: a
 * page gone before the answer keeps the record, and the next view fetches the engine to
 * send it again), and the cookies and storage keys are deleted once more just before it,
 * in case code still running set them meanwhile.
 *
 * @param document The document.
 * @param config The resolved config.
 * @param state The consent state now.
 * @param ran What the gate has released on this page.
 * @param settle What the reload waits for, if anything.
 * @returns Whether a reload was started.
 */
export function applyWithdrawal(
  document: Document,
  config: ResolvedConfig,
  state: ConsentState,
  ran: readonly GatedRun[],
  settle?: () => Promise<unknown>
): boolean {
  const denied = config.vendors.filter((v) => !state.vendors[v.id])
  const cookies = denied.flatMap((v) =>
    v.cookies.filter((c) => !c.thirdParty).map((c) => c.name)
  )
  const storage = denied.flatMap((v) => v.storage ?? [])
  const window = document.defaultView
  // A site's pattern that would take Consentry's own cookie or keys too ("*", "consent*")
  // spares them: deleting them would forget the very withdrawal, and records not yet sent.
  const clear = () => {
    clearCookies(
      document,
      (name) => name !== config.cookie.name && cookies.some((p) => matchPattern(name, p))
    )
    if (window)
      clearStorage(
        window,
        (key) =>
          !key.startsWith(OWN_KEY_PREFIX) && storage.some((p) => matchPattern(key, p))
      )
  }
  clear()
  const withdrawn = ran.some(
    ({ category, vendor }) =>
      !state.categories[category] || (vendor !== undefined && !state.vendors[vendor])
  )
  if (withdrawn && config.reloadOnWithdraw && window) {
    const reload = () => {
      clear()
      window.location.reload()
    }
    if (settle) void settle().then(reload, reload)
    else reload()
    return true
  }
  return false
}
