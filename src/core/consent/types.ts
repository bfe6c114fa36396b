import type { Regime } from '../config/types'

/** How the current state came about (CONTRACT.md §4). */
export type ConsentMethod =
  'default' | 'banner' | 'preferences' | 'opt-out' | 'api' | 'gpc' | 'stored'

/** How a visitor decision was made: every method but `default` and `stored`. */
export type DecisionMethod = Exclude<ConsentMethod, 'default' | 'stored'>

/** US opt-outs of the sale and the sharing of personal information. */
export interface OptOut {
  sale: boolean
  share: boolean
}

/**
 * The consent state the page sees (CONTRACT.md §4): a plain frozen object.
 * `categories` and `vendors` are what is granted now, after opt-outs and GPC.
 */
export interface ConsentState {
  /** A choice was made (by the visitor or a GPC signal). */
  readonly decided: boolean
  /** Granted categories; `essential` is always true. */
  readonly categories: Readonly<Record<string, boolean>>
  /** Granted vendors; a vendor is granted only if its category is. */
  readonly vendors: Readonly<Record<string, boolean>>
  /** US opt-outs in force. */
  readonly optOut: Readonly<OptOut>
  readonly regime: Regime
  /** A Global Privacy Control signal is present. */
  readonly gpc: boolean
  readonly method: ConsentMethod
  /** Config revision the choice was made under. */
  readonly revision: number
  /** Consent record id. */
  readonly id?: string
  /** ISO 8601, when the choice was made. */
  readonly timestamp?: string
}

/**
 * What the visitor said, before regime rules apply: a category or vendor switch is kept
 * as set even while an opt-out overrides it, so that opting back in restores it.
 */
export interface Choice {
  categories: Record<string, boolean>
  vendors: Record<string, boolean>
  optOut: OptOut
}

/** A decision as stored: the choice and when, how and under what it was made. */
export interface StoredChoice {
  choice: Choice
  regime: Regime
  method: DecisionMethod
  revision: number
  /** Record id. */
  id: string
  /** Milliseconds since the epoch, whole seconds. */
  time: number
  /** A Global Privacy Control signal was in force as the decision was made. */
  gpc: boolean
  /** The script tag's config key the engine stamped the value with, when it did. */
  key?: string
}
