import type { Integration } from '../types'
import { prepare, signal } from './apply'

/**
 * Tells vendors about consent through their own APIs, as the catalog describes them
 * (Facebook `fbq('consent', …)`, Microsoft UET consent mode, TikTok `holdConsent` /
 * `grantConsent` / `revokeConsent`). Each vendor's first instruction is the consent state,
 * before its tag initialises; every change is signalled after. Vendors without a consent
 * API are only gated.
 *
 * @returns The integration.
 */
export function vendorConsent(): Integration {
  return {
    name: 'vendor-consent',
    setup({ $state, config, window: win }) {
      const globals = win as unknown as Record<string, unknown>
      const last = new Map<string, boolean>()
      for (const vendor of config().vendors) {
        if (!vendor.consentApi) continue
        const granted = () => $state.get().vendors[vendor.id] === true
        last.set(vendor.id, granted())
        prepare(globals, vendor.consentApi, granted)
      }
      return $state.listen((state) => {
        for (const vendor of config().vendors) {
          const api = vendor.consentApi
          const now = state.vendors[vendor.id] === true
          if (!api || last.get(vendor.id) === now) continue
          last.set(vendor.id, now)
          signal(globals, api, now)
        }
      })
    }
  }
}
