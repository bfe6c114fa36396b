/*
 * Entry of dist/consentry-validator.js: the validator alone, for a view that has a config
 * to validate and nothing to decide (see `boot.ts`): most often a US visitor's first view,
 * which runs on the regime's defaults. It validates the config as the engine would,
 * resolves the regime and remembers both for later views (`writeBootCache`), so that the
 * first file goes on as on any later view, without the engine's decisions, records and
 * UI loading (13.9 kB). A config with anything to report (an error, a warning), or one
 * that cannot be remembered, is left to the engine, which says so in the console.
 */
import { gatingOf } from './core/config/gating'
import { regimeOf } from './core/regime/resolve-regime'
import { writeBootCache, type BootCache } from './dom/boot-cache/index'
import { validateValue } from './dom/config-source/index'
import type { RawConfig } from './dom/config-source/read'
import { rememberKey } from './dom/config-source/remember'
import { registerScriptFile, VALIDATOR_KEY } from './dom/ui-loader/index'

/**
 * What the validator file hands over: the config's gating part and regime, remembered for
 * later views, or `undefined` when the engine must take the config (see above).
 */
export type Validate = (
  raw: RawConfig,
  region: string | undefined,
  storage: () => Storage | undefined
) => BootCache | undefined

const validate: Validate = (raw, region, storage) => {
  // A config that could not be read is the engine's to report.
  if (raw.error !== undefined) return undefined
  const result = validateValue(raw.value)
  const key = rememberKey(raw, region, result)
  if (!key || result.warnings.length) return undefined
  const { config } = result
  const cache: BootCache = {
    key,
    regime: regimeOf(config, region),
    config: gatingOf(config)
  }
  writeBootCache(storage, cache)
  return cache
}

registerScriptFile(
  (window as { Consentry?: Record<symbol, unknown> }).Consentry,
  VALIDATOR_KEY,
  validate
)
