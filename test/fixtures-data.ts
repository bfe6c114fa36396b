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
