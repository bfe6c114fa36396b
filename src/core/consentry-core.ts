import type { ReadableAtom, WritableAtom } from 'nanostores'
import { defaultConfig } from './config/defaults'
import type { Regime, ResolvedConfig } from './config/types'
import type { ConfigResult } from './config/validate'
import { decodeChoice, encodeChoice } from './consent/codec'
import {
  acceptAllChoice,
  optOutChoice,
  rejectAllChoice,
  saveChoice,
  type SaveInput
} from './consent/decide'
import {
  defaultChoice,
  deriveState,
  storedState,
  type StateContext
} from './consent/derive-state'
import { buildRecord, type ConsentRecord } from './consent/record'
import type { Choice, ConsentState, DecisionMethod, OptOut } from './consent/types'
import { regimeOf } from './regime/resolve-regime'
import { safeStorage } from './storage/safe-storage'
import { memoryStorage } from './storage/memory-storage'
import type { StorageEngine } from './storage/types'

/** What the core needs from its platform. */
export interface CoreOptions {
  /** Where the choice is stored. */
  storage: StorageEngine
  /** A Global Privacy Control signal is present. @default false */
  gpc?: boolean
  /** The visitor's region; wins over `config.region`. */
  region?: string
  /** The UI language shown to the visitor, for records. */
  language?: () => string | undefined
  /** Called with the record of every decision, once, as it is made. */
  onRecord?: (record: ConsentRecord) => void
  /** Clock, in milliseconds. @default Date.now */
  now?: () => number
  /** Record-id generator. */
  randomId: () => string
  /** Where errors and warnings go. @default console */
  logger?: Pick<Console, 'warn' | 'error'>
  /** SDK version written into records. */
  version: string
  /**
   * Gives the store to keep the state in, from the state before any config or choice:
   * `createConsentStore` for a new one, or the script tag's first file's store, already
   * holding the state the page runs on (it may have read the stored choice before the core
   * loaded). States equal to the one held are not set again, so nothing is announced
   * twice. (A factory, so that the engine file carries no store code of its own.)
   */
  store: (initial: ConsentState) => WritableAtom<ConsentState>
  /**
   * The key to stamp stored choices with, when the config was checked to be readable by
   * the script tag's first file alone (see `encodeChoice`); `undefined` otherwise.
   */
  cookieKey?: () => string | undefined
}

/** The DOM-free consent manager behind `createConsentry` and the script tag. */
export interface ConsentCore {
  /** The consent state as a store. */
  readonly $state: ReadableAtom<ConsentState>
  /** The config in force (the default one until `configure`). */
  config(): ResolvedConfig
  /** The visitor's region, when known. */
  region(): string | undefined
  /** Applies a validated config: reads the stored choice and replays queued decisions. */
  configure(result: ConfigResult): void
  acceptAll(method?: DecisionMethod): void
  rejectAll(method?: DecisionMethod): void
  save(input: SaveInput, method?: DecisionMethod): void
  optOut(input?: Partial<OptOut>, method?: DecisionMethod): void
  reset(): void
  getRecord(): ConsentRecord | undefined
  /** Re-reads the stored choice (another tab may have changed it). */
  refresh(): void
  /**
   * Stamps the stored choice in force with {@link CoreOptions.cookieKey} when it lacks it
   * (made before the config was checked, or under another text of it). The choice, its
   * time and its expiry stay as they are.
   */
  stamp(): void
  /** Whether the config was invalid and the defaults run fail-closed. */
  failClosed(): boolean
  /** What the visitor said, before regime rules and GPC (see {@link Choice}). */
  choice(): Choice
}

/**
 * Creates the consent core. Until {@link ConsentCore.configure} runs, the state is the
 * opt-in default (nothing non-essential granted) and decisions wait in a queue: config
 * that must be fetched can arrive late without anything running early.
 *
 * @param options Platform and environment.
 * @returns The core.
 */
