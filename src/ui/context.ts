import type { ReadableAtom } from 'nanostores'
import { createContext } from 'preact'
import type { ResolvedConfig } from '../core/config/types'
import type { SaveInput } from '../core/consent/decide'
import type { ConsentState, DecisionMethod, OptOut } from '../core/consent/types'
import type { Texts } from './i18n/en'
import type { Readable } from './primitives/view-store'

/** The consent actions the UI may take, each recorded with the UI's method. */
export interface UIActions {
  acceptAll(method: DecisionMethod): void
  rejectAll(method: DecisionMethod): void
  save(input: SaveInput, method: DecisionMethod): void
  optOut(input: Partial<OptOut>, method: DecisionMethod): void
}

/** What the UI views are open. */
export interface UIView {
  /** Open: `true`, or the id of the decision it was opened over (it goes with it). */
  banner: boolean | string
  dialog: 'preferences' | 'opt-out' | null
}

/** Everything a component reads, handed down once through context. */
export interface UIEnv {
  $state: ReadableAtom<ConsentState>
  $view: Readable<UIView>
  config: ResolvedConfig
  actions: UIActions
  texts: Texts
  language: string
  /** Opens or closes views. */
  setView(view: Partial<UIView>): void
  /** Whether a GPC signal overrides a stored choice that allowed sale or sharing. */
  gpcConflict(): boolean
}

export const Env = createContext<UIEnv>(null as unknown as UIEnv)
