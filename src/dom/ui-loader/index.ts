import type { UIModule } from '../../create-consentry'

/**
 * The key under which the script-tag UI file hands its module to `window.Consentry`: a
 * registered symbol, so the page gains no second global name.
 */
export const UI_KEY = Symbol.for('consentry.ui')

/** The key of the first-visit banner file (`consentry-banner.js`). */
export const BANNER_KEY = Symbol.for('consentry.banner')

/** The key of the engine file (`consentry-engine.js`). */
export const ENGINE_KEY = Symbol.for('consentry.engine')

/** The key of the validator file (`consentry-validator.js`). */
export const VALIDATOR_KEY = Symbol.for('consentry.validator')

/** The key of the GPP file (`consentry-gpp.js`). */
export const GPP_KEY = Symbol.for('consentry.gpp')

/** The key of the re-open button file (`consentry-reopen.js`). */
export const REOPEN_KEY = Symbol.for('consentry.reopen')

/**
 * Loads a file of the script-tag build from the folder `consentry.js` came from, with the
 * CSP nonce. The file hands over what it exports under `key` on `target`
 * (`window.Consentry`): to the function waiting there, or, when it ran before anyone
 * asked (started early with {@link startScriptFile}), as the value left there.
 *
 * @param target The object the file registers on.
 * @param key The registered symbol.
 * @param file The file name (`consentry-ui.js`).
 * @param baseUrl The folder of `consentry.js`, absolute and ending in `/` (joined as text:
 *   the URL parser costs a few ms the first time a page view uses it).
 * @param nonce CSP nonce.
 * @param blockRendering See {@link startScriptFile}.
 * @returns What the file hands over.
 */
export function loadScriptFile<T>(
  target: object,
  key: symbol,
  file: string,
  baseUrl: string,
  nonce: string | undefined,
  blockRendering?: number
): Promise<T> {
  const left = (target as Record<symbol, unknown>)[key] as { early?: T } | undefined
  if (left && typeof left === 'object' && 'early' in left)
    return Promise.resolve(left.early!)
  return new Promise<T>((resolve, reject) => {
    Object.defineProperty(target, key, { value: resolve, configurable: true })
    const src = baseUrl + file
    // Started from a microtask (still before the HTML parser goes on): Chromium with
    // DevTools attached records the stack of each request and re-parses every function
    // on it for its source positions, and the caller's stack can be long and big (the
    // first file's `start`: 10–40 ms at 4× throttling).
    queueMicrotask(() =>
      startScriptFile(src, nonce, blockRendering).addEventListener('error', () =>
        reject(new Error(`could not load ${src}`))
      )
    )
  })
}

/**
 * Starts fetching and running a file of the script-tag build now, before it is asked for
 * (the UI on a first visit, while the engine decides), unless it is started already: a
 * file is fetched once, and again only after it failed.
 *
 * @param src The file's URL.
 * @param nonce CSP nonce.
 * @param blockRendering How long the page's rendering may wait for it, in ms, if at all
 *   (`blocking="render"`, set before the element is inserted, which is when browsers read
 *   it; removed after that long).
 * @returns The script element (the one started before, if any).
 */
export function startScriptFile(
  src: string,
  nonce: string | undefined,
  blockRendering?: number
): HTMLScriptElement {
  const started = Array.from(document.scripts).find(
    (s) => s.src === src && !s.dataset.failed
  )
  if (started) return started
  const script = document.createElement('script')
  script.src = src
  if (nonce) script.nonce = nonce
  if (blockRendering) {
    script.setAttribute('blocking', 'render')
    setTimeout(() => script.removeAttribute('blocking'), blockRendering)
  }
  // A failed file is left for a later call to try again.
  script.addEventListener('error', () => (script.dataset.failed = 'true'))
  document.head.append(script)
  return script
}

/**
 * Hands a file's exports to whoever loads it (see {@link loadScriptFile}): to the function
 * waiting under `key`, or left there for a later call.
 *
 * @param target `window.Consentry`, if present.
 * @param key The registered symbol.
 * @param exports What the file exports.
 */
export function registerScriptFile(
  target: Record<symbol, unknown> | undefined,
  key: symbol,
  exports: unknown
): void {
  if (!target) return
  const waiting = target[key]
  if (typeof waiting === 'function') waiting(exports)
  else
    Object.defineProperty(target, key, { value: { early: exports }, configurable: true })
}

/**
 * Loads the UI of the script-tag build, `consentry-ui.js`, which registers itself under
 * {@link UI_KEY}.
 *
 * @param target The object the UI file registers on (`window.Consentry`).
 * @param baseUrl The folder of `consentry.js`, absolute and ending in `/`.
 * @param nonce CSP nonce.
 * @returns A loader for `createConsentry`'s `ui` option.
 */
export function scriptUILoader(
  target: object,
  baseUrl: string,
  nonce: string | undefined
): () => Promise<UIModule> {
  return () => loadScriptFile<UIModule>(target, UI_KEY, 'consentry-ui.js', baseUrl, nonce)
}

/**
 * Fetches a shipped translation, `i18n/<lang>.json`, from the folder `consentry.js` came
 * from. Given `<lang>.banner`, it fetches the first-visit banner's slice of it.
 *
 * @param baseUrl The folder of `consentry.js`, absolute and ending in `/`.
 * @returns A loader for `createConsentry`'s `loadLanguage` option.
 */
export function fetchLanguage(baseUrl: string) {
  return async (language: string): Promise<Record<string, string> | undefined> => {
    const response = await fetch(`${baseUrl}i18n/${language}.json`)
    return response.ok ? ((await response.json()) as Record<string, string>) : undefined
  }
}