export function createConsentCore(options: CoreOptions): ConsentCore {
  const now = options.now ?? Date.now
  const logger = options.logger ?? console
  const gpc = options.gpc === true
  let storage = options.storage
  let config = defaultConfig()
  let regime: Regime = 'gdpr'
  let region = options.region
  let choice: Choice = defaultChoice(config, regime)
  let configured = false
  let invalid = false
  const queue: Array<() => void> = []
  const context = (): StateContext => ({ config, regime, gpc })
  const $state = options.store(storedState(context(), undefined))
  const setState = (state: ConsentState) => {
    if (JSON.stringify(state) !== JSON.stringify($state.get())) $state.set(state)
  }

  const decide = (method: DecisionMethod, next: (current: Choice) => Choice) => {
    if (!configured) {
      queue.push(() => {
        try {
          decide(method, next)
        } catch (error) {
          logger.error(error)
        }
      })
      return
    }
    const updated = next(choice)
    const time = Math.floor(now() / 1000) * 1000
    const id = options.randomId()
    choice = updated
    storage.set(
      config.cookie.name,
      encodeChoice(config, {
        choice,
        regime,
        method,
        revision: config.revision,
        id,
        time,
        gpc,
        key: options.cookieKey?.()
      }),
      cookieAttributes(config, config.cookie.expiryDays)
    )
    setState(deriveState(context(), choice, { decided: true, method, id, time }))
    const record = recordOf()
    if (record) options.onRecord?.(record)
  }
  const recordOf = () =>
    buildRecord(config, $state.get(), {
      region,
      language: options.language?.() ?? config.language,
      version: options.version
    })

  const decodeStored = () =>
    decodeChoice(config, regime, storage.get(config.cookie.name), now())
  const readStored = (stored = decodeStored()) => {
    choice = stored?.choice ?? defaultChoice(config, regime)
    // Under `us`, a GPC signal first seen (over no stored choice, or over one made without
    // it) is a decision: the opt-out it makes is stored and recorded once, then read back
    // as any other choice on later page views. A choice made without the signal is kept
    // as it was (only marked as seen with it): without the signal it stands again, as the
    // opt-out dialog tells the visitor.
    if (gpc && regime === 'us' && !stored?.gpc)
      return decide('gpc', (current) =>
        stored ? current : { ...current, optOut: { sale: true, share: true } }
      )
    setState(storedState(context(), stored))
  }

  return {
    $state,
    config: () => config,
    region: () => region,
    configure(result) {
      for (const warning of result.warnings) logger.warn(`Consentry config: ${warning}`)
      config = result.config
      region = options.region ?? config.region
      if (result.failClosed) {
        logger.error(
          'Consentry: invalid config; running fail-closed on the default taxonomy ' +
            '(nothing non-essential runs, the stored choice is left untouched) until it is ' +
            'fixed:\n  - ' +
            result.errors.join('\n  - ')
        )
        regime = 'gdpr'
        storage = memoryStorage()
      } else {
        regime = regimeOf(config, region)
        storage = safeStorage(storage, (error) =>
          logger.warn(
            'Consentry: cookies are unavailable; the choice lasts this page view.',
            error
          )
        )
      }
      configured = true
      invalid = result.failClosed
      readStored()
      for (const action of queue.splice(0)) action()
    },
    refresh() {
      if (!configured) return
      const stored = decodeStored()
      if (stored?.id !== $state.get().id) readStored(stored)
    },
    stamp() {
      const key = options.cookieKey?.()
      const stored = configured && !invalid && key ? decodeStored() : undefined
      if (!stored || stored.key === key || stored.id !== $state.get().id) return
      const left = stored.time / 86400000 + config.cookie.expiryDays - now() / 86400000
      storage.set(
        config.cookie.name,
        encodeChoice(config, { ...stored, key }),
        cookieAttributes(config, left)
      )
    },
    failClosed: () => invalid,
    choice: () => choice,
    acceptAll: (method = 'api') => decide(method, () => acceptAllChoice(config)),
    rejectAll: (method = 'api') => decide(method, () => rejectAllChoice(config)),
    save(input, method = 'api') {
      // Validate now, so that a bad call throws to its caller. While config is pending the
      // ids are not known yet: the queued call is checked (and logged) when it replays.
      if (!configured)
        return decide(method, (current) => saveChoice(config, current, input))
      const next = saveChoice(config, choice, input)
      decide(method, () => next)
    },
    optOut(input = { sale: true, share: true }, method = 'api') {
      if (configured) optOutChoice(choice, input)
      decide(method, (current) => optOutChoice(current, input))
    },
    reset: function reset() {
      // Before the config: the decisions queued so far are dropped, and the stored choice
      // is forgotten once the config says where it is.
      if (!configured) {
        queue.length = 0
        queue.push(reset)
        return
      }
      storage.remove(config.cookie.name, cookieAttributes(config))
      readStored()
    },
    getRecord: recordOf
  }
}

/** The cookie's attributes; `expires` in days from now (fractions allowed). */
function cookieAttributes(config: ResolvedConfig, expires?: number) {
  const { domain, path, sameSite } = config.cookie
  return {
    path,
    sameSite,
    ...(domain ? { domain } : {}),
    ...(expires === undefined ? {} : { expires })
  }
}
