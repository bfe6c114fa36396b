/**
 * Whether the browser sends a Global Privacy Control signal (`navigator.globalPrivacyControl`).
 *
 * @returns `true` only for an explicit signal; `false` where there is no navigator.
 */
export function detectGpc(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true
  )
}
