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
  insertWriting(live, nonce, () => blocked.replaceWith(live))
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

/**
 * Inserts a live script (`insert`) with `document.write` and `writeln` putting their
 * markup after it, where the parser would have put it. A script run by code has no place
 * in the parser's input: left alone, a `document.write` in it (a legacy counter or ad tag)
 * would open the document anew and wipe the page, or be dropped. The markup is read
 * through `innerHTML`, so that auto-blocking holds the vendor tags in it, then inserted as
 * a fragment whose scripts run (what they write goes after it in turn). An external
 * script's own writes are not caught (it runs later): browsers drop those.
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
  let html = ''
  methods.forEach((m, i) => {
    doc[m] = (...text: string[]) => void (html += text.join('') + (i ? '\n' : ''))
  })
  let last: ChildNode = script
  try {
    insert()
    while (html && last.parentNode) {
      const holder = doc.createElement('div')
      holder.innerHTML = html
      html = ''
      const fragment = doc.createRange().createContextualFragment(holder.innerHTML)
      for (const written of fragment.querySelectorAll('script'))
        if (nonce) written.nonce = nonce
      const end = fragment.lastChild
      last.after(fragment)
      last = end ?? last
    }
  } finally {
    methods.forEach((m, i) =>
      own[i]
        ? Object.defineProperty(doc, m, own[i])
        : delete (doc as Partial<Document>)[m]
    )
  }
}
