import type { HostOwner } from './host-match'

/** Elements whose loading attribute is rewritten into gated markup. */
const LOADING: Record<string, string> = { script: 'src', iframe: 'src', img: 'src' }

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
  for (const element of Array.from(
    template.content.querySelectorAll('script[src], iframe[src], img[src]')
  )) {
    const attribute = LOADING[element.localName]!
    const owner = blocked(element.getAttribute(attribute) ?? '')
    if (!owner) continue
    changed = true
    holdElement(element, owner)
    if (element.localName !== 'script') {
      element.setAttribute('data-src', element.getAttribute(attribute)!)
      element.removeAttribute(attribute)
    }
  }
  return changed ? template.innerHTML : html
}
