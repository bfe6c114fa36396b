import type { ReadableAtom } from 'nanostores'
import type { ResolvedConfig } from './core/config/types'
import { failedConfig, validateConfig, type ConfigResult } from './core/config/validate'
import type { SaveInput } from './core/consent/decide'
import type { ConsentRecord } from './core/consent/record'
import type { ConsentState, OptOut } from './core/consent/types'
import { gpcOverridesChoice } from './core/consent/gpc-conflict'
import { createConsentCore } from './core/consentry-core'
import { memoryStorage } from './core/storage/memory-storage'
import type { StorageEngine } from './core/storage/types'
import { cookieStorage } from './dom/cookie-storage/index'
import { dispatchChanges } from './dom/events/dispatch-change'
import { startGate, type GateVerdict } from './dom/gate/index'
import { startAutoBlock, type AutoBlock } from './dom/auto-block/index'
import { ownerOf, type HostOwner } from './dom/auto-block/host-match'
import { syncTabs, type TabSync } from './dom/tab-sync/index'
import { createRecordSender, type RecordSender } from './dom/records/index'
import { listenForTriggers } from './dom/triggers/index'
import { applyWithdrawal } from './dom/withdrawal/index'
import type { Integration } from './integrations/types'
import type { MountedUI, UIContext } from './ui/mount'
import { visitorLanguage } from './utils/pick-language'
import { randomId } from './utils/random-id'

declare const __CONSENTRY_VERSION__: string

/** Options of {@link createConsentry}. */
export interface ConsentryOptions {
  /** The site's config (validated at runtime; see the README's config reference). */
  config?: unknown
  /**
   * Where the choice is stored.
   * @default the `consentry` cookie in a browser, memory elsewhere
   */
  storage?: StorageEngine
  /** The visitor's region (`DE`, `US-CA`); wins over `config.region`. */
  region?: string
  /** The UI language; wins over `config.language`. */
  language?: string
  /** CSP nonce for scripts Consentry runs. */
  nonce?: string
  /**
   * A Global Privacy Control signal is present.
   * @default navigator.globalPrivacyControl === true
   */
  gpc?: boolean
  /**
   * The document to gate and dispatch events on; `null` for none (server, tests).
   * @default the global document, when there is one
   */
  document?: Document | null
  /**
   * Loads the banner and dialogs when they are first needed, so that visitors who have
   * chosen never download them.
   * @default none: headless, `show*()` only warn
   * @example createConsentry({ ui: () => import('consentry/ui') })
   */
  ui?: () => Promise<UIModule>
  /**
   * Loads a shipped translation (`de`, `pt-BR`, …); English is built in.
   * @default none: English and `config.texts` only
   * @example loadLanguage: (lang) => import(`consentry/i18n/${lang}.json`).then((m) => m.default)
   */
  loadLanguage?: UIContext['loadLanguage']
  /**
   * Hold tags that load from a vendor's host until it is granted, even without markup, by
   * watching how scripts, iframes and images get their URLs. It must start before those
   * tags, so it suits the script tag first in <head>; `config.autoBlock` can turn it off.
   * @default false (the script-tag build turns it on)
   */
  autoBlock?: boolean
  /**
   * Plug-ins that signal consent to other systems, started once the config is applied.
   * @default [] (the script-tag build adds Google Consent Mode)
   * @example integrations: [googleConsentMode()]
   */
  integrations?: Integration[]
}

/** What a UI loader returns: `consentry/ui`, or the script-tag build's UI file. */
export interface UIModule {
  mountUI(context: UIContext): MountedUI
}

/** The consent manager: `window.Consentry`, or what `createConsentry()` returns. */
export interface Consentry {
  /** Grants every non-essential category and vendor (and lifts US opt-outs). */
  acceptAll(): void
  /** Denies every non-essential category and vendor (and opts out of sale and sharing). */
  rejectAll(): void
  /**
   * Records a granular choice; switches left out keep their value.
   * @throws {ConsentryError} On an unknown id or a non-boolean; nothing changes then.
   * @example Consentry.save({ categories: { statistical: true }, vendors: { criteo: false } })
   */
  save(input: SaveInput): void
  /** Opts out of the sale and/or sharing of personal information (CCPA/CPRA). */
  optOut(input?: Partial<OptOut>): void
  /** Whether a category is granted now (unknown ids are not). */
  granted(category: string): boolean
  /** Whether a vendor is granted now (unknown ids are not). */
  vendorGranted(vendor: string): boolean
  /** The current state, a plain frozen object. */
  getState(): ConsentState
  /** The state as a nanostores store. */
  readonly $state: ReadableAtom<ConsentState>
  /**
   * Calls `callback(state)` on every change.
   * @returns Unsubscribes.
   */
  onChange(callback: (state: ConsentState) => void): () => void
  /** Forgets the stored choice: back to the default, and the visitor is asked again. */
  reset(): void
  /** The record of the latest decision, or `undefined` before one. */
  getRecord(): ConsentRecord | undefined
  /** Opens the first-layer banner. */
  showBanner(): void
  /** Opens the preferences dialog. */
  showPreferences(): void
  /** Opens the US "Do Not Sell or Share My Personal Information" dialog. */
  showOptOut(): void
  /** Closes the banner and dialogs without recording anything. */
  hide(): void
}

