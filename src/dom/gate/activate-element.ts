/** For each gated element, the attributes that load it and the `data-*` ones holding them. */
export const LOADING_ATTRIBUTES: Record<string, Array<[string, string]>> = {
  iframe: [
    ['src', 'data-src'],
    ['srcdoc', 'data-srcdoc']
  ],
  img: [
    ['src', 'data-src'],
    ['srcset', 'data-srcset'],
    ['sizes', 'data-sizes']
  ],
  video: [
    ['src', 'data-src'],
    ['poster', 'data-poster']
  ],
  audio: [['src', 'data-src']],
  source: [
    ['src', 'data-src'],
    ['srcset', 'data-srcset']
  ],
  embed: [['src', 'data-src']],
  object: [['data', 'data-src']],
  link: [['href', 'data-href']]
}

/** Elements gated through `data-*` copies of their loading attributes (CONTRACT.md §3). */
export const GATED_ELEMENTS = Object.keys(LOADING_ATTRIBUTES)

/**
 * Loads a gated non-script element by moving its `data-src` (`data-href`, `data-srcset`…)
 * into the real attribute. For `video` and `audio`, their gated `<source>` children load
 * with them and playback restarts from the new sources.
 *
 * @param element The gated element.
 */
export function activateElement(element: Element): void {
  swap(element)
  const tag = element.localName
  if (tag === 'video' || tag === 'audio' || tag === 'picture') {
    element.querySelectorAll('source[data-src], source[data-srcset]').forEach(swap)
    if (tag !== 'picture') (element as HTMLMediaElement).load()
  }
}

function swap(element: Element): void {
  for (const [real, data] of LOADING_ATTRIBUTES[element.localName] ?? []) {
    const value = element.getAttribute(data)
    if (value === null) continue
    element.setAttribute(real, value)
    element.removeAttribute(data)
  }
}
