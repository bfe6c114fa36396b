import type { GatingConfig, ResolvedConfig } from '../../core/config/types'
import type { Integration } from '../types'
import { createCmpApi, type GppCallback } from './cmp-api'
import { gppSignals, type GppSignals } from './signals'

export { gppSignals, uspString } from './signals'
export type { GppSignals } from './signals'

type GppFunction = ((
  command: string,
  callback: GppCallback,
  parameter?: unknown,
  version?: string
) => unknown) & {
  queue?: unknown[][]
  events?: unknown[]
}

/**
 * What the APIs read of the config in force: the engine's, or on a US returning view the
 * first file's, which has no `ui` (its banner is a GDPR view's, which waits for the engine).
 */
export type GppConfig = GatingConfig & Partial<Pick<ResolvedConfig, 'ui'>>

/** Months the `usprivacy` cookie lasts (as the IAB's CCPA guidance uses). */
export const USPRIVACY_MONTHS = 13

/**
 * The IAB Global Privacy Platform (`window.__gpp`, GPP 1.1, with `usnat`, `usca` and
 * `uspv1`) and the US Privacy API (`window.__uspapi('getUSPData', 1, cb)` and the
 * `usprivacy` cookie), present in every regime. Calls queued on an IAB stub's
 * `__gpp.queue` (or ours, before the config is known) are answered in order; nested frames
 * find this window through the `__gppLocator` frame and use `postMessage`
 * (`__gppCall` → `__gppReturn`, `__uspapiCall` → `__uspapiReturn`).
 *
 * @returns The integration.
 */
export function gpp(): Integration<GppConfig> {
  return {
    name: 'gpp',
    setup({ $state, config, configured, region, window: win }) {
      const w = win as unknown as { __gpp?: GppFunction; __uspapi?: unknown }
      const doc = win.document
      let signals: GppSignals | undefined
      const compute = () => {
        signals = configured()
          ? gppSignals($state.get(), region(), config().mspaCovered)
          : undefined
      }
      compute()
      const api = createCmpApi({
        signals: () => signals,
        displayStatus: () => {
          const s = $state.get()
          return configured() &&
            s.regime === 'gdpr' &&
            !s.decided &&
            config().ui?.autoShow
            ? 'visible'
            : 'hidden'
        }
      })
      const stubQueue = Array.isArray(w.__gpp?.queue) ? w.__gpp!.queue! : []
      const uspQueue = (w.__uspapi as { queue?: unknown } | undefined)?.queue
      const uspCalls = Array.isArray(uspQueue) ? (uspQueue as unknown[][]) : []
      const gppFunction: GppFunction = (command, callback, parameter) => {
        api.handle(command, callback, parameter)
        return undefined
      }
      gppFunction.queue = []
      w.__gpp = gppFunction
      // Calls an IAB stub queued before we loaded, answered in order.
      for (const call of stubQueue)
        gppFunction(...(call as [string, GppCallback, unknown]))
      api.emit('cmpStatus', 'loaded')

      w.__uspapi = (
        command: string,
        version: number,
        callback: (data: unknown, success: boolean) => void
      ) => {
        if (typeof callback !== 'function') return
        if (command === 'getUSPData' && version === 1) {
          callback({ version: 1, uspString: signals?.uspString ?? '1---' }, true)
        } else {
          callback(null, false)
        }
      }

      for (const call of uspCalls) (w.__uspapi as (...args: unknown[]) => void)(...call)

      // One locator frame: nested frames find this window through it for __gppCall and
      // __uspapiCall alike (a second, __uspapiLocator, would double the cost for a legacy API).
      addLocator(doc, '__gppLocator')
      const onMessage = (event: MessageEvent) =>
        reply(event, gppFunction, w.__uspapi as never)
      win.addEventListener('message', onMessage)

      const writeCookie = () => {
        if (!signals || $state.get().regime !== 'us') return
        try {
          doc.cookie = `usprivacy=${signals.uspString}; path=/; max-age=${USPRIVACY_MONTHS * 31 * 86400}; SameSite=Lax`
        } catch {
          // Cookies blocked: the API still answers.
        }
      }
      const onChange = () => {
        compute()
        writeCookie()
        api.update()
      }
      onChange()
      const stop = $state.listen(onChange)
      return () => {
        stop()
        win.removeEventListener('message', onMessage)
      }
    }
  }
}

/**
 * Adds the named, hidden frame that tells nested frames where the API lives. A frame is a
 * whole browsing context, the costliest thing Consentry creates, and only nested frames
 * need it: it is added when the page gets an iframe of its own, at once. A MutationObserver
 * callback runs before the new iframe's document can run a script, so the locator is there
 * before any nested frame looks for it.
 */
function addLocator(doc: Document, name: string): void {
  const add = () => {
    if (doc.querySelector(`iframe[name="${name}"]`)) return
    const frame = doc.createElement('iframe')
    frame.name = name
    frame.title = name
    frame.hidden = true
    frame.setAttribute('aria-hidden', 'true')
    frame.tabIndex = -1
    doc.body.append(frame)
  }
  const hasFrame = () =>
    doc.body !== null && doc.querySelector(`iframe:not([name="${name}"])`) !== null
  if (hasFrame()) return add()
  const addsFrame = (node: Node) =>
    node.nodeType === 1 &&
    ((node as Element).localName === 'iframe' ||
      (node as Element).querySelector('iframe') !== null)
  const observer = new MutationObserver((records) => {
    if (!records.some((r) => Array.from(r.addedNodes).some(addsFrame)) || !hasFrame())
      return
    observer.disconnect()
    add()
  })
  observer.observe(doc, { childList: true, subtree: true })
}

/** Answers `__gppCall` and `__uspapiCall` messages from nested frames. */
function reply(
  event: MessageEvent,
  gpp: GppFunction,
  uspapi: (command: string, version: number, callback: GppCallback) => void
): void {
  let data: unknown = event.data
  const asString = typeof data === 'string'
  if (asString) {
    try {
      data = JSON.parse(data as string)
    } catch {
      return
    }
  }
  const message = data as {
    __gppCall?: Record<string, unknown>
    __uspapiCall?: Record<string, unknown>
  }
  const source = event.source as Window | null
  if (!source || typeof message !== 'object' || message === null) return
  const send = (payload: unknown) =>
    source.postMessage(asString ? JSON.stringify(payload) : payload, '*')
  if (message.__gppCall) {
    const { command, parameter, version, callId } = message.__gppCall
    gpp(
      String(command),
      (returnValue, success) => send({ __gppReturn: { returnValue, success, callId } }),
      parameter,
      version as string
    )
  } else if (message.__uspapiCall) {
    const { command, version, callId } = message.__uspapiCall
    uspapi(String(command), Number(version), (returnValue, success) =>
      send({ __uspapiReturn: { returnValue, success, callId } })
    )
  }
}
