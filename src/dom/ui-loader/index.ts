import type { UIModule } from '../../create-consentry'

/**
 * The key under which the script-tag UI file hands its module to `window.Consentry`: a
 * registered symbol, so the page gains no second global name.
 */
export const UI_KEY = Symbol.for('consentry.ui')

/**
 * Loads the UI of the script-tag build: `consentry-ui.js` from the folder `consentry.js`
 * came from, with the CSP nonce. It registers itself under {@link UI_KEY}.
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
  return () =>
    new Promise<UIModule>((resolve, reject) => {
      Object.defineProperty(target, UI_KEY, { value: resolve, configurable: true })
      const script = document.createElement('script')
      script.src = new URL('consentry-ui.js', baseUrl).href
      if (nonce) script.nonce = nonce
      script.onerror = () => reject(new Error(`could not load ${script.src}`))
      document.head.append(script)
    })
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
