import { atom } from 'nanostores'
import type { ReadableAtom, WritableAtom } from 'nanostores'
import type { ConsentState } from '../consent/types'

/** The read-only view of the consent store handed to the page (`Consentry.$state`). */
export type ConsentStore = ReadableAtom<ConsentState>

/**
 * Creates the store that holds the consent state.
 *
 * @param initial The state before any config or choice is known.
 * @returns A writable atom; hand out only its readable side.
 */
export function createConsentStore(initial: ConsentState): WritableAtom<ConsentState> {
  return atom(initial)
}
