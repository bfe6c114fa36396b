const FOCUSABLE =
  'button:not([disabled]), a[href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])'

/**
 * The element that really has focus, looking through open shadow roots.
 *
 * @param document The document.
 * @returns The focused element, or null.
 */
export function deepActiveElement(document: Document): HTMLElement | null {
  let active = document.activeElement as HTMLElement | null
  while (active?.shadowRoot?.activeElement) {
    active = active.shadowRoot.activeElement as HTMLElement
  }
  return active
}

/**
 * The focusable elements inside a container, in tab order (no positive tabindex is used).
 *
 * @param container The dialog or banner.
 * @returns The elements.
 */
export function focusables(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => !el.closest('[hidden]') && !el.closest('[inert]')
  )
}

/**
 * Keeps Tab and Shift+Tab inside a container (WAI-ARIA APG dialog pattern).
 *
 * @param event The keydown event.
 * @param container The modal dialog.
 */
export function trapTab(event: KeyboardEvent, container: HTMLElement): void {
  if (event.key !== 'Tab') return
  const items = focusables(container)
  if (items.length === 0) return
  const first = items[0]!
  const last = items[items.length - 1]!
  const active = deepActiveElement(container.ownerDocument)
  if (event.shiftKey && (active === first || !container.contains(active))) {
    event.preventDefault()
    last.focus()
  } else if (!event.shiftKey && (active === last || !container.contains(active))) {
    event.preventDefault()
    first.focus()
  }
}
