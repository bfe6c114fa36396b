import { atom, type ReadableAtom } from 'nanostores'
import { render } from 'preact'
import type { ResolvedConfig } from '../core/config/types'
import type { ConsentState } from '../core/consent/types'
import { App } from './App'
import { Env, type UIActions, type UIView } from './context'
import { buildTexts } from './i18n/build-texts'
import type { Texts } from './i18n/en'
import { isRtl, visitorLanguage } from '../utils/pick-language'
import { Placeholder } from './placeholder/Placeholder'
import { UI_CSS } from './styles/index'

/** Name of the element that hosts the UI's shadow root. */
export const HOST_TAG = 'consentry-root'

/** Name of the element that hosts a blocked embed's placeholder. */
export const PLACEHOLDER_TAG = 'consentry-placeholder'

/** Who a blocked embed's content comes from, and what its buttons do. */
export interface PlaceholderOptions {
  /** Vendor name, or the category title when no vendor is named. */
  name: string
  privacyPolicyUrl?: string
  /** Loads this embed now, recording nothing. */
  onLoadOnce(): void
  /** Records consent for the vendor. */
  onAlwaysAllow(): void
}

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
  /** Whether a GPC signal overrides a stored choice that allowed sale or sharing. */
  gpcConflict?: () => boolean
  /** Fetches a shipped translation; `undefined` when it cannot. */
  loadLanguage?: (language: string) => Promise<Record<string, string> | undefined>
}

/** A mounted UI. */
export interface MountedUI {
  /** Opens the banner or a dialog. */
  show(view: 'banner' | 'preferences' | 'opt-out'): void
  /** Closes the banner and any dialog (records nothing). */
  hide(): void
  /**
   * Puts a contextual-consent placeholder of the same size in place of a blocked embed.
   * @returns Removes it and shows the embed again.
   */
  placeholder(target: HTMLElement, options: PlaceholderOptions): () => void
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
  const styles = stylesFor(context.nonce)
  const host = doc.createElement(HOST_TAG)
  const container = shadowContainer(host, config.ui.theme, styles)

  const language = visitorLanguage(context.language, doc)
  const localise = (element: HTMLElement) => {
    element.lang = language
    element.dir = isRtl(language) ? 'rtl' : 'ltr'
  }
  localise(container)
  let mounted = true
  const translation =
    language === 'en' || !context.loadLanguage
      ? Promise.resolve(undefined)
      : context.loadLanguage(language).catch(() => undefined)
  const texts: Promise<Texts> = translation.then((t) => buildTexts(language, t, config))
  void texts.then((texts) => {
    if (!mounted) return
    const env = {
      $state: context.$state,
      $view,
      config,
      actions: context.actions,
      texts,
      language,
      setView,
      gpcConflict: context.gpcConflict ?? (() => false)
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
    placeholder(target, options) {
      const holder = doc.createElement(PLACEHOLDER_TAG)
      const box = shadowContainer(holder, config.ui.theme, styles)
      localise(box)
      // Same size as the embed, set inside the shadow tree (the host is reset there) through
      // CSSOM, which a CSP without 'unsafe-inline' allows.
      const rect = target.getBoundingClientRect()
      const width = rect.width || Number(target.getAttribute('width')) || 0
      const height = rect.height || Number(target.getAttribute('height')) || 0
      if (width) box.style.setProperty('width', `${width}px`)
      if (height) box.style.setProperty('height', `${height}px`)
      const wasHidden = target.hidden
      target.hidden = true
      target.before(holder)
      let live = true
      void texts.then((t) => {
        if (live) render(<Placeholder {...options} texts={t} />, box)
      })
      return () => {
        live = false
        render(null, box)
        holder.remove()
        target.hidden = wasHidden
      }
    },
    unmount() {
      mounted = false
      render(null, container)
      host.remove()
    }
  }
}

/** Styles a shadow root: one constructable stylesheet shared by all of them. */
function stylesFor(nonce: string | undefined): (root: ShadowRoot) => void {
  let sheet: CSSStyleSheet | undefined
  try {
    // Constructable stylesheets need no 'unsafe-inline' under a strict CSP.
    sheet = new CSSStyleSheet()
    sheet.replaceSync(UI_CSS)
  } catch {
    sheet = undefined
  }
  return (root) => {
    if (sheet) {
      root.adoptedStyleSheets = [sheet]
      return
    }
    // Older browsers: a <style> with the CSP nonce.
    const style = root.ownerDocument.createElement('style')
    if (nonce) style.nonce = nonce
    style.textContent = UI_CSS
    root.append(style)
  }
}

/** An open shadow root on `host` with a themed `.cy` container in it. */
function shadowContainer(
  host: HTMLElement,
  theme: string,
  styles: (root: ShadowRoot) => void
) {
  const root = host.attachShadow({ mode: 'open' })
  styles(root)
  const container = host.ownerDocument.createElement('div')
  container.className = 'cy'
  container.setAttribute('data-theme', theme)
  root.append(container)
  return container
}
