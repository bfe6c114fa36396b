/*
 * Entry of dist/consentry-gpp.js: the GPP and USP APIs with their encoder, fetched by the
 * first file only where they are used (a US regime, or a call waiting on the stub).
 */
import { GPP_KEY, registerScriptFile } from '../../dom/ui-loader/index'
import { gpp } from './index'

registerScriptFile(
  (window as { Consentry?: Record<symbol, unknown> }).Consentry,
  GPP_KEY,
  gpp()
)
