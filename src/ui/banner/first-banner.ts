/*
 * The first-visit banner, without Preact: what a first-time visitor's view fetches beside
 * the first file (`consentry-banner.js`). Its buttons hand over to the engine, fetched when
 * the visitor starts to interact (or as soon as a button is used), which validates the
 * config before anything is decided; Customize brings the dialogs (`consentry-ui.js`).
 */
import type { ReadableAtom } from 'nanostores'
import { bannerPlan, type BannerPlan } from '../../core/config/banner-plan'
import type { ConsentState } from '../../core/consent/types'
import { BANNER_KEY } from '../../dom/ui-loader/index'
import { isRtl, visitorLanguage } from '../../utils/pick-language'
import { EN_BANNER } from '../i18n/en-banner'
import { mergeTexts } from '../i18n/merge-texts'
import { attachFirst, HOST_TAG, localise, shadowContainer, stylesFor } from '../shadow'
import { consentBanner, type BannerContent } from './banner-content'
import { layerAssets } from './layer-assets'

/**
 * What the banner asks the first file for: a decision (`acceptAll`, `rejectAll`), the
 * preferences dialog (`customize`), or the engine ahead of a decision (`warm`: the visitor
 * points at the banner or moves focus into it).
 */
export type BannerAct = 'acceptAll' | 'rejectAll' | 'customize' | 'warm'

/** What the first-visit banner needs from the first file. */
export interface FirstBannerContext {
  document: Document
  /** The state: the banner goes away once a choice is in force (here or in another tab). */
  $state: ReadableAtom<ConsentState>
  /** The site's config as found, not validated. */
  config: unknown
  /** `data-lang`, over the config's `language`. */
  language: string | undefined
  nonce: string | undefined
  /** The folder the files come from (translations are fetched from it). */
  base: string
  act(what: BannerAct): void
}

/** A shown first-visit banner. */
export interface FirstBanner {
  /** Whether it is on the page or on its way there. */
  shown(): boolean
  /** Removes it (records nothing). */
  hide(): void
}

/** What the banner file hands over. */
export type StartFirstBanner = (context: FirstBannerContext) => FirstBanner | undefined

/**
 * How a banner file frames the banner's content: the bar or box region
 * (`consentry-banner.js`), or the modal dialog (`consentry-banner-modal.js`).
 */
export interface BannerFrame {
  /** The styles the file carries (base, light theme, and the frame's own). */
  css: string
  /** Builds the framed banner, not yet on the page. */
  build(doc: Document, plan: BannerPlan, content: BannerContent): HTMLElement
  /**
   * Once it is on the page: shows it as the frame must (the banner listens for the visitor
   * from then on, so focus moved in here does not count). Returns what undoes it when the
   * banner goes.
   */
  start(element: HTMLElement, plan: BannerPlan): () => void
}

/**
 * The banner file's start: shows the GDPR banner as plain DOM, in a shadow root of its own
 * at the start of `<body>`, with the base styles and a theme only, where the config's text
 * allows (`bannerPlan`); the first file asks only under the `gdpr` regime, and only the
 * file of the config's layout.
 *
 * @param frame The bar or box region, or the modal dialog.
 * @returns The start the file hands over: given the config as found, the state and the
 *   first file's actions, controls for the banner, or `undefined` where it cannot stand
 *   for the UI's.
 */
export const firstBanner =
  (frame: BannerFrame): StartFirstBanner =>
  (context) => {
    const { document: doc, $state, act } = context
    const plan = bannerPlan(context.config)
    if (!plan) return undefined
    const host = doc.createElement(HOST_TAG)
    let live = !$state.get().decided
    const stop = $state.listen((state) => void (state.decided && hide()))
    let unclear = () => {}
    const hide = () => {
      live = false
      stop()
      unclear()
      host.remove()
    }
    const language = visitorLanguage(context.language ?? plan.language, doc, plan.texts)
    // Only the banner's texts: i18n/<lang>.banner.json, not the dialogs' too.
    void layerAssets(context.base, language, plan.theme).then(([loaded, themeCss]) => {
      if (!live) return
      const texts = mergeTexts(EN_BANNER, language, loaded, plan.texts)
      const styles = stylesFor(frame.css + themeCss, context.nonce)
      const container = shadowContainer(host, plan.theme, styles)
      localise(container, language, isRtl(language))
      const element = frame.build(
        doc,
        plan,
        consentBanner(texts, plan, {
          acceptAll: () => act('acceptAll'),
          rejectAll: () => act('rejectAll'),
          customize: () => act('customize')
        })
      )
      container.append(element)
      // Started once on the page (a detached layer has no place, a dialog cannot open); then
      // the visitor about to act (pointing, touching, moving focus) fetches the engine.
      const warm = () => act('warm')
      attachFirst(
        doc,
        host,
        () => live,
        () => {
          unclear = frame.start(element, plan)
          for (const type of ['pointerover', 'focusin', 'touchstart'])
            element.addEventListener(type, warm, { once: true, passive: true })
        }
      )
    })
    return { shown: () => live, hide }
  }

/**
 * A banner file's hand-over: its start, to the first file that fetched it and waits under
 * `BANNER_KEY` (`loadScriptFile`; a banner file is never started ahead of that).
 *
 * @param frame The file's frame.
 */
export function registerBanner(frame: BannerFrame): void {
  const waiting = (window as { Consentry?: Record<symbol, unknown> }).Consentry?.[
    BANNER_KEY
  ]
  if (typeof waiting === 'function') waiting(firstBanner(frame))
}
