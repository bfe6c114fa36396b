import type { ReadableAtom } from 'nanostores'
import { failedConfig, validateConfig, type ConfigResult } from './core/config/validate'
import type { SaveInput } from './core/consent/decide'
import type { ConsentRecord } from './core/consent/record'
import type { ConsentState, OptOut } from './core/consent/types'
import type { StorageEngine } from './core/storage/types'
import { startRuntime } from './dom/runtime/index'
import { createConsentStore } from './core/stores/consent-store'
import { createEngine } from './engine'
import type { Integration } from './integrations/types'
import type { MountedUI, UIContext } from './ui/mount'

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
  return createEngine({ ...options, store: createConsentStore }, (doc, $state, hooks) =>
    startRuntime({
      document: doc,
      $state,
      hooks,
      nonce: options.nonce,
      autoBlock: options.autoBlock
    })
  )
}
