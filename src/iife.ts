/*
 * The script-tag entry (CONTRACT.md §2): `<script src="/consentry.js" data-config=…>`,
 * synchronous and first in <head>. It is the only module that acts on load.
 */
import type { ConfigResult } from './core/config/validate'
import { failedConfig } from './core/config/validate'
import { loadConfig } from './dom/config-source/index'
import { fetchLanguage, scriptUILoader } from './dom/ui-loader/index'
import { createConsentryController, type Consentry } from './create-consentry'
import { googleConsentMode } from './integrations/google-consent-mode/index'
import { vendorConsent } from './integrations/vendor-consent/index'
import { gpp } from './integrations/gpp/index'

declare global {
  interface Window {
    /** The page's consent manager (CONTRACT.md §4). */
    Consentry?: Consentry
    /** Config given by the page before the script runs (CONTRACT.md §2). */
    consentryConfig?: unknown
  }
}

function start(): void {
  if (window.Consentry) {
    console.warn('Consentry: the script is included twice; the second copy does nothing.')
    return
  }
  const script = document.currentScript as HTMLScriptElement | null
  const attribute = (name: string) => script?.getAttribute(name) || undefined
  const nonce = attribute('data-nonce') ?? (script?.nonce || undefined)
  // The UI and languages are fetched from the folder this file came from (CONTRACT.md §2).
  const base = new URL('.', script?.src || location.href).href
  const controller = createConsentryController({
    region: attribute('data-region'),
    // A server that saw `Sec-GPC: 1` says so before any script runs (data-gpc="1").
    gpc: ['1', 'true'].includes(attribute('data-gpc') ?? '') || undefined,
    language: attribute('data-lang'),
    nonce,
    ui: () => scriptUILoader(controller.api, base, nonce)(),
    loadLanguage: fetchLanguage(base),
    autoBlock: true,
    integrations: [googleConsentMode(), vendorConsent(), gpp()]
  })
  window.Consentry = controller.api
  let config: ConfigResult | Promise<ConfigResult>
  try {
    config = loadConfig(window, attribute('data-config') ?? null)
  } catch (error) {
    config = failedConfig(`config: could not be read (${String(error)})`)
  }
  if (config instanceof Promise) {
    // The config is on its way: signal "denied" now, before any other tag runs.
    controller.startIntegrations()
    void config.then(controller.configure)
  } else controller.configure(config)
}

try {
  start()
} catch (error) {
  // Never throw into the host page: whatever failed, nothing non-essential was released.
  console.error('Consentry: could not start; non-essential tags stay blocked.', error)
}
