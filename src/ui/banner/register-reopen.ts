/*
 * Entry of dist/consentry-reopen.js, a returning view's re-open button without the UI:
 * hands its start to the first file that fetched it.
 */
import { REOPEN_KEY, registerScriptFile } from '../../dom/ui-loader/index'
import { startReopen } from './reopen'

registerScriptFile(
  (window as { Consentry?: Record<symbol, unknown> }).Consentry,
  REOPEN_KEY,
  startReopen
)
