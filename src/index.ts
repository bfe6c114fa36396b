export { createConsentry } from './create-consentry'
export type { Consentry, ConsentryOptions } from './create-consentry'
export { validateConfig } from './core/config/validate'
export type { ConfigResult } from './core/config/validate'
export type {
  CategoryConfig,
  ConsentryConfig,
  CookieOptions,
  GoogleConsentModeOptions,
  Regime,
  RegimeOption,
  ResolvedConfig,
  SameSite,
  VendorConfig
} from './core/config/types'
export type { ConsentMethod, ConsentState, OptOut } from './core/consent/types'
export type { SaveInput } from './core/consent/decide'
export type { ConsentRecord } from './core/consent/record'
export { ConsentryError } from './core/consentry-error'
export { resolveRegime, US_STATE_LAWS, OPT_IN_COUNTRIES } from './core/regime/index'
export { memoryStorage } from './core/storage/index'
export type { StorageAttributes, StorageEngine } from './core/storage/index'
export { cookieStorage } from './dom/cookie-storage/index'
export { CHANGE_EVENT } from './dom/events/dispatch-change'
export { DEFAULT_CATEGORIES, DEFAULT_VENDORS } from './catalog/index'
export type { Category, Vendor, VendorCookie } from './catalog/index'
