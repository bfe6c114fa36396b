/*
 * Entry of dist/consentry-banner.js, the first-visit banner file: hands the plain-DOM
 * banner to the first file that loaded it, under a registered symbol.
 */
import { BANNER_KEY, registerScriptFile } from '../../dom/ui-loader/index'
import { showFirstBanner } from './first-banner'

registerScriptFile(
  (window as { Consentry?: Record<symbol, unknown> }).Consentry,
  BANNER_KEY,
  showFirstBanner
)
