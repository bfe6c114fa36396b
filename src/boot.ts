/*
 * The script-tag entry (CONTRACT.md §2), dist/consentry.js: synchronous and first in
 * <head>, and the only file a returning visitor downloads. It is the only module that acts
 * on load.
 *
 * At once (from a microtask queued by its top level), before any other tag: it gates the
 * page (markup and vendor hosts), pushes the Google Consent Mode default, prepares
 * vendors' consent APIs and installs the GPP and USP stubs. Then, when the engine has
 * validated this very config before (same text, region and version) and the visitor has a
 * stored choice, it reads the choice and releases the tags it allows in the same task.
 * The engine says so in the stored choice itself (a key stamped in the cookie, so that a
 * returning visitor's view reads no localStorage), or, for a visitor with nothing stored,
 * in localStorage. A first-time visitor outside the US gets the banner from
 * `consentry-banner.js` (`consentry-banner-modal.js` on the modal layout; plain DOM) and
 * nothing more until they act. Everything else (the validator, decisions, records,
 * withdrawal, UI) is the engine file, `consentry-engine.js`, fetched only when it is
 * needed: a visitor about to act on the banner, a new config, a call that decides or
 * opens a dialog, a GPP reader, a placeholder. A new config with nothing to decide (a US
 * visitor's first view) is validated by `consentry-validator.js` alone. The GPP encoder
 * (`consentry-gpp.js`) comes where it is used: a US view fetches it without the engine.
 */
import { atom } from 'nanostores'
import { consentApi, type ConsentActions } from './api'
import { certainlyGdpr, firstLayer } from './core/config/banner-plan'
import { gatingFromRaw, pendingGatingConfig } from './core/config/gating'
import type { GatingConfig, Regime } from './core/config/types'
import { decodeChoice } from './core/consent/codec'
import { storedState } from './core/consent/derive-state'
import type { ConsentState, StoredChoice } from './core/consent/types'
import {
  configKey,
  readBootCache,
  rememberedRecord,
  RECORD_CACHE_KEY,
  stampedChoice,
  type BootCache
} from './dom/boot-cache/index'
import { readConfig, type RawConfig } from './dom/config-source/read'
import { heldDue, HELD_KEY, OUTBOX_KEY } from './dom/records/index'
import { allCookies, readCookie } from './dom/cookie-storage/read-cookie'
import { startRuntime, type RuntimeHooks } from './dom/runtime/index'
import { watchTabs } from './dom/tab-sync/index'
import {
  BANNER_KEY,
  ENGINE_KEY,
  GPP_KEY,
  loadScriptFile,
  REOPEN_KEY,
  startScriptFile,
  VALIDATOR_KEY
} from './dom/ui-loader/index'
import type { Consentry } from './create-consentry'
import { detectGpc } from './utils/detect-gpc'
import { idle } from './utils/idle'
import type { EngineHandover, StartEngine, StartedEngine } from './engine-entry'
import type {
  BannerAct,
  FirstBanner,
  FirstBannerContext,
  StartFirstBanner
} from './ui/banner/first-banner'
import type { ShownReopen, StartReopen } from './ui/banner/reopen'
import type { Validate } from './validator-entry'
import { googleConsentMode } from './integrations/google-consent-mode/index'
import type { GppConfig } from './integrations/gpp/index'
import { installGppStub } from './integrations/gpp/stub'
import { startIntegrations } from './integrations/start-integrations'
import type { Integration, IntegrationContext } from './integrations/types'
import { vendorConsent } from './integrations/vendor-consent/index'

declare const __CONSENTRY_VERSION__: string

declare global {
  interface Window {
    /** The page's consent manager (CONTRACT.md §4). */
    Consentry?: Consentry
    /** Config given by the page before the script runs (CONTRACT.md §2). */
    consentryConfig?: unknown
  }
}

/** How long the page's first frame may wait for the first-visit banner file, in ms. */
const BANNER_WAIT = 500

/** The API calls that are the engine's to carry out. */
const ENGINE_ACTIONS = [
  'acceptAll',
  'rejectAll',
  'save',
  'optOut',
  'reset',
  'showBanner',
  'showPreferences',
  'showOptOut'
] as const

/** The config's fields read from its text here (as the engine validated it, or will). */
const fieldsOf = (value: unknown) =>
  value as
    | { ui?: { usNotice?: boolean; reopenButton?: boolean }; recordEndpoint?: unknown }
    | undefined

/**
 * Starts the page's consent manager. `script`: the script element this file runs from;
 * `cookies`: the page's cookies, read by the caller (see the end of this file).
 */
