import { useRef, useState } from 'preact/hooks'

/**
 * A state whose latest value can be read at once, before the next render: a dialog's
 * switches and its Save button read it, so that a tap or a click that comes before Preact
 * has rendered the one before it (a slow phone, a script, assistive technology) builds on
 * it instead of on what the last render saw.
 *
 * @param initial Computes the first value.
 * @returns The value the render shows, a reader of the latest value, and an updater
 *   given the latest value.
 */
export function useLatest<T>(
  initial: () => T
): [shown: T, latest: () => T, update: (change: (latest: T) => T) => void] {
  const [shown, setShown] = useState(initial)
  const ref = useRef(shown)
  return [
    shown,
    () => ref.current,
    (change) => {
      ref.current = change(ref.current)
      setShown(ref.current)
    }
  ]
}
