/*
 * Entry of dist/consentry-ui.js, the script-tag build's UI file: hands the UI module to the
 * core that loaded it (see dom/ui-loader), under a registered symbol.
 */
import { mountUI } from './mount'

const register = (window as { Consentry?: Record<symbol, unknown> }).Consentry?.[
  Symbol.for('consentry.ui')
]
if (typeof register === 'function') register({ mountUI })
