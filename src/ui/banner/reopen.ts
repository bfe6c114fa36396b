/*
 * The floating re-open button of a returning view, without Preact: what the first file
 * fetches (`consentry-reopen.js`) where the config asks for the button (`ui.reopenButton`)
 * and the view has no UI. It looks and reads as the UI's (`ReopenButton` in App.tsx);
 * a click opens the preferences dialog, which brings the engine and the UI, and the UI's
 * own button takes this one's place.
 */
import { layerLook, object } from '../../core/config/banner-plan'
import { isRtl, visitorLanguage } from '../../utils/pick-language'
import { EN_REOPEN } from '../i18n/en-reopen'
import { mergeTexts } from '../i18n/merge-texts'
import { keepFocusClear } from '../primitives/keep-focus-clear'
import { attachFirst, HOST_TAG, localise, shadowContainer, stylesFor } from '../shadow'
import { REOPEN_CSS } from '../styles/index'
import type { FirstBannerContext } from './first-banner'
import { layerAssets } from './layer-assets'

/**
 * What the re-open button needs from the first file: the state, the config as found (a
 * text the engine validated before), `data-lang`, the nonce, the files' folder, and
 * `act`, which opens the preferences dialog (`customize`).
 */
export type ReopenContext = Omit<FirstBannerContext, 'act'> & {
  act(what: 'customize'): void
}

/** A shown re-open button. */
export interface ShownReopen {
  /** Removes it. */
  hide(): void
}

/** What the re-open button file hands over. */
export type StartReopen = (context: ReopenContext) => ShownReopen

/**
 * Shows the re-open button in a shadow root of its own at the start of `<body>`, in the
 * config's theme and the visitor's language (the theme file and the banner translation
 * are fetched first, as the first-visit banner does). Like the UI's, it is there while a
 * choice is in force, or under a law that needs none (`us`, `none`); it stays for the
 * page view once the UI has come (which then shows none of its own), so that a dialog it
 * opened gives focus back to it.
 *
 * @param context The first file's config, language and way to open the preferences.
 * @returns Controls for the button.
 */
export const startReopen: StartReopen = (context) => {
  const { document: doc } = context
  const config = object(context.config)
  const { theme, language: given, texts: own } = layerLook(config, object(config.ui))
  const language = visitorLanguage(context.language ?? given, doc, own)
  const host = doc.createElement(HOST_TAG)
  let live = true
  let unclear = () => {}
  let stop = () => {}
  void layerAssets(context.base, language, theme).then(([loaded, themeCss]) => {
    if (!live) return
    const texts = mergeTexts(EN_REOPEN, language, loaded, own)
    const container = shadowContainer(
      host,
      theme,
      stylesFor(REOPEN_CSS + themeCss, context.nonce)
    )
    localise(container, language, isRtl(language))
    const button = doc.createElement('button')
    button.type = 'button'
    button.className = 'cy-reopen'
    button.setAttribute('aria-haspopup', 'dialog')
    button.textContent = texts.reopen
    button.addEventListener('click', () => context.act('customize'))
    stop = context.$state.subscribe(
      (state) => (button.hidden = !state.decided && state.regime === 'gdpr')
    )
    container.append(button)
    attachFirst(
      doc,
      host,
      () => live,
      () => (unclear = keepFocusClear(button))
    )
  })
  return {
    hide() {
      live = false
      stop()
      unclear()
      host.remove()
    }
  }
}
