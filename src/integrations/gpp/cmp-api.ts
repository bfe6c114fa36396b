import type { GppSignals } from './signals'

/** A GPP callback: `(data, success)`. */
export type GppCallback = (data: unknown, success: boolean) => void

/** What the CMP API reads from the consent manager. */
export interface CmpApiSource {
  /** The signals now; `undefined` until the config is known (signal status "not ready"). */
  signals(): GppSignals | undefined
  /** Whether the banner or a dialog is showing. */
  displayStatus(): 'visible' | 'hidden'
}

const SUPPORTED_APIS = ['6:uspv1', '7:usnat', '8:usca']

/**
 * The IAB GPP CMP API, version 1.1 (`window.__gpp(command, callback, parameter, version)`):
 * `ping`, `addEventListener`, `removeEventListener`, `hasSection`, `getSection`, `getField`,
 * and the events `listenerRegistered`, `cmpStatus`, `cmpDisplayStatus`, `signalStatus`,
 * `sectionChange`. Until the signals are ready, commands that read sections wait in a
 * queue and are answered in order once they are.
 *
 * @param source The consent manager's side.
 * @returns The command handler, and `update` to call when the signals change.
 */
export function createCmpApi(source: CmpApiSource) {
  const listeners = new Map<number, GppCallback>()
  const waiting: Array<() => void> = []
  let nextListener = 1
  let last: GppSignals | undefined
  let lastDisplay = source.displayStatus()

  const ping = () => {
    const s = source.signals()
    return {
      gppVersion: '1.1',
      cmpStatus: 'loaded',
      cmpDisplayStatus: source.displayStatus(),
      signalStatus: s ? 'ready' : 'not ready',
      supportedAPIs: SUPPORTED_APIS,
      cmpId: 0,
      sectionList: s?.sectionList ?? [],
      applicableSections: s?.applicableSections ?? [-1],
      gppString: s?.gppString ?? '',
      parsedSections: s?.parsedSections ?? {}
    }
  }
  const emit = (eventName: string, data: unknown) => {
    const pingData = ping()
    for (const [listenerId, callback] of listeners) {
      safely(callback, { eventName, listenerId, data, pingData }, true)
    }
  }
  const section = (name: unknown) =>
    typeof name === 'string'
      ? source.signals()?.parsedSections[name as keyof GppSignals['parsedSections']]
      : undefined

  function handle(command: string, callback: GppCallback, parameter?: unknown): void {
    if (typeof callback !== 'function') return
    switch (command) {
      case 'ping':
        return safely(callback, ping(), true)
      case 'addEventListener': {
        const listenerId = nextListener++
        listeners.set(listenerId, callback)
        safely(
          callback,
          { eventName: 'listenerRegistered', listenerId, data: true, pingData: ping() },
          true
        )
        return
      }
      case 'removeEventListener':
        return safely(callback, listeners.delete(Number(parameter)), true)
      case 'hasSection':
      case 'getSection':
      case 'getField': {
        const answer = () => {
          if (command === 'hasSection')
            return safely(callback, section(parameter) !== undefined, true)
          if (command === 'getSection')
            return safely(callback, section(parameter) ?? null, true)
          const [name, field] = String(parameter).split('.')
          const value = section(name)?.[field ?? '']
          return safely(callback, value ?? null, true)
        }
        if (source.signals()) answer()
        else waiting.push(answer)
        return
      }
      default:
        return safely(callback, null, false)
    }
  }

  /** Call on every change: emits the events and answers waiting calls. */
  function update(): void {
    const now = source.signals()
    const display = source.displayStatus()
    if (display !== lastDisplay) {
      lastDisplay = display
      emit('cmpDisplayStatus', display)
    }
    if (!now) return
    const first = !last
    if (first || now.gppString !== last!.gppString) {
      const changed = Object.keys(now.parsedSections).filter(
        (name) =>
          JSON.stringify(now.parsedSections[name as 'usnat']) !==
          JSON.stringify(last?.parsedSections[name as 'usnat'])
      )
      last = now
      for (const name of changed) emit('sectionChange', name)
      if (first) emit('signalStatus', 'ready')
    }
    for (const answer of waiting.splice(0)) answer()
  }

  return { handle, update, emit }
}

function safely(callback: GppCallback, data: unknown, success: boolean): void {
  try {
    callback(data, success)
  } catch (error) {
    // A failing caller must not break the CMP or the other callers.
    console.error('Consentry: a __gpp callback threw', error)
  }
}
