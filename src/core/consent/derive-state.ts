import { ESSENTIAL } from '../../catalog/categories'
import type { Regime, GatingConfig } from '../config/types'
import type { Choice, ConsentMethod, ConsentState, StoredChoice } from './types'

/** The facts a state is derived from besides the choice. */
export interface StateContext {
  config: GatingConfig
  regime: Regime
  /** A Global Privacy Control signal is present. */
  gpc: boolean
}

/** When and how a choice was made. */
export interface ChoiceMeta {
  decided: boolean
  method: ConsentMethod
  id?: string
  time?: number
}

/**
 * What a visitor who has not chosen gets: opt-in (`gdpr`) denies every non-essential
 * category; opt-out (`us`) and `none` grant them.
 *
 * @param config The resolved config.
 * @param regime The regime in force.
 * @returns A fresh choice; vendor switches are on, so a category grant covers its vendors.
 */
export function defaultChoice(config: GatingConfig, regime: Regime): Choice {
  const on = regime !== 'gdpr'
  return {
    categories: Object.fromEntries(
      config.categories.map((c) => [c.id, c.required || on])
    ),
    vendors: Object.fromEntries(config.vendors.map((v) => [v.id, true])),
    optOut: { sale: false, share: false }
  }
}

/**
 * Derives the state the page sees from a choice.
 *
 * - `essential` is always granted.
 * - Under `us`, a GPC signal is an opt-out of sale and sharing that no stored choice can
 *   undo (Cal. Code Regs. tit. 11, § 7025(b): the business "shall treat the opt-out
 *   preference signal as a valid request to opt-out of sale/sharing").
 * - An opt-out of sale or sharing denies the marketing category and every vendor flagged
 *   sale/share (CONTRACT.md §5).
 * - A vendor is granted only if its category is and its own switch is on.
 *
 * @param context Config, regime and GPC.
 * @param choice What the visitor said.
 * @param meta When and how.
 * @returns A frozen state.
 */
export function deriveState(
  context: StateContext,
  choice: Choice,
  meta: ChoiceMeta
): ConsentState {
  const { config, regime, gpc } = context
  const gpcOptOut = gpc && regime === 'us'
  const optOut = {
    sale: choice.optOut.sale || gpcOptOut,
    share: choice.optOut.share || gpcOptOut
  }
  const optedOut = optOut.sale || optOut.share
  const categories: Record<string, boolean> = {}
  for (const category of config.categories) {
    const denied = optedOut && category.id === 'marketing'
    categories[category.id] =
      category.id === ESSENTIAL || (!denied && choice.categories[category.id] === true)
  }
  const vendors: Record<string, boolean> = {}
  for (const vendor of config.vendors) {
    vendors[vendor.id] =
      categories[vendor.category] === true &&
      choice.vendors[vendor.id] !== false &&
      !(optedOut && vendor.saleShare && vendor.category !== ESSENTIAL)
  }
  const state: ConsentState = {
    decided: meta.decided,
    categories: Object.freeze(categories),
    vendors: Object.freeze(vendors),
    optOut: Object.freeze(optOut),
    regime,
    gpc,
    method: meta.method,
    revision: config.revision,
    ...(meta.id ? { id: meta.id } : {}),
    ...(meta.time !== undefined ? { timestamp: new Date(meta.time).toISOString() } : {})
  }
  return Object.freeze(state)
}

/**
 * The state a page view starts on: the stored choice, or the regime's default when nothing
 * is stored. The script tag's first file and the engine both derive it here, so that the
 * engine, taking over, finds the state it would have made itself.
 *
 * @param context Config, regime and GPC.
 * @param stored The decoded stored choice, or `undefined` for none.
 * @returns A frozen state.
 */
export function storedState(
  context: StateContext,
  stored: StoredChoice | undefined
): ConsentState {
  return stored
    ? deriveState(context, stored.choice, {
        decided: true,
        method: 'stored',
        id: stored.id,
        time: stored.time
      })
    : deriveState(context, defaultChoice(context.config, context.regime), {
        decided: false,
        method: 'default'
      })
}
