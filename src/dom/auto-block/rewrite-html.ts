import type { HostOwner } from './host-match'

/**
 * Tags that load from a URL and are held as the parser adds them. A `<link>` is not: its
 * fetch has started by then, and the page's own links to a vendor's site (`rel="me"`,
 * `canonical`) must stay as written.
 */
export const LOADING_SELECTOR = 'script[src], iframe[src], img[src]'

/** The attribute a tag that can be held loads from (`href` for a `<link>`). */
export const urlAttribute = (element: Element): string =>
  element.localName === 'link' ? 'href' : 'src'

/**
 * Turns a tag that loads from a blocked host into gated markup, in place: a script gets
 * `type="text/plain"` (so the browser neither fetches nor runs it), an iframe or image
 * gets its URL moved to `data-src`, a link to `data-href`; all get `data-consent` and
 * `data-vendor`, so the gate releases them once allowed.
 *
 * @param element A script, iframe, img or link.
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
 * Holds a tag that already has its URL (parsed markup): {@link holdElement}, and for an
 * iframe, image or link the URL moves to `data-src` (`data-href`) so nothing loads.
 *
 * @param element A script, iframe, img or link with its URL.
 * @param owner Who its host belongs to.
 */
export function holdLoaded(element: Element, owner: HostOwner): void {
  holdElement(element, owner)
  if (element.localName === 'script') return
  const attribute = urlAttribute(element)
  element.setAttribute(`data-${attribute}`, element.getAttribute(attribute) ?? '')
  element.removeAttribute(attribute)
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
  if (!/<(script|iframe|img|link)\b/i.test(html)) return html
  const template = document.createElement('template')
  template.innerHTML = html
  let changed = false
  for (const element of Array.from(
    template.content.querySelectorAll(`${LOADING_SELECTOR}, link[href]`)
  )) {
    const owner = blocked(element.getAttribute(urlAttribute(element)) ?? '')
    if (!owner) continue
    changed = true
    holdLoaded(element, owner)
  }
  return changed ? template.innerHTML : html
}
