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
  insertWriting(live, nonce, () => blocked.replaceWith(live))
  if (!waits) done()
}

/**
 * Inserts a live script (`insert`) with `document.write` and `writeln` putting their
 * markup after it, where the parser would have put it. A script run by code has no place
 * in the parser's input: left alone, a `document.write` in it (a legacy counter or ad tag)
 * would open the document anew and wipe the page, or be dropped. Each call's markup is in
 * the page when the call returns, as the parser would have it (a tag that writes a slot
 * and fills it at once works); it is read through `innerHTML`, so that auto-blocking holds
 * the vendor tags in it, and its scripts run (with the nonce) and write after it in turn.
 * Markup split across calls is parsed call by call. An external script's own writes are
 * not caught (it runs later): browsers drop those.
 *
 * @param script The live script.
 * @param nonce CSP nonce for the scripts the markup holds.
 * @param insert Puts the script in the document, which runs it if inline.
 */
function insertWriting(
  script: HTMLScriptElement,
  nonce: string | undefined,
  insert: () => void
): void {
  const doc = script.ownerDocument
  const methods = ['write', 'writeln'] as const
  const own = methods.map((m) => Object.getOwnPropertyDescriptor(doc, m))
  let last: ChildNode = script
  methods.forEach((m, i) => {
    doc[m] = (...text: string[]) => {
      const holder = doc.createElement('div')
      holder.innerHTML = text.join('') + (i ? '\n' : '')
      const fragment = doc.createRange().createContextualFragment(holder.innerHTML)
      for (const written of fragment.querySelectorAll('script'))
        if (nonce) written.nonce = nonce
      const at = last
      last = fragment.lastChild ?? last
      // Its scripts run here, after the whole fragment is in: their writes follow it.
      at.after(fragment)
    }
  })
  try {
    insert()
  } finally {
    methods.forEach((m, i) =>
      own[i]
        ? Object.defineProperty(doc, m, own[i])
        : delete (doc as Partial<Document>)[m]
    )
  }
}
