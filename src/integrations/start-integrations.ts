import type { GatingConfig } from '../core/config/types'
import type { Integration, IntegrationContext } from './types'

/**
 * Starts each integration on one context. One that throws is reported and skipped: a
 * failing plug-in must not keep the others (or the gate) from starting.
 *
 * @param integrations The plug-ins.
 * @param context What each is handed.
 */
export function startIntegrations<Config extends GatingConfig>(
  integrations: ReadonlyArray<Integration<Config>>,
  context: IntegrationContext<Config>
): void {
  for (const integration of integrations) {
    try {
      integration.setup(context)
    } catch (error) {
      console.error(
        `Consentry: the ${integration.name} integration failed to start.`,
        error
      )
    }
  }
}
