import type { ReadableAtom, WritableAtom } from 'nanostores'
import type { ConsentRecord } from './core/consent/record'
import type { ConsentState } from './core/consent/types'
import { gpcOverridesChoice } from './core/consent/gpc-conflict'
import { createConsentCore, type ConsentCore } from './core/consentry-core'
import { memoryStorage } from './core/storage/memory-storage'
import { cookieStorage } from './dom/cookie-storage/index'
import { createRecordSender, type RecordSender } from './dom/records/index'
import type { Runtime, RuntimeHooks } from './dom/runtime/index'
import { syncTabs, type TabSync } from './dom/tab-sync/index'
import { startIntegrations } from './integrations/start-integrations'
import { applyWithdrawal } from './dom/withdrawal/index'
import { consentApi } from './api'
import type { ConsentryController, ConsentryOptions } from './create-consentry'
import type { MountedUI } from './ui/mount'
import { detectGpc } from './utils/detect-gpc'
import { visitorLanguage } from './utils/pick-language'
import { randomId } from './utils/random-id'

declare const __CONSENTRY_VERSION__: string

/**
 * The longest a withdrawal's reload waits for the record of the decision to be answered
 * (ms): long enough for an endpoint's answer, short enough not to be felt as a stall.
 */
const RECORD_WAIT = 1000

/** Options of {@link createEngine} beyond {@link ConsentryOptions}. */
export interface EngineOptions extends ConsentryOptions {
  /**
   * Gives the store to keep the state in (see `CoreOptions.store`): a new one, or the
   * script tag's first file's, which it made (and may have filled from the stored choice)
   * before this engine loaded.
   */
  store: (initial: ConsentState) => WritableAtom<ConsentState>
  /**
   * Called with the record of every decision, once, as it is made, and with `undefined`
   * after a reset.
   */
  onRecord?: (record: ConsentRecord | undefined) => void
  /** The key to stamp stored choices with (see `CoreOptions.cookieKey`). */
  cookieKey?: () => string | undefined
  /**
   * The banner the script tag's first file showed before this engine loaded (a first
   * visit): while it is shown, the UI shows no second one.
   */
  firstBanner?: () => ShownBanner | undefined
  /**
   * Called as the UI is fetched: true when the script tag's first file shows the re-open
   * button as plain DOM (a returning view), and the UI is to show none of its own.
   */
  onUI?: () => boolean
}

/** A banner shown outside the UI (see `EngineOptions.firstBanner`). */
export interface ShownBanner {
  shown(): boolean
  hide(): void
}

/** The controller, with what the script tag's first file needs to hand over to it. */
export interface EngineController extends ConsentryController {
  core: ConsentCore
  /** Re-reads the stored choice (another tab changed it). */
  refresh(): void
}

/**
 * The deciding half of a consent manager: consent core, records, withdrawal, tab sync, the
 * UI and the public API. The DOM half (gate, auto-blocking) comes from `startRuntime`,
 * which `createConsentryController` passes; the script tag's engine file passes the
 * runtime its first file already started.
 *
 * @param options Platform and plug-ins.
 * @param runtimeFor Starts (or adopts) the runtime, given the hooks it must call.
 * @returns The controller.
 */
