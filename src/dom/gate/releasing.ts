let depth = 0

/**
 * Runs `release` with auto-blocking stood down: what the gate itself releases must not be
 * caught again on its way into the page.
 *
 * @param release Sets the real `src`/`href`.
 */
export function asRelease(release: () => void): void {
  depth++
  try {
    release()
  } finally {
    depth--
  }
}

/** Whether the gate is releasing an element right now. */
export function isReleasing(): boolean {
  return depth > 0
}
