/*
 * Entry of dist/consentry-engine.js, the script tag's second file (see `boot.ts`): the
 * validator, decisions, records, withdrawal, UI loading, and when the GPP file is due. The
 * first file loads it when it is needed and hands over its store, runtime and tab channel,
 * so that subscribers, gated tags and signals carry on as they were.
 */
import type { WritableAtom } from 'nanostores'
import { gatingOf } from './core/config/gating'
import type { GatingConfig } from './core/config/types'
import type { ConsentState } from './core/consent/types'
import { rememberRecord, writeBootCache } from './dom/boot-cache/index'
import { validateRaw, type RawConfig } from './dom/config-source/index'
import { rememberKey } from './dom/config-source/remember'
import type { Runtime } from './dom/runtime/index'
import {
  ENGINE_KEY,
  fetchLanguage,
  registerScriptFile,
  scriptUILoader
} from './dom/ui-loader/index'
import type { Consentry } from './create-consentry'
import { createEngine, type EngineController, type ShownBanner } from './engine'
import type { Integration } from './integrations/types'

/** What the first file hands to the engine. */
export interface EngineHandover {
  /** The page's config, as found. */
  raw: RawConfig
  /** Its gating part as the first file reads it without the validator (`gatingFromRaw`). */
  derived: GatingConfig | undefined
  /** The state store behind `Consentry.$state`. */
  store: WritableAtom<ConsentState>
  /** The gate and auto-blocking, already running. */
  runtime: Runtime
  region: string | undefined
  language: string | undefined
  gpc: boolean
  nonce: string | undefined
  /** The folder the files come from. */
  base: string
  /** `window.Consentry`, which the UI file registers on. */
  api: Consentry
  /** `localStorage`, when it can be used. */
  storage: () => Storage | undefined
  /** The first-visit banner the first file showed without the engine, if any. */
  banner: () => ShownBanner | undefined
  /** Loads and starts the GPP and USP APIs, once (see `gppWhenUsed`). */
  loadGpp(): void
  /** Called as the engine fetches the UI (see `EngineOptions.onUI`). */
  onUI(): boolean
  /** Calls made before the engine was here (see `startEngine`). */
  waiting: Array<(engine: StartedEngine) => void>
}

/** The engine as the first file drives it. */
export type StartedEngine = EngineController

/** What the engine file hands over: starts the engine on the first file's state. */
export type StartEngine = (handover: EngineHandover) => StartedEngine

const startEngine: StartEngine = (handover) => {
  const { raw, runtime } = handover
  const result = validateRaw(raw)
  const remembered = rememberKey(raw, handover.region, result)
  const gating = gatingOf(result.config)
  // The first file may read this config's gating part from its text alone (and skip
  // localStorage) on later views, if it reads it as the validator did.
  const { derived } = handover
  const readable =
    remembered && derived && JSON.stringify(gatingOf(derived)) === JSON.stringify(gating)
  const controller = createEngine(
    {
      region: handover.region,
      gpc: handover.gpc,
      language: handover.language,
      nonce: handover.nonce,
      ui: scriptUILoader(handover.api, handover.base, handover.nonce),
      loadLanguage: fetchLanguage(handover.base),
      integrations: [gppWhenUsed(handover.loadGpp)],
      store: () => handover.store,
      // Each decision's record, as made (and as sent to recordEndpoint), for getRecord()
      // on later page views, with or without the engine; writing it (or removing it on a
      // reset) is also what tells the site's other tabs (`watchTabs`).
      onRecord: (record) => rememberRecord(handover.storage, record),
      cookieKey: () => (readable ? remembered : undefined),
      firstBanner: handover.banner,
      onUI: handover.onUI
    },
    (_document, _state, hooks) => {
      // From now on the runtime asks this engine.
      Object.assign(runtime.hooks, hooks)
      return runtime
    }
  )
  // Calls made before the engine was here, made now, before it takes the config over: a
  // decision waits in the core's queue, which the core works through as it reads the
  // stored choice, before the first release (the regime's defaults do not release what an
  // early opt-out or refusal holds); a dialog shows once the UI has loaded, after that.
  for (const act of handover.waiting.splice(0)) {
    try {
      act(controller)
    } catch (error) {
      console.error(error)
    }
  }
  controller.configure(result)
  // No choice in force (the first release has deleted what nothing grants): a record kept
  // from a choice that lapsed is forgotten, so that later views need no engine for it.
  if (!result.failClosed && !handover.store.get().decided)
    rememberRecord(handover.storage, undefined)
  if (remembered) {
    // A choice made before (or under another text of this config) gets the key now.
    controller.core.stamp()
    writeBootCache(handover.storage, {
      key: remembered,
      regime: controller.api.getState().regime,
      config: gating
    })
  }
  return controller
}

/**
 * When the GPP and USP APIs are needed: under a US regime, or when a call waits on the
 * stub. The first file loads and starts them (`loadGpp`); until then its stub answers
 * `ping` and queues the rest.
 */
function gppWhenUsed(load: () => void): Integration {
  return {
    name: 'gpp',
    setup({ $state, window }) {
      const w = window as unknown as Record<string, { queue?: unknown[] } | undefined>
      const needed = () =>
        $state.get().regime === 'us' ||
        !!w.__gpp?.queue?.length ||
        !!w.__uspapi?.queue?.length
      if (needed()) load()
      return $state.listen(() => void (needed() && load()))
    }
  }
}

registerScriptFile(
  (window as { Consentry?: Record<symbol, unknown> }).Consentry,
  ENGINE_KEY,
  startEngine
)
