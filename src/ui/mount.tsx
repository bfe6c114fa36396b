import { atom, type ReadableAtom } from 'nanostores'
import { render } from 'preact'
import type { ResolvedConfig } from '../core/config/types'
import type { ConsentState } from '../core/consent/types'
import { App } from './App'
import { Env, type UIActions, type UIView } from './context'
import { buildTexts } from './i18n/build-texts'
import { isRtl, pickLanguage } from './i18n/languages'
import { UI_CSS } from './styles/index'

/** Name of the element that hosts the UI's shadow root. */
export const HOST_TAG = 'consentry-root'

/** What the UI needs from the consent manager. */
export interface UIContext {
  $state: ReadableAtom<ConsentState>
  config: ResolvedConfig
  actions: UIActions
  document: Document
  /** CSP nonce, for the `<style>` fallback where constructable stylesheets are missing. */
  nonce?: string
  /** `data-lang` or `config.language`. */
  language?: string
  /** Fetches a shipped translation; `undefined` when it cannot. */
  loadLanguage?: (language: string) => Promise<Record<string, string> | undefined>
}

/** A mounted UI. */
export interface MountedUI {
  /** Opens the banner or a dialog. */
  show(view: 'banner' | 'preferences' | 'opt-out'): void
  /** Closes the banner and any dialog (records nothing). */
  hide(): void
  /** Removes the UI from the page. */
  unmount(): void
}

/**
 * Mounts the banner and dialogs in an open shadow root at the start of `<body>` (first in
 * focus order), styled by a constructable stylesheet, so that page CSS cannot break it and
 * its CSS cannot leak out.
 *
 * @param context Store, config, actions and document.
 * @returns Controls for the views.
 */
export function mountUI(context: UIContext): MountedUI {
  const { document: doc, config } = context
  const $view = atom<UIView>({ banner: false, dialog: null })
  const setView = (change: Partial<UIView>) => $view.set({ ...$view.get(), ...change })
  const host = doc.createElement(HOST_TAG)
  const root = host.attachShadow({ mode: 'open' })
  adoptStyles(root, context.nonce)
  const container = doc.createElement('div')
  container.className = 'cy'
  container.setAttribute('data-theme', config.ui.theme)
  root.append(container)

  const language = pickLanguage([
    context.language,
    doc.documentElement.lang,
    ...(typeof navigator === 'undefined'
      ? []
      : (navigator.languages ?? [navigator.language]))
  ])
  container.lang = language
  container.dir = isRtl(language) ? 'rtl' : 'ltr'
  let mounted = true
  const translation =
    language === 'en' || !context.loadLanguage
      ? Promise.resolve(undefined)
      : context.loadLanguage(language).catch(() => undefined)
  void translation.then((texts) => {
    if (!mounted) return
    const env = {
      $state: context.$state,
      $view,
      config,
      actions: context.actions,
      texts: buildTexts(language, texts, config),
      language,
      setView
    }
    const attach = () => {
      if (!mounted) return
      doc.body.prepend(host)
      render(
        <Env.Provider value={env}>
          <App />
        </Env.Provider>,
        container
      )
    }
    if (doc.body) attach()
    else doc.addEventListener('DOMContentLoaded', attach, { once: true })
  })

  return {
    show(view) {
      if (view === 'banner') setView({ banner: true })
      else setView({ dialog: view })
    },
    hide: () => setView({ banner: false, dialog: null }),
    unmount() {
      mounted = false
      render(null, container)
      host.remove()
    }
  }
}

function adoptStyles(root: ShadowRoot, nonce: string | undefined): void {
  // Constructable stylesheets need no 'unsafe-inline' under a strict CSP.
  try {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(UI_CSS)
    root.adoptedStyleSheets = [sheet]
    return
  } catch {
    // Older browsers: a <style> with the CSP nonce.
  }
  const style = root.ownerDocument.createElement('style')
  if (nonce) style.nonce = nonce
  style.textContent = UI_CSS
  root.append(style)
}