function start(script: HTMLScriptElement | null, cookies: string): void {
  if (window.Consentry) {
    console.warn('Consentry: the script is included twice; the second copy does nothing.')
    return
  }
  const attribute = (name: string) => script?.getAttribute(name) || undefined
  const nonce = attribute('data-nonce') ?? (script?.nonce || undefined)
  // Chunks and languages come from the folder this file came from (CONTRACT.md §2).
  // The path up to its last "/" (the URL parser costs a few ms at this point).
  const base = (script?.src || location.href).replace(/[^/]*([?#].*)?$/, '')
  const region = attribute('data-region')
  // A server that saw `Sec-GPC: 1` says so before any script runs (data-gpc="1").
  const gpc = ['1', 'true'].includes(attribute('data-gpc') ?? '') || detectGpc()
  const rawConfig = readConfig(window, attribute('data-config') ?? null)
  const storage = () => {
    try {
      return window.localStorage
    } catch {
      return undefined // storage blocked: the engine loads on every page view
    }
  }
  /** One entry of localStorage; `undefined` where storage is blocked or fails to read. */
  const storedItem = (key: string) => {
    try {
      return storage()?.getItem(key)
    } catch {
      return undefined // a corrupt store (Firefox throws from getItem)
    }
  }

  // Until a config is known: the default taxonomy, nothing granted, every vendor host held.
  let config: GatingConfig = pendingGatingConfig()
  let configured = false
  const store = atom<ConsentState>(
    storedState({ config, regime: 'gdpr', gpc }, undefined)
  )
  let engine: StartedEngine | undefined
  let engineLoading: Promise<StartedEngine | undefined> | undefined
  let raw: RawConfig | undefined
  /** The raw config's gating part read without the validator (see `gatingFromRaw`). */
  let derived: GatingConfig | undefined
  let firstBanner: FirstBanner | undefined
  /** A file of this build, `consentry-<name>.js`, from its folder (`loadScriptFile`). */
  const load = <T>(key: symbol, name: string, wait?: number) =>
    loadScriptFile<T>(api, key, `consentry-${name}.js`, base, nonce, wait)
  const loadEngine = (): Promise<StartedEngine | undefined> =>
    (engineLoading ??= load<StartEngine>(ENGINE_KEY, 'engine')
      .then(async (startEngine) => {
        // A fetched config may still be on its way: the engine needs it. `derived` is read
        // after it: `proceed`, queued on it first, has set it by then.
        const handover: EngineHandover = {
          raw: raw ?? (await rawConfig),
          derived,
          store,
          runtime,
          region,
          language: attribute('data-lang'),
          gpc,
          nonce,
          base,
          api,
          storage,
          banner: () => firstBanner,
          waiting,
          loadGpp,
          onUI
        }
        try {
          engine = startEngine(handover)
        } catch (error) {
          // A file that loaded but cannot start will not do better on a second try.
          console.error('Consentry: the engine failed to start.', error)
        }
        return engine
      })
      .catch((error: unknown) => {
        // Without its engine the page stays as it is: nothing more is granted. A file
        // that could not be fetched is tried again on the next call.
        console.error('Consentry: the engine could not be loaded.', error)
        engineLoading = undefined
        return undefined
      }))
  /**
   * Calls made before the engine is here: it makes them as it takes the config over (see
   * `startEngine`), where a decision is made before the first release, so that the
   * regime's defaults do not release a tag that an early opt-out or refusal holds.
   */
  const waiting: Array<(engine: StartedEngine) => void> = []
  const withEngine = (act: (engine: StartedEngine) => void) => {
    if (engine) return act(engine) // a bad call throws to its caller
    // A call made before the engine is here is checked when it runs, and logged.
    waiting.push(act)
    void loadEngine()
  }

  /**
   * What is on its way before the config is known without the engine: a `data-config`
   * file, then the validator (see `validateThen`), if they are. Calls that need not fetch
   * the engine wait for it.
   */
  let settling: Promise<void> | undefined

  const hooks: RuntimeHooks = {
    config: () => config,
    configured: () => configured,
    // A blocked iframe gets its placeholder from the engine's UI (on a first visit too,
    // where the banner does not load the engine). While a fetched config or the validator
    // is on its way every frame is held: the scan after it asks again for those the config
    // keeps blocked.
    blockedFrame: (element) =>
      void (element.localName === 'iframe' && (!settling || configured) && loadEngine()),
    show: (view) => (view === 'opt-out' ? actions.showOptOut : actions.showPreferences)()
    // No release or change hooks before the engine: nothing on this page decides yet.
  }
  const runtime = startRuntime({
    document,
    $state: store,
    hooks,
    nonce,
    autoBlock: true,
    lazyAutoBlock: true
  })
  // Decisions and dialogs are the engine's: each call waits for it (see `withEngine`).
  const actions = {
    // The record made with the decision in force; rebuilt by the engine from the state
    // only where it could not be kept (no localStorage).
    getRecord: () =>
      rememberedRecord(storedItem, store.get().id) ?? engine?.api.getRecord(),
    hide: () => (engine ? engine.api.hide() : firstBanner?.hide())
  } as ConsentActions
  type Call = (input?: unknown) => void
  for (const name of ENGINE_ACTIONS)
    (actions as unknown as Record<string, Call>)[name] = (input) => {
      // A dialog or banner asked for: the UI is fetched beside the engine, not after it.
      if (name > 'sh') startUI() // showBanner, showPreferences, showOptOut
      withEngine((e) => (e.api[name] as Call)(input))
    }
  const api = consentApi(store, actions)
  window.Consentry = api
  /** What the signals read: through the hooks (the engine's config once it took over). */
  const signals: IntegrationContext<GatingConfig> = {
    $state: store,
    config: () => hooks.config(),
    configured: () => hooks.configured(),
    region: () => region ?? hooks.config().region,
    window
  }
  let signalsStarted = false
  const startSignals = () => {
    if (signalsStarted) return
    signalsStarted = true
    startIntegrations([googleConsentMode(), vendorConsent()], signals)
  }
  let gppLoading: Promise<unknown> | undefined
  /**
   * The GPP and USP APIs with their encoder (`consentry-gpp.js`), started once, on the
   * signals' context: by the engine where they are used, or here on a US returning view.
   */
  const loadGpp = () =>
    void (gppLoading ??= load<Integration<GppConfig>>(GPP_KEY, 'gpp')
      .then((gpp) => gpp.setup(signals))
      .catch((error: unknown) => {
        console.error('Consentry: the GPP API could not be loaded.', error)
        gppLoading = undefined
      }))

  /** What a layer shown without the UI (the first-visit banner, re-open button) gets. */
  const layerContext = (value: unknown): FirstBannerContext => ({
    document,
    $state: store,
    config: value,
    language: attribute('data-lang'),
    nonce,
    base,
    act
  })
  /** The plain re-open button (`null`: the UI came first, and shows its own). */
  let reopen: ShownReopen | null | undefined
  /**
   * The re-open button of a view with nothing to decide, as plain DOM
   * (`consentry-reopen.js`), unless the UI came first (then not even fetched).
   */
  const showReopen = (value: unknown) =>
    reopen === null ||
    load<StartReopen>(REOPEN_KEY, 'reopen')
      .then((start) => {
        if (reopen !== null) reopen = start(layerContext(value))
      })
      .catch((error: unknown) => console.error(error))
  /** The engine fetches the UI: it shows no re-open button where the plain one is. */
  const onUI = () => {
    if (reopen) return true
    reopen = null
    return false
  }

  /** Fetches and runs the UI now, so that it is ready when the engine asks for it. */
  const startUI = () => startScriptFile(base + 'consentry-ui.js', nonce)

  /** The stored choice's cookie as this view first read it. */
  let cookieAtStart: string | undefined
  /**
   * Hears another tab's decision without a channel of this view's own (see `watchTabs`):
   * the engine re-reads the stored choice; without the engine, it is fetched only when the
   * cookie differs from what this view first read.
   */
  const watchOtherTabs = (name: string) =>
    watchTabs(
      RECORD_CACHE_KEY,
      name,
      () => {
        if (engine) engine.refresh()
        else if (readCookie(name) !== cookieAtStart) void loadEngine()
      },
      window
    )

  /** What the first-visit banner's buttons ask for (see `startBanner`). */
  const act = (what: BannerAct) => {
    if (what === 'warm') return void loadEngine()
    if (what !== 'customize') return withEngine((e) => e.core[what]('banner'))
    actions.showPreferences()
  }
  /**
   * A first-time visitor's GDPR banner, before and without the engine: the banner file
   * (`consentry-banner.js`) is all this view fetches until the visitor acts. Pointing at
   * the banner or focusing it fetches the engine; a button waits for it, and the engine
   * validates the config before it decides anything. Where the banner file cannot show
   * the banner (a layout it leaves to the UI), or cannot be loaded, the engine and the UI
   * do it; with `autoShow: false`, nothing more starts until the page or the visitor asks.
   */
  const startBanner = (value: unknown, cookie: string) => {
    startSignals()
    // Another tab's decision, heard without opening a channel here.
    watchOtherTabs(cookie)
    // A record kept without its cookie: a choice that lapsed (expired, or its cookie was
    // deleted or tampered with). What its vendors set may linger: the engine deletes what
    // nothing grants now, and forgets the record (see `startEngine`). Asked once the page
    // is idle with its banner up (an engine asked for first would show the banner itself,
    // with the UI); where the page has no cookie at all nothing lingers, and localStorage
    // (a round trip to the browser) is not asked.
    const sweepLapsed = () =>
      idle(() => void (allCookies() && storedItem(RECORD_CACHE_KEY) && loadEngine()))
    const fallBack = () => {
      startUI()
      void loadEngine()
    }
    // A banner file is fetched (and the first frame waits for it) only for a banner it
    // shows: the modal layout has a file of its own, an unknown layout is the UI's (and
    // the engine reports it), and `autoShow: false` shows nothing by itself.
    const layer = firstLayer(value)
    if (layer === 'ui') return fallBack()
    // `autoShow: false`: nothing to show or decide until the page or the visitor asks.
    if (!layer) return sweepLapsed()
    // The page's first frame waits for the banner file, so that the banner shows with the
    // page rather than after it, for BANNER_WAIT ms at most (blocking="render": Chromium
    // 105+, Safari 18.2+; browsers heed it only while the body is not parsed yet).
    load<StartFirstBanner>(
      BANNER_KEY,
      layer === 'modal' ? 'banner-modal' : 'banner',
      BANNER_WAIT
    )
      .then((show) => {
        // Asked for the engine already (an API call, an embed): it shows the banner.
        if (engineLoading) return
        firstBanner = show(layerContext(value))
        if (firstBanner) sweepLapsed()
        else fallBack()
      })
      .catch((error: unknown) => {
        console.error('Consentry: the banner could not be shown.', error)
        fallBack()
      })
  }

  /**
   * A config the engine validated before (same text, region and version): the regime and
   * the stored choice are known now, and so is what may run. The engine is needed only
   * for what is still to decide (a banner, a GPC opt-out to record, the US notice).
   * `cookies`: see `proceed`.
   */
  const startCached = (
    cache: BootCache,
    value: unknown,
    cookies: string | undefined,
    known?: StoredChoice
  ) => {
    const regime: Regime = cache.regime
    const stored =
      known ??
      decodeChoice(
        cache.config,
        regime,
        readCookie(cache.config.cookie.name, cookies),
        Date.now()
      )
    const state = storedState({ config: cache.config, regime, gpc }, stored)
    // As the engine does: the state and its signals first, then the tags.
    runtime.hold(() => {
      config = cache.config
      configured = true
      store.set(state)
      startSignals()
    })
    runtime.react()
    const cookie = cache.config.cookie.name
    // Nothing left to decide: no law; under a US law with a GPC signal, a choice stored
    // with the signal in force (the engine records the opt-out a signal makes on the view
    // that first sees it, over a choice made without it or over none); else a stored
    // choice, or a US law's defaults with no notice to show (`ui.usNotice`, read from the
    // config's text, which the engine validated).
    const fields = fieldsOf(value)
    const ui = fields?.ui
    const us = regime === 'us'
    if (
      regime === 'none' ||
      (us && gpc ? stored?.gpc : stored || (us && !ui?.usNotice))
    ) {
      // Opening a tab channel costs a round trip to the browser: a view that only reads
      // the choice hears other tabs through their cookie's (or record's) change event.
      watchOtherTabs(cookie)
      // Once idle, without the engine: under a US law the GPP and USP signals, read by ad
      // tags, from the config cached here; the floating re-open button the config asks
      // for, without the UI. A record that could not be sent (offline) waits in the
      // outbox, and one the endpoint failed three times is held until it is due again
      // (see `heldDue`), looked for only where the config sends records: the engine
      // sends them.
      idle(() => {
        if (us) loadGpp()
        if (ui?.reopenButton) void showReopen(value)
        if (
          fields?.recordEndpoint &&
          (storedItem(OUTBOX_KEY) || heldDue(storedItem(HELD_KEY), Date.now()))
        )
          void loadEngine()
      })
      return
    }
    if (regime === 'gdpr') return startBanner(value, cookie)
    void loadEngine()
  }

  /**
   * Goes on with the config as found. `cookies`: the page's cookies as `start` was given
   * them, when this runs in the script's first task; read afresh when not given (a fetched
   * config). See the end of this file for why they are read outside `start`.
   */
  const proceed = (found: RawConfig, cookies?: string) => {
    raw = found
    // The config's value, or nothing when it could not be read (no key: never trusted).
    const { value } = found as { value?: unknown }
    const gating = (derived = gatingFromRaw(value))
    const key = configKey(__CONSENTRY_VERSION__, region, found)
    // Read once: for the stamp, and to tell a first visit from a choice made before.
    const cookie = (cookieAtStart = gating && readCookie(gating.cookie.name, cookies))
    // A stored choice stamped with this config's key: no need to ask localStorage.
    const stamped = stampedChoice(gating, key, () => cookie, Date.now())
    if (stamped) return startCached(stamped.cache, value, cookies, stamped.stored)
    // A first-time visitor under `gdpr` for certain sees the banner, whatever an earlier
    // view remembered: localStorage (a round trip to the browser) is not asked. A config
    // that could not be read, or is no object, is the engine's to report. The server's
    // preload hints (`preloadFor`, src/server/preload.ts) make this decision again, and
    // `startBanner`'s: keep them in step.
    const banner =
      gating && !cookie && found.error === undefined && certainlyGdpr(value, region)
    const cache = !banner && readBootCache(storedItem, key)
    if (cache) return startCached(cache, value, cookies)
    // Hold the hosts this config names too (fail closed) until the engine has validated it.
    try {
      config = pendingGatingConfig(value)
    } catch {
      // A config that throws when read: the engine will say so; the catalog's hosts hold.
    }
    if (banner) return startBanner(value, gating.cookie.name)
    startSignals()
    // Nothing stored, and no GPC opt-out to record or notice to show (the engine's to do):
    // validating the config may be all this view needs, most often a US visitor's first
    // view, which runs on the regime's defaults. Not when the engine is on its way already
    // (asked for while a `data-config` file was fetched): it validates the config itself.
    // The server's preload hints count on the engine here, and in `startCached`, for a US
    // view with a GPC signal or the notice (`usHints`, src/server/preload.ts).
    if (!engineLoading && gating && !cookie && !gpc && !fieldsOf(value)?.ui?.usNotice)
      return validateThen(found, value)
    void loadEngine()
  }
  /**
   * Validates the config with the validator file alone (`consentry-validator.js`), then
   * goes on as a later view would on what it remembered; the engine takes over a config
   * the validator leaves to it, or when the file cannot be loaded.
   */
  const validateThen = (found: RawConfig, value: unknown) =>
    void (settling = load<Validate>(VALIDATOR_KEY, 'validator')
      .then((validate) => {
        // Asked for the engine meanwhile (an API call, a dialog): it takes the config.
        if (engineLoading) return
        const cache = validate(found, region, storage)
        if (cache) startCached(cache, value, undefined)
        else void loadEngine()
      })
      .catch(() => void loadEngine())
      .finally(() => (settling = undefined)))
  if (rawConfig instanceof Promise) {
    // The config is on its way: signal "denied" now, before any other tag runs.
    startSignals()
    // A later task: the cookies are read afresh. The frames held meanwhile are asked for
    // again (see `blockedFrame`).
    settling = rawConfig.then((found) => {
      settling = undefined
      proceed(found)
      runtime.scanAll()
    })
  } else proceed(rawConfig, cookies)
  // A call that waits on the stub (or one the page's IAB stub queued) fetches the GPP
  // file: after the fetched config and the validator where they are on their way, at once
  // on a view of a config validated before with no banner to report (a US or `none`
  // view, a stored choice), else once the engine has validated the config (the API's
  // `cmpDisplayStatus` follows the engine's banner). Installed before the page's next
  // script.
  const gppCalled = (): void =>
    settling
      ? void settling.then(gppCalled)
      : configured && (store.get().decided || store.get().regime !== 'gdpr')
        ? loadGpp()
        : withEngine(loadGpp)
  installGppStub(window, gppCalled)
  // Before the page's next script: auto-blocking, unless the stored choice grants all.
  runtime.guard()
}

// The script element is known only while the file runs; everything else runs from a
// microtask, which is still before the page's next tag: the parser goes on only once the
// microtasks queued by a script have run (HTML, "clean up after running script").
// Chromium with DevTools attached (Lighthouse, PageSpeed Insights, the benchmark) records
// the stack of the page's first cookie read and of each request, and re-parses every
// function on it for its source positions. The script's top level and `start` would cost
// 7–60 ms of that at 4× throttling; this callback and `allCookies` cost next to nothing.
const script = document.currentScript as HTMLScriptElement | null
queueMicrotask(() => {
  try {
    start(script, allCookies())
  } catch (error) {
    // Never throw into the host page: whatever failed, nothing non-essential was released.
    console.error('Consentry: could not start; non-essential tags stay blocked.', error)
  }
})
