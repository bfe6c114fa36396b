/*
 * Entry of dist/consentry-banner-modal.js, the first-visit banner file of the `modal`
 * layout: the same banner in a native `<dialog>`, handed over as the bar's file does.
 */
import { registerBanner } from './first-banner'
import { modalFrame } from './frame-modal'

registerBanner(modalFrame)
