import { asRelease } from './releasing'
import { runWriting } from './write-after'

/** Attributes of a blocked script that must not be carried to the live one. */
const DROPPED = ['type', 'data-type', 'nonce']

/**
 * Replaces a blocked `<script type="text/plain">` with a live copy, which the browser then
 * runs. The copy keeps every attribute (and so `data-consent`, which marks it as handled)
 * but `type`; `data-type` gives the type to run it as (`module`).
 *
 * @param blocked The blocked script, still in the document.
 * @param nonce CSP nonce for the copy.
 * @param done Called once the copy has run (after load or error for an external one), and
 *   all it wrote with `document.write` has; at once for an `async` one.
 */
export function activateScript(
  blocked: HTMLScriptElement,
  nonce: string | undefined,
  done: () => void
): void {
  const live = blocked.ownerDocument.createElement('script')
  // The copy's own `src` is the gate's to release: auto-blocking stands down for it, and
  // only for it. What the script does once it runs (a vendor's tag it adds, a pixel, a
  // write) is held like anything else on the page.
  asRelease(() => {
    for (const { name, value } of Array.from(blocked.attributes)) {
      if (!DROPPED.includes(name)) live.setAttribute(name, value)
    }
  })
  const type = blocked.getAttribute('data-type')
  if (type) live.type = type
  if (nonce) live.nonce = nonce
  // Scripts inserted by code are async by default; running the next one only after this
  // one has run keeps document order, except for scripts the author marked async.
  const async = blocked.hasAttribute('src') && blocked.hasAttribute('async')
  if (blocked.hasAttribute('src')) live.async = async
  else live.text = blocked.text
  if (async) {
    blocked.replaceWith(live)
    done()
  } else runWriting(live, nonce, blocked, done)
}
