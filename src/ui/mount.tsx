import type { ReadableAtom } from 'nanostores'
import { render } from 'preact'
import type { ResolvedConfig } from '../core/config/types'
import type { ConsentState } from '../core/consent/types'
import { App } from './App'
import { Env, type UIActions, type UIView } from './context'
import { buildTexts } from './i18n/build-texts'
import type { Texts } from './i18n/en'
import { isRtl, translationOf, visitorLanguage } from '../utils/pick-language'
import { Placeholder } from './placeholder/Placeholder'
import { viewStore } from './primitives/view-store'
import {
  attachFirst,
  HOST_TAG,
  localise as localiseTo,
  shadowContainer,
  stylesFor
} from './shadow'
import { UI_CSS } from './styles/index'

export { HOST_TAG }

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
  const $view = viewStore<UIView>({ banner: false, dialog: null })
  const setView = (change: Partial<UIView>) => $view.set({ ...$view.get(), ...change })
  const styles = stylesFor(UI_CSS, context.nonce)
  const host = doc.createElement(HOST_TAG)
  const container = shadowContainer(host, config.ui.theme, styles)

  const language = visitorLanguage(context.language, doc, config.texts)
  const localise = (element: HTMLElement) =>
    localiseTo(element, language, isRtl(language))
  localise(container)
  let mounted = true
  // A site's `fr-CA` starts from the shipped French; its own `ga`, from English.
  const file = translationOf(language)
  const translation =
    !file || !context.loadLanguage
      ? Promise.resolve(undefined)
      : context.loadLanguage(file).catch(() => undefined)
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
    attachFirst(
      doc,
      host,
      () => mounted,
      () =>
        render(
          <Env.Provider value={env}>
            <App />
          </Env.Provider>,
          container
        )
    )
  })

  return {
    show(view) {
      if (view === 'banner') setView({ banner: context.$state.get().id ?? true })
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
