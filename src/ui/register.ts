/*
 * Entry of dist/consentry-ui.js, the script-tag build's UI file: hands the UI module to the
 * core that loaded it (see dom/ui-loader), under a registered symbol.
 */
import { registerScriptFile, UI_KEY } from '../dom/ui-loader/index'
import { mountUI } from './mount'

registerScriptFile(
  (window as { Consentry?: Record<symbol, unknown> }).Consentry,
  UI_KEY,
  { mountUI }
)