export function createEngine(
  options: EngineOptions,
  runtimeFor: (
    doc: Document,
    $state: ReadableAtom<ConsentState>,
    hooks: RuntimeHooks
  ) => Runtime
): EngineController {
  const doc =
    options.document === undefined
      ? typeof document === 'undefined'
        ? null
        : document
      : options.document
  const core = createConsentCore({
    storage: options.storage ?? (doc ? cookieStorage() : memoryStorage()),
    gpc: options.gpc ?? detectGpc(),
    region: options.region,
    language: () => uiLanguage(),
    onRecord: (record) => {
      recordSender?.send(record)
      options.onRecord?.(record)
    },
    randomId,
    version: __CONSENTRY_VERSION__,
    store: options.store,
    cookieKey: options.cookieKey
  })
  const { $state } = core
  /** The language the UI shows (the UI picks it the same way), for records. */
  const uiLanguage = () =>
    visitorLanguage(options.language ?? core.config().language, doc, core.config().texts)
  let recordSender: RecordSender | undefined
  /**
   * Settles once the records sent so far have had their answer, or after
   * {@link RECORD_WAIT} ms. The decision's record is sent just after its state is set,
   * in the same task: asked from a microtask, it is among them.
   */
  const recordsSent = () =>
    Promise.resolve().then(() =>
      Promise.race([
        recordSender!.settled(),
        new Promise((resolve) => setTimeout(resolve, RECORD_WAIT))
      ])
    )
  let configured = false
  let mounted: Promise<MountedUI | undefined> | undefined
  const ensureUI = (): Promise<MountedUI | undefined> => {
    const load = options.ui
    if (!doc || !load) return Promise.resolve(undefined)
    const plainReopen = !mounted && options.onUI?.()
    mounted ??= load()
      .then((module) =>
        module.mountUI({
          $state,
          config: plainReopen
            ? { ...core.config(), ui: { ...core.config().ui, reopenButton: false } }
            : core.config(),
          actions: core,
          document: doc,
          nonce: options.nonce,
          language: options.language ?? core.config().language,
          loadLanguage: options.loadLanguage,
          gpcConflict: () => gpcOverridesChoice($state.get(), core.choice())
        })
      )
      .catch((error: unknown) => {
        // Without its UI the SDK stays fail-closed: nothing non-essential was granted.
        console.error('Consentry: the UI could not be loaded.', error)
        mounted = undefined
        return undefined
      })
    return mounted
  }
  const firstBanner = () => options.firstBanner?.()
  /** The banner: the first file's while it is shown, else the UI's. */
  const showBanner = () =>
    void (firstBanner()?.shown() || withUI((ui) => ui.show('banner')))
  const withUI = (run: (ui: MountedUI) => void) => {
    if (doc && !options.ui) {
      console.warn('Consentry: no UI was given to createConsentry (option `ui`).')
      return
    }
    void ensureUI().then((ui) => ui && run(ui))
  }
  let tabs: TabSync | undefined
  let refreshing = false
  const refresh = () => {
    refreshing = true
    try {
      core.refresh()
    } finally {
      refreshing = false
    }
  }
  /**
   * "Always allow <vendor>" from a placeholder: grants the vendor and the categories it
   * needs. A category switched on here keeps its other vendors off.
   */
  const allowFor = (category: string, vendorId: string | undefined) => {
    const state = $state.get()
    const config = core.config()
    const vendor = config.vendors.find((v) => v.id === vendorId)
    const needed = [...new Set([category, ...(vendor ? [vendor.category] : [])])]
    const vendors: Record<string, boolean> = vendorId ? { [vendorId]: true } : {}
    for (const id of needed) {
      if (state.categories[id] || !vendorId) continue
      for (const other of config.vendors) {
        if (other.category === id && other.id !== vendorId) vendors[other.id] = false
      }
    }
    core.save(
      { categories: Object.fromEntries(needed.map((id) => [id, true])), vendors },
      'preferences'
    )
  }
  const needsBanner = () => {
    const state = $state.get()
    const ui = core.config().ui
    // The gdpr banner, or the optional non-blocking US notice, while nothing is decided.
    const wanted = state.regime === 'gdpr' || (state.regime === 'us' && ui.usNotice)
    return configured && ui.autoShow && wanted && !state.decided
  }

  let runtime: Runtime | undefined
  if (doc) {
    const placeholders = new Map<Element, Promise<(() => void) | undefined>>()
    let reloading = false
    runtime = runtimeFor(doc, $state, {
      config: core.config,
      configured: () => configured,
      blockedFrame(element, category, vendorId) {
        if (element.localName !== 'iframe' || !configured || placeholders.has(element))
          return
        const config = core.config()
        const vendor = config.vendors.find((v) => v.id === vendorId)
        const title = config.categories.find((c) => c.id === category)?.title
        if (!title || (vendorId !== undefined && !vendor)) return // unknown: stays blocked
        placeholders.set(
          element,
          ensureUI().then((ui) =>
            ui?.placeholder(element as HTMLElement, {
              name: vendor?.name ?? title,
              privacyPolicyUrl: vendor?.privacyPolicyUrl,
              onLoadOnce: () => runtime!.gate.release(element),
              onAlwaysAllow: () => allowFor(category, vendorId)
            })
          )
        )
      },
      released(element) {
        void placeholders.get(element)?.then((remove) => remove?.())
        placeholders.delete(element)
      },
      beforeRelease() {
        if (!reloading && configured && !core.failClosed()) {
          reloading = applyWithdrawal(
            doc,
            core.config(),
            $state.get(),
            runtime!.gate.ran(),
            recordSender && recordsSent
          )
        }
        return reloading
      },
      afterRelease() {
        if (needsBanner()) return showBanner()
        const shown = configured && firstBanner()
        if (!shown) return
        // The first file read the config's text alone: a banner it should not have shown
        // (the validated config wants none) goes. The floating button comes with the UI,
        // which the first file's banner did without.
        shown.hide()
        if (core.config().ui.reopenButton) void ensureUI()
      },
      show: (view) => withUI((ui) => ui.show(view)),
      // A change made here (not one read from another tab) is announced to the others.
      changed: () => void (!refreshing && tabs?.announce())
    })
  }

  const api = consentApi($state, {
    acceptAll: () => core.acceptAll('api'),
    rejectAll: () => core.rejectAll('api'),
    save: (input) => core.save(input, 'api'),
    optOut: (input) => core.optOut(input, 'api'),
    reset: () => {
      core.reset()
      options.onRecord?.(undefined)
    },
    getRecord: () => core.getRecord(),
    showBanner,
    showPreferences: () => withUI((ui) => ui.show('preferences')),
    showOptOut: () => withUI((ui) => ui.show('opt-out')),
    hide: () => {
      firstBanner()?.hide()
      void mounted?.then((ui) => ui?.hide())
    }
  })
  let integrationsStarted = false
  const startAll = () => {
    if (integrationsStarted || typeof window === 'undefined') return
    integrationsStarted = true
    startIntegrations(options.integrations ?? [], {
      $state,
      config: core.config,
      configured: () => configured,
      region: core.region,
      window
    })
  }
  return {
    api,
    core,
    refresh,
    configure(result) {
      configured = true
      const endpoint = result.config.recordEndpoint
      if (endpoint && doc?.defaultView && !recordSender) {
        recordSender = createRecordSender(doc.defaultView, endpoint)
        recordSender.flush()
      }
      // Gated tags wait until the integrations (Consent Mode's default) have spoken:
      // nothing may run before the signals it relies on.
      const apply = () => {
        core.configure(result)
        startAll()
      }
      if (runtime) runtime.hold(apply)
      else apply()
      if (doc && !tabs && !result.failClosed) {
        tabs = syncTabs(core.config().cookie.name, refresh, doc)
      }
      runtime?.react()
    },
    startIntegrations: startAll
  }
}
