import type { ReadableAtom } from 'nanostores'
import { useEffect, useState } from 'preact/hooks'

/**
 * Subscribes a component to a nanostores store.
 *
 * @param store The store.
 * @returns Its current value; the component re-renders on every change.
 */
export function useStore<T>(store: ReadableAtom<T>): T {
  const [value, setValue] = useState(store.get())
  useEffect(() => {
    setValue(store.get())
    return store.listen(setValue)
  }, [store])
  return value
}
