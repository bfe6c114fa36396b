import { keepFocusClear } from '../primitives/keep-focus-clear'
import { BANNER_CSS } from '../styles/index'
import { bannerSection } from './banner-content'
import type { BannerFrame } from './first-banner'

/**
 * The `bar` and `box` layouts of the first-visit banner file: a labelled region fixed to
 * the bottom or a corner. The page stays usable; focus in the page is kept clear of it
 * (`keepFocusClear`, WCAG 2.2 SC 2.4.11).
 */
export const regionFrame: BannerFrame = {
  css: BANNER_CSS,
  // Asked for `bar` and `box` only: the first file fetches the modal's own file for it.
  build: (doc, plan, content) =>
    bannerSection(doc, plan.layout as 'bar' | 'box', content),
  start: keepFocusClear
}
