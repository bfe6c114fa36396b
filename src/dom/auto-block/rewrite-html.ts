import type { HostOwner } from './host-match'

/** Tags that load from a `src` and can be held. */
export const LOADING_SELECTOR = 'script[src], iframe[src], img[src]'

/**
 * Turns a tag that loads from a blocked host into gated markup, in place: a script gets
 * `type="text/plain"` (so the browser neither fetches nor runs it), an iframe or image
 * gets its URL moved to `data-src`; both get `data-consent` and `data-vendor`, so the gate
 * releases them once allowed.
 *
 * @param element A script, iframe or img.
 * @param owner Who its host belongs to.
 */
export function holdElement(element: Element, owner: HostOwner): void {
  element.setAttribute('data-consent', owner.category)
  if (owner.vendor) element.setAttribute('data-vendor', owner.vendor)
  if (element.localName === 'script') {
    const type = element.getAttribute('type')
    if (type && type !== 'text/plain') element.setAttribute('data-type', type)
    element.setAttribute('type', 'text/plain')
  }
}

/**
 * Holds a tag that already has its URL in `src` (parsed markup): {@link holdElement}, and
 * for an iframe or image the URL moves to `data-src` so nothing loads.
 *
 * @param element A script, iframe or img with `src`.
 * @param owner Who its host belongs to.
 */
export function holdLoaded(element: Element, owner: HostOwner): void {
  holdElement(element, owner)
  if (element.localName === 'script') return
  element.setAttribute('data-src', element.getAttribute('src') ?? '')
  element.removeAttribute('src')
}

/**
 * Rewrites an HTML string so that tags loading from blocked hosts arrive as gated markup.
 * It is parsed in an inert `<template>` (nothing loads or runs there).
 *
 * @param document The document.
 * @param html The markup about to be inserted.
 * @param blocked Who a URL belongs to, when it must be held now.
 * @returns The markup, unchanged when nothing in it is held.
 */
export function rewriteHtml(
  document: Document,
  html: string,
  blocked: (url: string) => HostOwner | undefined
): string {
  if (!/<(script|iframe|img)\b/i.test(html)) return html
  const template = document.createElement('template')
  template.innerHTML = html
  let changed = false
  for (const element of Array.from(template.content.querySelectorAll(LOADING_SELECTOR))) {
    const owner = blocked(element.getAttribute('src') ?? '')
    if (!owner) continue
    changed = true
    holdLoaded(element, owner)
  }
  return changed ? template.innerHTML : html
}
