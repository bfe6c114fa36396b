import type { VendorConsentApi } from '../../catalog/types'

type Globals = Record<string, unknown>
type Callable = (...args: unknown[]) => unknown

/**
 * Prepares a vendor's consent API before its tag runs, so that the vendor's first
 * instruction is the consent state (see {@link VendorConsentApi}).
 *
 * @param win The window.
 * @param api The vendor's API description.
 * @param granted Whether the vendor is granted now (read again at the trapped first call).
 */
export function prepare(
  win: Globals,
  api: VendorConsentApi,
  granted: () => boolean
): void {
  if (api.kind === 'queue') {
    const queue = (win[api.global] ??= []) as unknown[]
    if (api.initial) queue.push(...api.initial)
    if (granted()) queue.push(...api.granted)
    else if (!api.initial) queue.push(...api.denied)
    return
  }
  if (api.kind === 'methods') {
    if (win[api.global] === undefined) {
      // The shape of the vendor's own stub queue: [method, ...args] entries, read in order.
      win[api.global] = [[granted() ? api.granted : (api.initial ?? api.denied)]]
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
            ? firstCallFirst(value as Callable, () =>
                granted() ? api.granted : api.denied
              )
            : value
      }
    })
  } catch {
    // A non-configurable global: signals are sent on changes only.
  }
}

/**
 * Tells a vendor about a change, through its API.
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

/** Wraps a function so that its first call is preceded by a call with `first()`'s args. */
function firstCallFirst(fn: Callable, first: () => unknown[]): Callable {
  let called = false
  return new Proxy(fn, {
    apply(target, self, args) {
      if (!called) {
        called = true
        Reflect.apply(target, self, first())
      }
      return Reflect.apply(target, self, args)
    }
  })
}
