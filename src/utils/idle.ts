/**
 * Runs `run` when the page is next idle (within 2 s), or soon where requestIdleCallback is
 * missing (Safari).
 *
 * @param run What to run.
 */
export function idle(run: () => void): void {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(run, { timeout: 2000 })
  else setTimeout(run, 1)
}
