import { activateElement } from '../gate/activate-element'
import { asRelease, isReleasing } from '../gate/releasing'
import type { HostOwner } from './host-match'
import {
  holdElement,
  holdLoaded,
  LOADING_SELECTOR,
  rewriteHtml,
  urlAttribute
} from './rewrite-html'

export type { HostOwner } from './host-match'

/** Running auto-blocking. */
export interface AutoBlock {
  /** Loads held detached images (`new Image()` pixels) that `allowed` now lets through. */
  scan(allowed: (category: string, vendor: string | undefined) => boolean): void
  /**
   * Holds the tags among elements the page has just added (the top of each added subtree),
   * told by a MutationObserver (the gate's, see `GateOptions.onAdded`).
   */
  added(elements: Element[]): void
}

/** What auto-blocking needs. */
export interface AutoBlockOptions {
  window: Window & typeof globalThis
  /** Who a URL belongs to, when it must be held now; `undefined` lets it through. */
  blocked(url: string): HostOwner | undefined
}

type SrcElement =
  HTMLScriptElement | HTMLIFrameElement | HTMLImageElement | HTMLLinkElement

/**
 * Holds scripts, iframes, images and links (a stylesheet, a preload) that load from a
 * vendor's host (or a host the site maps to a category) until that vendor is granted, even
 * with no markup: the tag becomes gated markup, which the gate releases in order. Caught:
 * `src` (a link's `href`) set by code before or after insertion (`createElement` +
 * `appendChild`/`insertBefore`/`append`, `new Image()`), `setAttribute('src')`,
 * `innerHTML`, `insertAdjacentHTML`, `document.write`, and scripts, iframes and images
 * written in the HTML after Consentry's script (through `added`, which a MutationObserver
 * calls before they run). Not caught: see the README's "Known limits". The patches stay
 * for the page's life, inert when nothing is blocked.
 *
 * @param options Window and verdict.
 * @returns Controls: `scan` loads held images never inserted into the page once allowed;
 *   `added` holds parser-inserted tags.
 */
export function startAutoBlock(options: AutoBlockOptions): AutoBlock {
  const { window: win, blocked } = options
  const doc = win.document
  const check = (url: unknown) =>
    typeof url === 'string' && !isReleasing() ? blocked(url) : undefined

  // 1. src (href) set by code: property setters and setAttribute.
  for (const Element of [
    win.HTMLScriptElement,
    win.HTMLIFrameElement,
    win.HTMLImageElement,
    win.HTMLLinkElement
  ]) {
    const attribute = Element === win.HTMLLinkElement ? 'href' : 'src'
    const descriptor = Object.getOwnPropertyDescriptor(Element.prototype, attribute)
    if (!descriptor?.set) continue
    const setUrl = descriptor.set
    Object.defineProperty(Element.prototype, attribute, {
      ...descriptor,
      set(this: SrcElement, value: string) {
        if (!hold(this, value)) setUrl.call(this, value)
      }
    })
  }
  const setAttribute = win.Element.prototype.setAttribute
  win.Element.prototype.setAttribute = function (
    this: Element,
    name: string,
    value: string
  ) {
    if (
      isSrcElement(this) &&
      name.toLowerCase() === urlAttribute(this) &&
      hold(this, value)
    )
      return
    setAttribute.call(this, name, value)
  }

  /** Holds an element whose src is about to be set; true when it was held. */
  function hold(element: SrcElement, url: string): boolean {
    const owner = check(url)
    if (!owner) return false
    holdElement(element, owner)
    // A script keeps its src (a text/plain script is neither fetched nor run); an iframe
    // or image gets it in data-src, a link in data-href, for the gate to move back when
    // allowed.
    setAttribute.call(
      element,
      element.localName === 'script' ? 'src' : `data-${urlAttribute(element)}`,
      url
    )
    if (element.localName !== 'script' && !element.isConnected) detached.add(element)
    return true
  }
  // Images never inserted (`new Image().src = pixel`) are released here when allowed.
  const detached = new Set<Element>()

  // 2. HTML strings: innerHTML, insertAdjacentHTML, document.write.
  const rewrite = (html: unknown) =>
    typeof html === 'string' ? rewriteHtml(doc, html, check) : html
  const innerHTML = Object.getOwnPropertyDescriptor(win.Element.prototype, 'innerHTML')
  if (innerHTML?.set) {
    const setInner = innerHTML.set
    Object.defineProperty(win.Element.prototype, 'innerHTML', {
      ...innerHTML,
      set(this: Element, html: string) {
        setInner.call(
          this,
          this.localName === 'template' ? html : (rewrite(html) as string)
        )
      }
    })
  }
  const insertAdjacentHTML = win.Element.prototype.insertAdjacentHTML
  win.Element.prototype.insertAdjacentHTML = function (
    position: InsertPosition,
    html: string
  ) {
    insertAdjacentHTML.call(this, position, rewrite(html) as string)
  }
  for (const method of ['write', 'writeln'] as const) {
    const original = doc[method]
    doc[method] = function (this: Document, ...html: string[]) {
      original.apply(
        this,
        html.map((h) => rewrite(h) as string)
      )
    }
  }

  // 3. Tags in the HTML after Consentry's script: the parser runs a microtask checkpoint
  // before it prepares a script (HTML § 13.2.6.4.7, "An end tag whose tag name is
  // 'script'"), so a MutationObserver sees the element first and can make it text/plain.
  const added = (elements: Element[]) => {
    for (const element of elements) {
      const found = element.matches(LOADING_SELECTOR)
        ? [element]
        : Array.from(element.querySelectorAll(LOADING_SELECTOR))
      for (const el of found) {
        if (el.getAttribute('type') === 'text/plain' || el.hasAttribute('data-consent'))
          continue
        const owner = check(el.getAttribute('src'))
        if (owner) holdLoaded(el, owner)
      }
    }
  }

  return {
    scan(allowed) {
      for (const element of detached) {
        if (element.isConnected) {
          detached.delete(element) // inserted since: the gate has it
          continue
        }
        const category = element.getAttribute('data-consent') ?? ''
        if (!allowed(category, element.getAttribute('data-vendor') ?? undefined)) continue
        detached.delete(element)
        asRelease(() => activateElement(element))
      }
    },
    added
  }

  function isSrcElement(element: Element): element is SrcElement {
    return (
      element.localName === 'script' ||
      element.localName === 'iframe' ||
      element.localName === 'img' ||
      element.localName === 'link'
    )
  }
}
