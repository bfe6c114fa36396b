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
  const live = blocked.ownerDocument.createElement('script')
  for (const { name, value } of Array.from(blocked.attributes)) {
    if (!DROPPED.includes(name)) live.setAttribute(name, value)
  }
  const type = blocked.getAttribute('data-type')
  if (type) live.type = type
  if (nonce) live.nonce = nonce
  const external = blocked.hasAttribute('src')
  // Scripts inserted by code are async by default; running the next one only after this
  // one has loaded keeps document order, except for scripts the author marked async.
  const waits = external && !blocked.hasAttribute('async')
  if (external) live.async = blocked.hasAttribute('async')
  else live.text = blocked.text
  if (waits) {
    live.addEventListener('load', done, { once: true })
    live.addEventListener('error', done, { once: true })
  }
  blocked.replaceWith(live)
  if (!waits) done()
}
