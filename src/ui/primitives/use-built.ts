import { useLayoutEffect, useRef } from 'preact/hooks'

/**
 * Lets plain DOM code fill an element that Preact renders empty: the banner's content is
 * built once by `bannerContent`, the same code the first-visit banner file runs. Built
 * before the browser paints (a layout effect), so it shows in the element's first frame.
 *
 * @param build Makes the element's content.
 * @returns The ref to put on the element.
 */
export function useBuilt<T extends HTMLElement>(build: (doc: Document) => Node) {
  const ref = useRef<T>(null)
  useLayoutEffect(() => {
    const element = ref.current
    element?.replaceChildren(build(element.ownerDocument))
  }, [])
  return ref
}
