import { DEFAULT_GOOGLE_CONSENT_MODE } from '../../core/config/defaults'
import type { ConsentState } from '../../core/consent/types'
import type { GatingConfig } from '../../core/config/types'
import type { Integration } from '../types'
import { consentModeState } from './consent-types'

export { consentModeState } from './consent-types'
export type { ConsentModeState } from './consent-types'

type DataLayerWindow = Window & {
  dataLayer?: unknown[]
  gtag?: (...args: unknown[]) => void
}

/**
 * Google Consent Mode v2. Pushes `gtag('consent', 'default', …)` when it starts (Consentry's
 * script is first in <head>, so before any Google tag), then `gtag('consent', 'update', …)`
 * on every change. The default follows the regime: denied under `gdpr` and while the
 * config is unknown; granted under `us` and `none`, less what a GPC signal opts out of.
 * `ads_data_redaction` is set while ad storage is denied, and `url_passthrough` when asked.
 * Works beside Google Tag Manager: both read the same `dataLayer`.
 *
 * @returns The integration; it reads its options from `config.googleConsentMode`.
 * @example createConsentry({ integrations: [googleConsentMode()] })
 */
export function googleConsentMode(): Integration<GatingConfig> {
  return {
    name: 'google-consent-mode',
    setup({ $state, config, configured, window: win }) {
      const w = win as DataLayerWindow
      const dataLayer = (w.dataLayer ??= [])
      // gtag.js reads only Arguments objects from dataLayer; a plain array is ignored.
      const gtag = function (..._args: unknown[]) {
        // eslint-disable-next-line prefer-rest-params
        dataLayer.push(arguments)
      }
      w.gtag ??= gtag
      let defaulted = false
      let redacting: boolean | undefined
      let last = ''

      const signal = (state: ConsentState) => {
        // Off in the config: say nothing. But once a default went out (before a fetched
        // config arrived), keep the updates coming, or Google tags would stay denied.
        const options =
          config().googleConsentMode ||
          (defaulted ? DEFAULT_GOOGLE_CONSENT_MODE : undefined)
        if (!options) return
        if (!defaulted) {
          defaulted = true
          // The regime's own state (GPC included) is the default; a visitor's stored choice
          // comes as an update right after it.
          const byVisitor = state.decided && state.method !== 'gpc'
          const regimeDefault = configured() && !byVisitor ? state : undefined
          gtag('consent', 'default', {
            ...consentModeState(regimeDefault?.categories ?? { essential: true }),
            wait_for_update: options.waitForUpdate,
            ...(options.region.length > 0 ? { region: options.region } : {})
          })
          if (options.urlPassthrough) gtag('set', 'url_passthrough', true)
          last = JSON.stringify(consentModeState(regimeDefault?.categories ?? {}))
        }
        const now = consentModeState(state.categories)
        const serial = JSON.stringify(now)
        if (serial !== last) {
          last = serial
          gtag('consent', 'update', now)
        }
        const redact = options.adsDataRedaction && now.ad_storage === 'denied'
        if (redact !== redacting) {
          redacting = redact
          gtag('set', 'ads_data_redaction', redact)
        }
      }
      signal($state.get())
      return $state.listen(signal)
    }
  }
}
