import { asRelease } from './releasing'

/** Attributes of a blocked script that must not be carried to the live one. */
const DROPPED = ['type', 'data-type', 'nonce']

/**
 * Replaces a blocked `<script type="text/plain">` with a live copy, which the browser then
 * runs. The copy keeps every attribute (and so `data-consent`, which marks it as handled)
 * but `type`; `data-type` gives the type to run it as (`module`).
 *
 * @param blocked The blocked script, still in the document.
 * @param nonce CSP nonce for the copy.
 * @param done Called once the copy has run: after load or error for an external
 *   non-async script, at once otherwise.
 */
export function activateScript(
  blocked: HTMLScriptElement,
  nonce: string | undefined,
  done: () => void
): void {
  // The copy's own `src` is the gate's to release: auto-blocking stands down for it, and
  // only for it. What the script does once it runs (a vendor's tag it adds, a pixel, a
  // write) is held like anything else on the page.
  let live!: HTMLScriptElement
  asRelease(() => (live = liveCopy(blocked, nonce, DROPPED)))
  const type = blocked.getAttribute('data-type')
  if (type) live.type = type
  const external = blocked.hasAttribute('src')
  // Scripts inserted by code are async by default; running the next one only after this
  // one has loaded keeps document order, except for scripts the author marked async.
  const waits = external && !blocked.hasAttribute('async')
  if (external) live.async = blocked.hasAttribute('async')
  if (waits) {
    live.addEventListener('load', done, { once: true })
    live.addEventListener('error', done, { once: true })
  }
  blocked.replaceWith(live)
  if (!waits) done()
}

function liveCopy(
  from: HTMLScriptElement,
  nonce: string | undefined,
  dropped: readonly string[]
): HTMLScriptElement {
  const live = from.ownerDocument.createElement('script')
  for (const { name, value } of Array.from(from.attributes)) {
    if (!dropped.includes(name)) live.setAttribute(name, value)
  }
  if (nonce) live.nonce = nonce
  if (!from.hasAttribute('src')) live.text = from.text
  return live
}
