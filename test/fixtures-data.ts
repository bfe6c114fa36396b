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
 * In the page: what test/fixtures/document-write.html (and document-write-external.html)
 * shows, for the Chromium and the Firefox/WebKit suites alike: the page's own content, the
 * slot the counter (the ad tag) wrote and filled, what follows its script in document
 * order (a script with its type, if any, in brackets; other elements by id), what is in
 * the box the ad tag wrote and in the creative's link (none in the counter's page), empty
 * text nodes left, and the document's state.
 */
export const documentWriteView = () => ({
  content: document.getElementById('content')?.textContent ?? null,
  slot: document.getElementById('slot')?.textContent ?? null,
  after: [...document.querySelectorAll('main > :not(h1)')].map((e) =>
    e.localName === 'script'
      ? `script${e.hasAttribute('type') ? `[${e.getAttribute('type')}]` : ''}`
      : e.id
  ),
  box: [...document.querySelectorAll('#box > *')].map((e) => e.localName),
  creative: [...document.querySelectorAll('#creative > *')].map((e) => e.localName),
  // The empty text nodes marking where each script's writes go are gone once it is done.
  markers: [...document.body.querySelectorAll('*')].reduce(
    (n, e) =>
      n + [...e.childNodes].filter((c) => c.nodeType === 3 && !(c as Text).data).length,
    0
  ),
  ready: document.readyState
})

/**
 * {@link documentWriteView} once the counter has run with statistical granted: the page
 * whole and loaded, the written paragraph and script after the counter, the vendor tag
 * it wrote held (marketing denied), the paragraph it left open, then the page's next
 * element.
 */
export const DOCUMENT_WRITE_VIEW = {
  content: 'Page content',
  slot: 'filled',
  after: ['script', 'written', 'script', 'script[text/plain]', 'open', 'after'],
  box: [],
  creative: [],
  markers: 0,
  ready: 'complete'
}

/**
 * What test/fixtures/document-write-external.html records in `window.__ran` once
 * marketing is granted: the ad tag, the library it wrote, the code it wrote after the
 * library (run once the library has), then the page's next tag. The parser's order.
 */
export const DOCUMENT_WRITE_EXTERNAL_RAN = ['tag', 'lib', 'uses lib', 'next']

/**
 * {@link documentWriteView} of test/fixtures/document-write-external.html once marketing
 * is granted (Facebook not): the ad tag, the paragraph it wrote, the box (its script and
 * what the script wrote after itself, in the box), Facebook's script it wrote held, the
 * script that failed to load, the `nomodule` one, the library and the creative it wrote
 * after itself (a link with its image inside, written a line a call), the code that uses
 * the library, the page's next tag and element. Where the parser puts them.
 */
export const DOCUMENT_WRITE_EXTERNAL_VIEW = {
  content: 'Page content',
  slot: 'filled',
  after: [
    'script',
    'written',
    'box',
    'script[text/plain]',
    'script',
    'script',
    'script',
    'creative',
    'script',
    'script',
    'after'
  ],
  box: ['script', 'b'],
  creative: ['img'],
  markers: 0,
  ready: 'complete'
}

/**
 * What test/fixtures/strict.csp.html's gated tags record in `window.__ran` once granted,
 * under its strict CSP: the inline tag, the one from a file, then the tag that writes a
 * script from a file and an inline one after it, run in that order.
 */
export const STRICT_CSP_RAN = ['inline', 'src', 'written-src', 'written']
