import type { ReadableAtom } from 'nanostores'
import type { ConsentState } from '../../core/consent/types'

/** Name of the event dispatched on `document` on every change (CONTRACT.md §4). */
export const CHANGE_EVENT = 'consentry:change'

/**
 * Dispatches `consentry:change` on `document`, with the state as `detail`, whenever the
 * store changes.
 *
 * @param $state The consent store.
 * @param document Where to dispatch.
 * @returns Stops dispatching.
 */
export function dispatchChanges($state: ReadableAtom<ConsentState>, document: Document) {
  return $state.listen((state) => {
    document.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: state }))
  })
}
