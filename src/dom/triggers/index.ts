/** What a `data-consentry` trigger opens (CONTRACT.md §3). */
export type TriggerView = 'preferences' | 'opt-out'

/** The values of `data-consentry` that open a view; any other opens nothing. */
export const TRIGGER_VIEWS: readonly string[] = ['preferences', 'opt-out']

/**
 * Listens for clicks on `[data-consentry="preferences"]` and `[data-consentry="opt-out"]`
 * anywhere in the document, now or added later, and opens that view instead of following
 * the link. Keyboard activation of links and buttons arrives as a click too.
 *
 * @param document The document.
 * @param open Opens a view.
 * @returns Stops listening.
 */
export function listenForTriggers(document: Document, open: (view: TriggerView) => void) {
  const onClick = (event: MouseEvent) => {
    const target = event.target as Element | null
    const trigger = target?.closest?.('[data-consentry]')
    const view = trigger?.getAttribute('data-consentry')
    if (!view || !TRIGGER_VIEWS.includes(view)) return
    event.preventDefault()
    open(view as TriggerView)
  }
  document.addEventListener('click', onClick)
  return () => document.removeEventListener('click', onClick)
}
