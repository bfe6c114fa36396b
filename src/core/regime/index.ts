export { resolveRegime } from './resolve-regime'
export { US_STATE_LAWS } from './us-state-laws'
export { OPT_IN_COUNTRIES } from './opt-in-countries'
