/*
 * Entry of dist/consentry-banner.js, the first-visit banner file (`bar` and `box`): hands
 * the plain-DOM banner to the first file that loaded it, under a registered symbol.
 */
import { registerBanner } from './first-banner'
import { regionFrame } from './frame-region'

registerBanner(regionFrame)
