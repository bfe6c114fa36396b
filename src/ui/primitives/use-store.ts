import { useLayoutEffect, useState } from 'preact/hooks'
import type { Readable } from './view-store'

/**
 * Subscribes a component to a store (a nanostores atom, or the UI's view store). The
 * subscription is made before the browser paints (a layout effect), so a change made
 * between the first render and the subscription (the banner asked for as the UI mounts)
 * shows in the same frame, not after the next one.
 *
 * @param store The store.
 * @returns Its current value; the component re-renders on every change.
 */
export function useStore<T>(store: Readable<T>): T {
  const [value, setValue] = useState(store.get())
  useLayoutEffect(() => {
    setValue(store.get())
    return store.listen(setValue)
  }, [store])
  return value
}
