/** The tracked scripts: each one's write, by the script. */
const slots = new Map<Element, (html: string) => void>()
const patched = new WeakSet<Document>()

/**
 * Runs a script the gate releases with `document.write` and `writeln` putting their markup
 * after it, where the parser would have put it. A script added by code has no place in the
 * parser's input: left alone, a write from an inline one (a legacy counter) opens the
 * document anew and wipes the page, and one from an external one (an ad server's tag) is
 * dropped. The script is found by `document.currentScript`, so the writes of an external
 * script are caught when it runs, and those of the scripts its markup holds, each after
 * its own script. A write is in the page when the call returns (a tag that writes a slot
 * and fills it at once works), unless it leaves an element open (then it goes in with
 * the write that closes it, or once the script has run) or a written external script
 * before it is still loading: then it waits for that script, as the parser would, and so
 * does `done`. Markup goes through `innerHTML`, so that auto-blocking holds the vendor
 * tags in it; its scripts get the nonce. An `async` script's writes are dropped, as
 * browsers drop them.
 *
 * @param script The live script, not yet in the document.
 * @param nonce CSP nonce for the scripts the markup holds.
 * @param replaced The node the script takes the place of.
 * @param done Called once the script has run and everything it wrote has.
 */
export function runWriting(
  script: HTMLScriptElement,
  nonce: string | undefined,
  replaced: ChildNode,
  done: () => void
): void {
  const [end, ran] = track(script, nonce, done)
  // `end` goes in first: WebKit runs a script inserted along with other nodes before it
  // inserts the ones after it.
  replaced.replaceWith(end)
  end.before(script)
  if (!script.hasAttribute('src')) ran()
}

/**
 * Tracks a script: its writes go before the returned `end` (to be put after it), in
 * order; each waits while a script written before it has not finished. Calls `done` once
 * the script has run (the returned `ran`, or its load or error) and all it wrote has.
 */
function track(
  script: HTMLScriptElement,
  nonce: string | undefined,
  done: () => void
): [end: Text, ran: () => void] {
  const doc = script.ownerDocument
  if (!patched.has(doc)) patch(doc)
  const end = doc.createTextNode('')
  const queue: Node[] = []
  /** Markup written that leaves an element open, waiting for the writes that close it. */
  let open = ''
  /** Scripts it wrote that have not finished. */
  let waiting = 0
  let ran = false
  const parse = () => {
    // Through innerHTML, for auto-blocking; then a fragment, whose scripts run.
    const holder = doc.createElement('div')
    holder.innerHTML = open
    open = ''
    queue.push(
      ...Array.from(
        doc.createRange().createContextualFragment(holder.innerHTML).childNodes
      )
    )
  }
  const pump = () => {
    let node: Node | undefined
    while (!waiting && (node = queue.shift())) {
      let at = end
      const inline: (() => void)[] = []
      const scripts = [node, ...((node as Element).querySelectorAll?.('script') ?? [])]
      for (const written of scripts as HTMLScriptElement[]) {
        if (written.localName !== 'script') continue
        if (nonce) written.nonce = nonce
        // What the parser waits for: a classic script (not a held tag, a data block, a
        // module, or a `nomodule` one, which never runs), inline or loaded in order (not
        // `async` or `defer`).
        const external = written.hasAttribute('src')
        if (
          !/^$|java|ecma/i.test(written.type.trim()) ||
          written.noModule ||
          (external && (written.hasAttribute('async') || written.hasAttribute('defer')))
        )
          continue
        waiting++
        const [writtenEnd, writtenRan] = track(written, nonce, () => {
          waiting--
          pump()
        })
        // Its end goes in first (see runWriting) when it is the node itself.
        if (written === node) end.before((at = writtenEnd))
        else written.after(writtenEnd)
        if (!external) inline.push(writtenRan)
      }
      // Its inline scripts run here, once it is in; their writes follow each of them.
      at.before(node)
      inline.forEach((run) => run())
    }
    if (ran && !waiting && !queue.length && slots.delete(script)) {
      end.remove()
      done()
    }
  }
  const run = () => {
    ran = true
    // What is still open once the script has run goes in as the parser leaves it.
    if (open) parse()
    pump()
  }
  slots.set(script, (html) => {
    // Ad servers write their markup a line a call (`<a href=…>`, `<img …>`, `</a>`): an
    // element left open takes the next writes, so they wait for the one that closes it.
    // A marker after the markup, parsed inertly, is its last node only once all is closed.
    open += html
    const probe = doc.createElement('template')
    probe.innerHTML = `${open}<cy-end></cy-end>`
    if (probe.content.lastChild?.nodeName !== 'CY-END') return
    parse()
    pump()
  })
  if (script.hasAttribute('src'))
    for (const type of ['load', 'error']) script.addEventListener(type, run)
  return [end, run]
}

/** Routes the document's writes from a tracked script to it; others go on as before. */
function patch(doc: Document): void {
  patched.add(doc)
  for (const method of ['write', 'writeln'] as const) {
    const previous = doc[method]
    doc[method] = function (this: Document, ...text: string[]) {
      const write = slots.get(doc.currentScript!)
      if (!write) return previous.apply(this, text)
      write(text.join('') + (method === 'writeln' ? '\n' : ''))
    }
  }
}