/** A consent manager whose config can arrive after it is created (the script tag). */
export interface ConsentryController {
  api: Consentry
  /** Applies the config once it is known; until then nothing non-essential is granted. */
  configure(result: ConfigResult): void
  /**
   * Starts the integrations now, before the config is known (they then signal "denied"
   * until it is). `configure` starts them otherwise.
   */
  startIntegrations(): void
}

/**
 * Creates a consent manager on a config given now.
 *
 * @param options Config and platform; all optional.
 * @returns The manager, already gating the document when there is one.
 * @example
 * import { createConsentry } from 'consentry'
 * const consent = createConsentry({ config: { vendors: ['google-analytics'] } })
 * consent.onChange((state) => console.log(state.categories))
 */
export function createConsentry(options: ConsentryOptions = {}): Consentry {
  const controller = createConsentryController(options)
  let result: ConfigResult
  try {
    result = validateConfig(options.config)
  } catch (error) {
    // A config that throws while being read (a hostile getter): fail closed.
    result = failedConfig(`config: could not be read (${String(error)})`)
  }
  controller.configure(result)
  return controller.api
}

/**
 * Creates a consent manager that waits for its config (see {@link ConsentryController}).
 *
 * @param options Platform; `options.config` is ignored here.
 * @returns The controller.
 */
