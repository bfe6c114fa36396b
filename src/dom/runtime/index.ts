import type { ReadableAtom } from 'nanostores'
import type { GatingConfig } from '../../core/config/types'
import type { ConsentState } from '../../core/consent/types'
import { startAutoBlock, type AutoBlock } from '../auto-block/index'
import { ownerOf, type HostOwner } from '../auto-block/host-match'
import { dispatchChanges } from '../events/dispatch-change'
import { startGate, type Gate, type GateVerdict } from '../gate/index'
import { listenForTriggers, type TriggerView } from '../triggers/index'

/**
 * What the runtime asks of the engine that decides. The script tag's small first file
 * answers these from its cached config until the engine file has loaded, and then hands
 * them over by replacing the functions (see `src/boot.ts`).
 */
export interface RuntimeHooks {
  /** The config in force. */
  config(): GatingConfig
  /** Whether the site's config is known; until it is, nothing gated runs. */
  configured(): boolean
  /** A blocked iframe is seen (it may get a placeholder). */
  blockedFrame(element: Element, category: string, vendor: string | undefined): void
  /** A gated element was released. */
  released?(element: Element): void
  /**
   * Called on every state change before tags are released; returning true (the page is
   * reloading to withdraw consent) skips the release.
   */
  beforeRelease?(): boolean
  /** Called after every state change once tags are released (shows the banner). */
  afterRelease?(): void
  /** A `data-consentry` trigger was clicked. */
  show(view: TriggerView): void
  /** Called on every change the page makes here (announces it to other tabs). */
  changed?(): void
}

/** The DOM side of a consent manager: gate, auto-blocking, events and triggers. */
export interface Runtime {
  readonly hooks: RuntimeHooks
  readonly gate: Gate
  /** Releases what the state allows now. */
  scanAll(): void
  /** What a state change does: withdraw (reload) or release, then show the banner. */
  react(): void
  /** Starts auto-blocking, unless every listed vendor and host is granted. */
  guard(): void
  /**
   * Runs `action` without reacting to the state changes it makes (the engine applies its
   * config and integrations first, so nothing runs before the signals it relies on).
   */
  hold(action: () => void): void
}

/** Options of {@link startRuntime}. */
export interface RuntimeOptions {
  document: Document
  $state: ReadableAtom<ConsentState>
  hooks: RuntimeHooks
  nonce?: string
  /** Hold tags by their host (see `createConsentry`'s `autoBlock`). */
  autoBlock?: boolean
  /**
   * Start auto-blocking only at the first {@link Runtime.guard} or state change, so that a
   * caller who learns the state at once can skip it when nothing is to be held. The caller
   * must call `guard()` before any other script of the page runs.
   */
  lazyAutoBlock?: boolean
}

/**
 * Starts gating a document for a consent state: gated markup, hosts of listed vendors,
 * `consentry:change` events and `data-consentry` triggers. The engine that decides talks to
 * it only through {@link RuntimeHooks}, which lets the script tag start gating (and release
 * a returning visitor's tags) before its engine file has loaded.
 *
 * @param options Document, state and hooks.
 * @returns The runtime.
 */
export function startRuntime(options: RuntimeOptions): Runtime {
  const { document: doc, $state, hooks } = options
  const granted = (id: string) => $state.get().categories[id] === true
  const vendorGranted = (id: string) => $state.get().vendors[id] === true
  const verdict = (category: string, vendor: string | undefined): GateVerdict => {
    const config = hooks.config()
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
  dispatchChanges($state, doc)
  let autoBlock: AutoBlock | undefined
  const gate = startGate({
    document: doc,
    nonce: options.nonce,
    onBlocked: (element, category, vendor) =>
      hooks.blockedFrame(element, category, vendor),
    onReleased: (element) => hooks.released?.(element),
    onAdded: (elements) => autoBlock?.added(elements),
    // Before the config is known no name is unknown yet, and nothing is allowed but what
    // needs no consent: a tag of the always-on category (`essential`) that names no vendor.
    verdict: (category, vendor) =>
      hooks.configured()
        ? verdict(category, vendor)
        : vendor === undefined &&
            hooks.config().categories.some((c) => c.id === category && c.required)
          ? 'allow'
          : 'wait'
  })
  let ownersOf: GatingConfig | undefined
  let owners = new Map<string, HostOwner>()
  /**
   * Auto-blocking holds nothing while every listed vendor and host is granted (a visitor
   * who accepted all): then it is not started, and its patches cost the page nothing. It
   * starts, before anything else happens, as soon as one of them is not granted.
   */
  const nothingToHold = () => {
    const config = hooks.config()
    return (
      hooks.configured() &&
      (!config.autoBlock ||
        (config.vendors.every((v) => vendorGranted(v.id)) &&
          Object.values(config.hosts).every(granted)))
    )
  }
  const guard = () => {
    if (autoBlock || !options.autoBlock || !doc.defaultView || nothingToHold()) return
    autoBlock = startAutoBlock({
      window: doc.defaultView as Window & typeof globalThis,
      blocked(url) {
        const config = hooks.config()
        const configured = hooks.configured()
        if (configured && !config.autoBlock) return undefined
        if (ownersOf !== config) {
          ownersOf = config
          owners = hostOwners(config)
        }
        const owner = ownerOf(url, doc.baseURI, owners)
        // Until the config is known, every listed host is held.
        return owner && (!configured || verdict(owner.category, owner.vendor) !== 'allow')
          ? owner
          : undefined
      }
    })
  }
  if (!options.lazyAutoBlock) guard()
  const scanAll = () => {
    gate.scan()
    autoBlock?.scan((category, vendor) => verdict(category, vendor) === 'allow')
  }
  const react = () => {
    // Reloading to withdraw: nothing is released, but hosts now denied are held until the
    // page goes (the code being withdrawn still runs meanwhile).
    const reloading = hooks.beforeRelease?.()
    guard()
    if (reloading) return
    scanAll()
    hooks.afterRelease?.()
  }
  let holding = false
  $state.listen(() => {
    if (holding) return
    hooks.changed?.()
    react()
  })
  listenForTriggers(doc, (view) => hooks.show(view))
  return {
    hooks,
    gate,
    scanAll,
    react,
    guard,
    hold(action) {
      holding = true
      try {
        action()
      } finally {
        holding = false
      }
    }
  }
}

/** Every host the config lists, with who it belongs to: vendors' hosts and the site's own. */
function hostOwners(config: GatingConfig): Map<string, HostOwner> {
  const owners = new Map<string, HostOwner>()
  for (const vendor of config.vendors) {
    for (const host of vendor.hosts)
      owners.set(host.toLowerCase(), { category: vendor.category, vendor: vendor.id })
  }
  for (const [host, category] of Object.entries(config.hosts))
    owners.set(host, { category, vendor: undefined })
  return owners
}
