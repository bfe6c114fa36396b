import type { VendorConsentApi } from '../../catalog/types'

type Globals = Record<string, unknown>
type Callable = (...args: unknown[]) => unknown
type FunctionApi = Extract<VendorConsentApi, { kind: 'function' }>

/** A vendor's consent now: granted, and (under the `us` regime only) opted out. */
export interface VendorStatus {
  granted: boolean
  /** `undefined` outside the `us` regime. */
  optedOut: boolean | undefined
}

/**
 * Prepares a vendor's consent API before its tag runs, so that the vendor's first
 * instruction is the consent state (see {@link VendorConsentApi}).
 *
 * @param win The window.
 * @param api The vendor's API description.
 * @param status The vendor's consent now (read again at the trapped first call).
 */
export function prepare(
  win: Globals,
  api: VendorConsentApi,
  status: () => VendorStatus
): void {
  const granted = status().granted
  if (api.kind === 'queue') {
    const queue = (win[api.global] ??= []) as unknown[]
    if (api.initial) queue.push(...api.initial)
    if (granted) queue.push(...api.granted)
    else if (!api.initial) queue.push(...api.denied)
    return
  }
  if (api.kind === 'methods') {
    if (win[api.global] === undefined) {
      // The shape of the vendor's own stub queue: [method, ...args] entries, read in order.
      win[api.global] = [[granted ? api.granted : (api.initial ?? api.denied)]]
    }
    return
  }
  if (typeof win[api.global] === 'function') return
  // function: trap the snippet's `window.fbq = …` so that its first call goes through us.
  let current: unknown
  try {
    Object.defineProperty(win, api.global, {
      configurable: true,
      enumerable: true,
      get: () => current,
      set(value: unknown) {
        current =
          typeof value === 'function'
            ? firstCallFirst(value as Callable, () => firstCalls(api, status()))
            : value
      }
    })
  } catch {
    // A non-configurable global: signals are sent on changes only.
  }
}

/**
 * Tells a vendor about a grant or a withdrawal, through its API.
 *
 * @param win The window.
 * @param api The vendor's API description.
 * @param granted Whether the vendor is granted now.
 */
export function signal(win: Globals, api: VendorConsentApi, granted: boolean): void {
  const target = win[api.global] as unknown
  if (api.kind === 'queue') {
    ;((win[api.global] ??= []) as unknown[]).push(...(granted ? api.granted : api.denied))
  } else if (api.kind === 'methods') {
    const method = granted ? api.granted : api.denied
    const object = target as Record<string, unknown> & { push?: (x: unknown) => void }
    if (typeof object?.[method] === 'function') (object[method] as Callable)()
    else object?.push?.([method])
  } else if (typeof target === 'function') {
    ;(target as Callable)(...(granted ? api.granted : api.denied))
  }
}

/**
 * Tells a `function` vendor about a US opt-out change (Facebook Limited Data Use).
 *
 * @param win The window.
 * @param api The vendor's API description.
 * @param optedOut Whether the visitor opted out of sale or sharing.
 */
export function signalOptOut(
  win: Globals,
  api: VendorConsentApi,
  optedOut: boolean
): void {
  if (api.kind !== 'function') return
  const call = optedOut ? api.optedOut : api.optedIn
  const target = win[api.global]
  if (call && typeof target === 'function') (target as Callable)(...call)
}

/** The calls a `function` vendor gets first: consent, then its US opt-out signal. */
function firstCalls(api: FunctionApi, now: VendorStatus): unknown[][] {
  const calls = [now.granted ? api.granted : api.denied]
  const us =
    now.optedOut === undefined ? undefined : now.optedOut ? api.optedOut : api.optedIn
  if (us) calls.push(us)
  return calls
}

/** Wraps a function so that its first call is preceded by the calls `first()` gives. */
function firstCallFirst(fn: Callable, first: () => unknown[][]): Callable {
  let called = false
  return new Proxy(fn, {
    apply(target, self, args) {
      if (!called) {
        called = true
        for (const call of first()) Reflect.apply(target, self, call)
      }
      return Reflect.apply(target, self, args)
    }
  })
}