export function createConsentryController(
  options: ConsentryOptions = {}
): ConsentryController {
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
    onRecord: (record) => recordSender?.send(record),
    randomId,
    version: __CONSENTRY_VERSION__
  })
  const { $state } = core
  /** The language the UI shows (the UI picks it the same way), for records. */
  const uiLanguage = () =>
    visitorLanguage(options.language ?? core.config().language, doc)
  let recordSender: RecordSender | undefined
  const granted = (id: string) => $state.get().categories[id] === true
  const vendorGranted = (id: string) => $state.get().vendors[id] === true
  let configured = false
  let mounted: Promise<MountedUI | undefined> | undefined
  const ensureUI = (): Promise<MountedUI | undefined> => {
    const load = options.ui
    if (!doc || !load) return Promise.resolve(undefined)
    mounted ??= load()
      .then((module) =>
        module.mountUI({
          $state,
          config: core.config(),
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
  const withUI = (run: (ui: MountedUI) => void) => {
    if (doc && !options.ui) {
      console.warn('Consentry: no UI was given to createConsentry (option `ui`).')
      return
    }
    void ensureUI().then((ui) => ui && run(ui))
  }
  // While the config is being applied, gated tags wait until the integrations (Consent
  // Mode's default) have spoken: nothing may run before the signals it relies on.
  let holding = false
  let afterChange = () => {}
  let tabs: TabSync | undefined
  let refreshing = false
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

  if (doc) {
    dispatchChanges($state, doc)
    const verdict = (category: string, vendor: string | undefined): GateVerdict => {
      const config = core.config()
      if (!config.categories.some((c) => c.id === category)) {
        return { unknown: `unknown consent category "${category}" in data-consent` }
      }
      if (vendor !== undefined && !config.vendors.some((v) => v.id === vendor)) {
        return { unknown: `unknown vendor "${vendor}" in data-vendor` }
      }
      return granted(category) && (vendor === undefined || vendorGranted(vendor))
        ? 'allow'
        : 'wait'
    }
    const placeholders = new Map<Element, Promise<(() => void) | undefined>>()
    const gate = startGate({
      document: doc,
      nonce: options.nonce,
      onBlocked(element, category, vendorId) {
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
              onLoadOnce: () => gate.release(element),
              onAlwaysAllow: () => allowFor(category, vendorId)
            })
          )
        )
      },
      onReleased(element) {
        void placeholders.get(element)?.then((remove) => remove?.())
        placeholders.delete(element)
      },
      // Before the config is known no name is unknown yet, and nothing is allowed.
      verdict: (category, vendor) => (configured ? verdict(category, vendor) : 'wait')
    })
    let reloading = false
    afterChange = () => {
      if (reloading) return
      if (configured && !core.failClosed()) {
        reloading = applyWithdrawal(doc, core.config(), $state.get(), gate.ran())
        if (reloading) return
      }
      scanAll()
      if (needsBanner()) withUI((ui) => ui.show('banner'))
    }
    let autoBlock: AutoBlock | undefined
    if (options.autoBlock && doc.defaultView) {
      let ownersOf: ResolvedConfig | undefined
      let owners = new Map<string, HostOwner>()
      autoBlock = startAutoBlock({
        window: doc.defaultView as Window & typeof globalThis,
        blocked(url) {
          const config = core.config()
          if (configured && !config.autoBlock) return undefined
          if (ownersOf !== config) {
            ownersOf = config
            owners = hostOwners(config)
          }
          const owner = ownerOf(url, doc.baseURI, owners)
          // Until the config is known, every listed host is held.
          return owner &&
            (!configured || verdict(owner.category, owner.vendor) !== 'allow')
            ? owner
            : undefined
        }
      })
    }
    const scanAll = () => {
      gate.scan()
      autoBlock?.scan((category, vendor) => verdict(category, vendor) === 'allow')
    }
    $state.listen(() => {
      if (holding) return
      // A change made here (not one read from another tab) is announced to the others.
      if (!refreshing) tabs?.announce()
      afterChange()
    })
    listenForTriggers(doc, (view) => withUI((ui) => ui.show(view)))
  }

  const api: Consentry = {
    acceptAll: () => core.acceptAll('api'),
    rejectAll: () => core.rejectAll('api'),
    save: (input) => core.save(input, 'api'),
    optOut: (input) => core.optOut(input, 'api'),
    granted,
    vendorGranted,
    getState: () => $state.get(),
    $state,
    onChange(callback) {
      return $state.listen((state) => {
        try {
          callback(state)
        } catch (error) {
          // A failing subscriber must not stop the choice from being applied.
          console.error('Consentry: an onChange callback threw', error)
        }
      })
    },
    reset: () => core.reset(),
    getRecord: () => core.getRecord(),
    showBanner: () => withUI((ui) => ui.show('banner')),
    showPreferences: () => withUI((ui) => ui.show('preferences')),
    showOptOut: () => withUI((ui) => ui.show('opt-out')),
    hide: () => void mounted?.then((ui) => ui?.hide())
  }
  let integrationsStarted = false
  const startIntegrations = () => {
    if (integrationsStarted || typeof window === 'undefined') return
    integrationsStarted = true
    for (const integration of options.integrations ?? []) {
      try {
        integration.setup({
          $state,
          config: core.config,
          configured: () => configured,
          region: core.region,
          window
        })
      } catch (error) {
        console.error(
          `Consentry: the ${integration.name} integration failed to start.`,
          error
        )
      }
    }
  }
  return {
    api,
    configure(result) {
      configured = true
      const endpoint = result.config.recordEndpoint
      if (endpoint && doc?.defaultView && !recordSender) {
        recordSender = createRecordSender(doc.defaultView, endpoint)
        recordSender.flush()
      }
      holding = true
      try {
        core.configure(result)
        startIntegrations()
      } finally {
        holding = false
      }
      if (doc && !tabs && !result.failClosed) {
        tabs = syncTabs(
          `consentry:${core.config().cookie.name}`,
          () => {
            refreshing = true
            try {
              core.refresh()
            } finally {
              refreshing = false
            }
          },
          doc
        )
      }
      afterChange()
    },
    startIntegrations
  }
}

/** Every host the config lists, with who it belongs to: vendors' hosts and the site's own. */
function hostOwners(config: ResolvedConfig): Map<string, HostOwner> {
  const owners = new Map<string, HostOwner>()
  for (const vendor of config.vendors) {
    for (const host of vendor.hosts)
      owners.set(host.toLowerCase(), { category: vendor.category, vendor: vendor.id })
  }
  for (const [host, category] of Object.entries(config.hosts))
    owners.set(host, { category, vendor: undefined })
  return owners
}

function detectGpc(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true
  )
}
