/**
 * Keeps what takes focus in the page from being hidden under one of the UI's layers fixed
 * to the viewport (the bar or box banner, the US notice, the re-open button, a centred
 * dialog that leaves the page usable): WCAG 2.2 SC 2.4.11, Focus Not Obscured. The page
 * is treated as ending at the layer's top.
 *
 * As focus moves (`focusin` comes before the browser scrolls a newly focused element into
 * view), the page's root gets a bottom `scroll-padding` of the layer's height from the
 * viewport's bottom, so that the browser brings the element to just above the layer, and
 * as much bottom padding, so that the end of the page can go above it too. Both are the
 * root's inline style, set only once focus moves and given back when the layer goes: the
 * padding lies under the layer, and nothing in the page moves.
 *
 * @param layer The layer, fixed to the viewport.
 * @returns Stops, and gives the root's own values back.
 */
export function keepFocusClear(layer: Element): () => void {
  const doc = layer.ownerDocument
  const root = doc.documentElement.style
  const { paddingBottom, scrollPaddingBottom } = root
  // The layer's top, from the viewport's bottom (`innerHeight`: the root's clientHeight is
  // the page's in quirks mode), and 8 px for a focus ring.
  const onFocus = () =>
    (root.paddingBottom = root.scrollPaddingBottom =
      `${doc.defaultView!.innerHeight - layer.getBoundingClientRect().top + 8}px`)
  doc.addEventListener('focusin', onFocus)
  return () => {
    doc.removeEventListener('focusin', onFocus)
    root.paddingBottom = paddingBottom
    root.scrollPaddingBottom = scrollPaddingBottom
  }
}
