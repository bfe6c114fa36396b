import type { ReadableAtom } from 'nanostores'
import type { ConsentState } from './core/consent/types'
import type { Consentry } from './create-consentry'

/** The members of the API that act (rather than read the state). */
export type ConsentActions = Omit<
  Consentry,
  'granted' | 'vendorGranted' | 'getState' | '$state' | 'onChange'
>

/**
 * The public API (CONTRACT.md §4) over a state store and a set of actions: the readers
 * are the same whoever decides (the engine, or the script tag's first file before the
 * engine has loaded).
 *
 * @param $state The consent state.
 * @param actions What acts.
 * @returns The API.
 */
export function consentApi(
  $state: ReadableAtom<ConsentState>,
  actions: ConsentActions
): Consentry {
  return {
    ...actions,
    granted: (id) => $state.get().categories[id] === true,
    vendorGranted: (id) => $state.get().vendors[id] === true,
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
    }
  }
}
