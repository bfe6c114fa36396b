/**
 * What test/fixtures/gating.html's tags record in `window.__ran` once every category and
 * vendor is granted, in document order: the Chromium and the Firefox/WebKit suites alike.
 * Not among them: the tags naming an unknown vendor or category, which stay blocked.
 */
export const GATING_ALL_ALLOWED = [
  'essential',
  'inline-statistical',
  'ga-src',
  'facebook-inline',
  'after-slow',
  'criteo'
]

/**
 * In the page: what test/fixtures/document-write.html shows, for the Chromium and the
 * Firefox/WebKit suites alike: the page's own content, the slot the counter wrote and
 * filled, what follows the counter's script in document order (a script with its type,
 * if any, in brackets; other elements by id), and the document's state.
 */
export const documentWriteView = () => ({
  content: document.getElementById('content')?.textContent ?? null,
  slot: document.getElementById('slot')?.textContent ?? null,
  after: [...document.querySelectorAll('main > :not(h1)')].map((e) =>
    e.localName === 'script'
      ? `script${e.hasAttribute('type') ? `[${e.getAttribute('type')}]` : ''}`
      : e.id
  ),
  ready: document.readyState
})

/**
 * {@link documentWriteView} once the counter has run with statistical granted: the page
 * whole and loaded, the written paragraph and script after the counter, the vendor tag
 * it wrote held (marketing denied), then the page's next element.
 */
export const DOCUMENT_WRITE_VIEW = {
  content: 'Page content',
  slot: 'filled',
  after: ['script', 'written', 'script', 'script[text/plain]', 'after'],
  ready: 'complete'
}
