import type { Choice, ConsentState } from './types'

/**
 * Whether a Global Privacy Control signal overrides what the visitor chose: under `us`, a
 * stored choice that allowed sale or sharing, now opted out by the signal (which wins, Cal.
 * Code Regs. tit. 11, § 7025(c)(3)), so the UI can explain why: on the view that records
 * the signal (`gpc`) and on later ones (`stored`), not after a decision made with it.
 *
 * @param state The consent state.
 * @param choice The stored choice, before GPC.
 * @returns True on a conflict.
 */
export function gpcOverridesChoice(state: ConsentState, choice: Choice): boolean {
  return (
    state.gpc &&
    state.regime === 'us' &&
    (state.method === 'stored' || state.method === 'gpc') &&
    !(choice.optOut.sale && choice.optOut.share)
  )
}
