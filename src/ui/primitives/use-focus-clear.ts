import type { RefObject } from 'preact'
import { useLayoutEffect } from 'preact/hooks'
import { keepFocusClear } from './keep-focus-clear'

/**
 * Keeps focus in the page clear of a layer fixed to the viewport's bottom while the
 * component is shown (see {@link keepFocusClear}).
 *
 * @param ref The layer.
 * @param fixed Whether it is such a layer (the modal layout is not: its dialog keeps the
 *   page's focus clear itself where the page stays usable, see `openDialog`).
 */
export function useFocusClear(ref: RefObject<Element>, fixed = true): void {
  useLayoutEffect(() => {
    if (fixed && ref.current) return keepFocusClear(ref.current)
  }, [fixed])
}
