/*
 * The UI's isolation, as plain DOM (the first-visit banner file uses it without Preact): an
 * open shadow root per host element, styled by one constructable stylesheet.
 */

/** Name of the element that hosts the UI's shadow root. */
export const HOST_TAG = 'consentry-root'

/**
 * Styles shadow roots with `css`: one constructable stylesheet shared by all of them, which
 * a CSP without 'unsafe-inline' allows; older browsers get a `<style>` with the CSP nonce.
 *
 * @param css The stylesheet's text.
 * @param nonce CSP nonce, for the `<style>` fallback.
 * @returns Applies the styles to a shadow root.
 */
export function stylesFor(
  css: string,
  nonce: string | undefined
): (root: ShadowRoot) => void {
  let sheet: CSSStyleSheet | undefined
  try {
    sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
  } catch {
    sheet = undefined
  }
  return (root) => {
    if (sheet) {
      root.adoptedStyleSheets = [sheet]
      return
    }
    const style = root.ownerDocument.createElement('style')
    if (nonce) style.nonce = nonce
    style.textContent = css
    root.append(style)
  }
}

/**
 * An open shadow root on `host` with a themed `.cy` container in it.
 *
 * @param host The host element.
 * @param theme `data-theme` of the container.
 * @param styles Styles the shadow root (see {@link stylesFor}).
 * @returns The container.
 */
export function shadowContainer(
  host: HTMLElement,
  theme: string,
  styles: (root: ShadowRoot) => void
): HTMLDivElement {
  const root = host.attachShadow({ mode: 'open' })
  styles(root)
  const container = host.ownerDocument.createElement('div')
  container.className = 'cy'
  container.setAttribute('data-theme', theme)
  root.append(container)
  return container
}

/**
 * Sets the language and direction of a UI container.
 *
 * @param element The container.
 * @param language The UI's language tag.
 * @param rtl Whether it is written right to left.
 */
export function localise(element: HTMLElement, language: string, rtl: boolean): void {
  element.lang = language
  element.dir = rtl ? 'rtl' : 'ltr'
}

/**
 * Puts `host` first in `<body>` (first in focus order), now or once the body exists.
 *
 * @param doc The document.
 * @param host The host element.
 * @param live Whether it is still wanted when the body comes.
 * @param then Runs once it is attached.
 */
export function attachFirst(
  doc: Document,
  host: HTMLElement,
  live: () => boolean,
  then?: () => void
): void {
  const attach = () => {
    if (!live()) return
    doc.body.prepend(host)
    then?.()
  }
  if (doc.body) attach()
  else doc.addEventListener('DOMContentLoaded', attach, { once: true })
}
