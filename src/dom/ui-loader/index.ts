import type { UIModule } from '../../create-consentry'

/**
 * The key under which the script-tag UI file hands its module to `window.Consentry`: a
 * registered symbol, so the page gains no second global name.
 */
export const UI_KEY = Symbol.for('consentry.ui')

/**
 * Loads a file of the script-tag build from the folder `consentry.js` came from, with the
 * CSP nonce. The file hands over what it exports by calling the function registered under
 * `key` on `target` (`window.Consentry`).
 *
 * @param target The object the file registers on.
 * @param key The registered symbol.
 * @param file The file name (`consentry-ui.js`).
 * @param baseUrl The folder of `consentry.js`.
 * @param nonce CSP nonce.
 * @returns What the file hands over.
 */
export function loadScriptFile<T>(
  target: object,
  key: symbol,
  file: string,
  baseUrl: string,
  nonce: string | undefined
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    Object.defineProperty(target, key, { value: resolve, configurable: true })
    const script = document.createElement('script')
    script.src = new URL(file, baseUrl).href
    if (nonce) script.nonce = nonce
    script.onerror = () => reject(new Error(`could not load ${script.src}`))
    document.head.append(script)
  })
}

/**
 * Loads the UI of the script-tag build, `consentry-ui.js`, which registers itself under
 * {@link UI_KEY}.
 *
 * @param target The object the UI file registers on (`window.Consentry`).
 * @param baseUrl The folder of `consentry.js`.
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
 * from.
 *
 * @param baseUrl The folder of `consentry.js`.
 * @returns A loader for `createConsentry`'s `loadLanguage` option.
 */
export function fetchLanguage(baseUrl: string) {
  return async (language: string): Promise<Record<string, string> | undefined> => {
    const response = await fetch(new URL(`i18n/${language}.json`, baseUrl).href)
    return response.ok ? ((await response.json()) as Record<string, string>) : undefined
  }
}
