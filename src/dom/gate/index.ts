import { activateElement, GATED_ELEMENTS } from './activate-element'
import { activateScript } from './activate-script'
import { isParsed } from './is-parsed'
import { asRelease } from './releasing'

/** The verdict on a gated element: run it, keep it waiting, or never (unknown names). */
export type GateVerdict = 'allow' | 'wait' | { unknown: string }

/** The category and vendor a released element was gated by. */
export interface GatedRun {
  category: string
  vendor: string | undefined
}

/** What the gate needs. */
export interface GateOptions {
  /** The document to watch. */
  document: Document
  /** Decides for a category and an optional vendor. */
  verdict: (category: string, vendor: string | undefined) => GateVerdict
  /** CSP nonce for scripts it runs. */
  nonce?: string
  /**
   * Told about each element kept blocked (for placeholders): when it is added, and again on
   * every scan.
   */
  onBlocked?: (element: Element, category: string, vendor: string | undefined) => void
  /** Told about each element released. */
  onReleased?: (element: Element) => void
  /**
   * Told about the elements the page adds (the top of each added subtree), before the gate
   * looks at them: auto-blocking holds vendors' tags here, so that one MutationObserver
   * serves both and the gate sees a held tag as gated at once.
   */
  onAdded?: (elements: Element[]) => void
  /** Where warnings go. @default console */
  logger?: Pick<Console, 'warn'>
}

/** A running gate. */
export interface Gate {
  /** Releases every gated element now allowed, scripts in document order, each once. */
  scan(): void
  /** Releases one element regardless of consent ("Load once"). */
  release(element: Element): void
  /** What has been released so far: code that ran cannot be unloaded. */
  ran(): readonly GatedRun[]
  /** Stops watching the document. */
  stop(): void
}

/**
 * Gated elements (CONTRACT.md §3): `<script type="text/plain" data-consent>`, and `iframe`,
 * `img`, `video`, `audio`, `source`, `embed`, `object` and `link` with `data-consent` and
 * their loading attribute in `data-src` / `data-href`.
 */
const SELECTOR = [
  'script[type="text/plain"][data-consent]',
  ...GATED_ELEMENTS.map((tag) => `${tag}[data-consent]`)
].join(',')

/**
 * Starts gating: elements already in the document, those the parser has yet to read, and
 * those added later by code. Allowed scripts run one after another in document order (a
 * `defer` one not before the document is parsed); other elements load at once. An unknown
 * category or vendor keeps its element blocked and is warned about once.
 *
 * @param options Document, verdict, nonce and callbacks.
 * @returns The gate; call `scan()` whenever consent changes.
 */
export function startGate(options: GateOptions): Gate {
  const { document, nonce } = options
  const logger = options.logger ?? console
  const seen = new WeakSet<Element>()
  const warned = new Set<string>()
  const scripts: HTMLScriptElement[] = []
  const deferred: HTMLScriptElement[] = []
  const released: GatedRun[] = []
  let running = false

  const runNext = () => {
    const parsed = document.readyState !== 'loading'
    const next = scripts.shift() ?? (parsed ? deferred.shift() : undefined)
    if (!next) {
      running = false
      return
    }
    running = true
    if (next.isConnected) activateScript(next, nonce, runNext)
    else runNext()
  }

  const release = (element: Element, run?: GatedRun) => {
    seen.add(element)
    if (run) released.push(run)
    if (element.localName === 'script') {
      const script = element as HTMLScriptElement
      ;(script.hasAttribute('defer') && script.hasAttribute('src')
        ? deferred
        : scripts
      ).push(script)
    } else {
      asRelease(() => activateElement(element))
    }
    options.onReleased?.(element)
  }

  /** Elements the parser had not finished when last looked at. */
  const unparsed = new Set<Element>()
  const check = (elements: Iterable<Element>) => {
    for (const element of elements) {
      if (seen.has(element) || !element.isConnected) {
        unparsed.delete(element)
        continue
      }
      if (!isParsed(element)) {
        unparsed.add(element)
        continue
      }
      unparsed.delete(element)
      // A <source> inside a gated <video>/<audio> loads with its parent.
      if (
        element.localName === 'source' &&
        element.parentElement?.hasAttribute('data-consent')
      ) {
        continue
      }
      const category = element.getAttribute('data-consent') ?? ''
      const vendor = element.getAttribute('data-vendor') ?? undefined
      const verdict = options.verdict(category, vendor)
      if (verdict === 'allow') {
        release(element, { category, vendor })
        continue
      }
      if (verdict !== 'wait' && !warned.has(verdict.unknown)) {
        warned.add(verdict.unknown)
        logger.warn(`Consentry: ${verdict.unknown}; the element stays blocked.`, element)
      }
      options.onBlocked?.(element, category, vendor)
    }
    if (!running) runNext()
  }
  const scan = () => check(Array.from(document.querySelectorAll(SELECTOR)))

  // Only added elements can be (or complete) a gated one: other mutations are skipped,
  // and only the added subtrees are searched (plus the elements the parser had not
  // finished), so that a long page is not searched whole at every chunk it arrives in.
  const observer = new MutationObserver((records) => {
    const added: Element[] = []
    for (const record of records) {
      for (const node of Array.from(record.addedNodes))
        if (node.nodeType === 1) added.push(node as Element)
    }
    options.onAdded?.(added)
    const found: Element[] = [...unparsed]
    for (const element of added) {
      if (element.matches(SELECTOR)) found.push(element)
      found.push(...element.querySelectorAll(SELECTOR))
    }
    if (found.length) check(found)
  })
  observer.observe(document, { childList: true, subtree: true })
  const onParsed = () => {
    scan()
    if (!running) runNext()
  }
  document.addEventListener('DOMContentLoaded', onParsed)
  scan()
  return {
    scan,
    release(element) {
      if (seen.has(element)) return
      release(element)
      if (!running) runNext()
    },
    ran: () => released,
    stop() {
      observer.disconnect()
      document.removeEventListener('DOMContentLoaded', onParsed)
    }
  }
}
