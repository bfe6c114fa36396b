import type { ConsentState } from '../../core/consent/types'
import type { GatingConfig } from '../../core/config/types'
import type { Integration } from '../types'
import { prepare, signal, signalOptOut, type VendorStatus } from './apply'

/** The US opt-out in force, or `undefined` outside the `us` regime. */
const usOptOut = (state: ConsentState) =>
  state.regime === 'us' ? state.optOut.sale || state.optOut.share : undefined

/**
 * Tells vendors about consent through their own APIs, as the catalog describes them
 * (Facebook `fbq('consent', …)` and Limited Data Use, Microsoft UET consent mode, TikTok
 * `holdConsent` / `grantConsent` / `revokeConsent`). Each vendor's first instruction is the
 * consent state, before its tag initialises; every change is signalled after. Vendors
 * without a consent API are only gated.
 *
 * @returns The integration.
 */
export function vendorConsent(): Integration<GatingConfig> {
  return {
    name: 'vendor-consent',
    setup({ $state, config, window: win }) {
      const globals = win as unknown as Record<string, unknown>
      const last = new Map<string, VendorStatus>()
      const statusOf = (id: string, state = $state.get()): VendorStatus => ({
        granted: state.vendors[id] === true,
        optedOut: usOptOut(state)
      })
      for (const vendor of config().vendors) {
        if (!vendor.consentApi) continue
        last.set(vendor.id, statusOf(vendor.id))
        prepare(globals, vendor.consentApi, () => statusOf(vendor.id))
      }
      return $state.listen((state) => {
        for (const vendor of config().vendors) {
          const api = vendor.consentApi
          if (!api) continue
          const now = statusOf(vendor.id, state)
          const before = last.get(vendor.id)
          last.set(vendor.id, now)
          if (before?.granted !== now.granted) signal(globals, api, now.granted)
          if (now.optedOut !== undefined && before?.optedOut !== now.optedOut) {
            signalOptOut(globals, api, now.optedOut)
          }
        }
      })
    }
  }
}
