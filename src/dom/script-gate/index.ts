import { activateScript } from './activate-script'
import { isParsed } from './is-parsed'

/** The verdict on a gated element: run it, keep it waiting, or never (unknown names). */
export type GateVerdict = 'allow' | 'wait' | { unknown: string }

/** What the script gate needs. */
export interface ScriptGateOptions {
  /** The document to watch. */
  document: Document
  /** Decides for a category and an optional vendor. */
  verdict: (category: string, vendor: string | undefined) => GateVerdict
  /** CSP nonce for scripts it runs. */
  nonce?: string
  /** Where warnings go. @default console */
  logger?: Pick<Console, 'warn'>
}

/** The category and vendor a released element was gated by. */
export interface GatedRun {
  category: string
  vendor: string | undefined
}

/** A running script gate. */
export interface ScriptGate {
  /** Runs every gated script now allowed, in document order, each once. */
  scan(): void
  /** What has been released so far: code that ran cannot be unloaded. */
  ran(): readonly GatedRun[]
  /** Stops watching the document. */
  stop(): void
}

/** Blocked scripts: `type="text/plain"` with a `data-consent` category (CONTRACT.md §3). */
const SELECTOR = 'script[type="text/plain"][data-consent]'

/**
 * Starts gating `<script type="text/plain" data-consent>` elements: those already in the
 * document, those the parser has yet to read, and those added later by code. Allowed ones
 * run one after another in document order; an unknown category or vendor keeps its
 * element blocked and is warned about once.
 *
 * @param options Document, verdict and nonce.
 * @returns The gate; call `scan()` whenever consent changes.
 */
export function startScriptGate(options: ScriptGateOptions): ScriptGate {
  const { document, nonce } = options
  const logger = options.logger ?? console
  const seen = new WeakSet<Element>()
  const warned = new Set<string>()
  const queue: HTMLScriptElement[] = []
  const released: GatedRun[] = []
  let running = false

  const runNext = () => {
    const next = queue.shift()
    if (!next) {
      running = false
      return
    }
    running = true
    if (next.isConnected) activateScript(next, nonce, runNext)
    else runNext()
  }

  const scan = () => {
    for (const element of Array.from(
      document.querySelectorAll<HTMLScriptElement>(SELECTOR)
    )) {
      if (seen.has(element) || !isParsed(element)) continue
      const category = element.getAttribute('data-consent') ?? ''
      const vendor = element.getAttribute('data-vendor') ?? undefined
      const verdict = options.verdict(category, vendor)
      if (verdict === 'allow') {
        seen.add(element)
        queue.push(element)
        released.push({ category, vendor })
      } else if (verdict !== 'wait' && !warned.has(verdict.unknown)) {
        warned.add(verdict.unknown)
        logger.warn(`Consentry: ${verdict.unknown}; the element stays blocked.`, element)
      }
    }
    if (!running) runNext()
  }

  // Only added elements can be (or complete) a blocked script: other mutations are skipped.
  const observer = new MutationObserver((records) => {
    if (records.some((r) => Array.from(r.addedNodes).some((n) => n.nodeType === 1)))
      scan()
  })
  observer.observe(document, { childList: true, subtree: true })
  document.addEventListener('DOMContentLoaded', scan)
  scan()
  return {
    scan,
    ran: () => released,
    stop() {
      observer.disconnect()
      document.removeEventListener('DOMContentLoaded', scan)
    }
  }
}
