import { DEFAULT_CATEGORIES } from '../../catalog/categories'
import { DEFAULT_VENDORS } from '../../catalog/index'
import type { GoogleConsentModeOptions, ResolvedConfig, UIOptions } from './types'

/** Default name of the stored-choice cookie (CONTRACT.md §8). */
export const DEFAULT_COOKIE_NAME = 'consentry'

/** Default lifetime of a stored choice, in days (CONTRACT.md §8). */
export const DEFAULT_EXPIRY_DAYS = 180

/** Google Consent Mode defaults. */
export const DEFAULT_GOOGLE_CONSENT_MODE: Required<GoogleConsentModeOptions> = {
  waitForUpdate: 500,
  urlPassthrough: false,
  adsDataRedaction: true,
  region: []
}

/** UI defaults. */
export const DEFAULT_UI: Required<UIOptions> = {
  layout: 'bar',
  blockPage: false,
  theme: 'light',
  reopenButton: false,
  autoShow: true,
  usNotice: false
}

/**
 * The stored-choice cookie's options by default (CONTRACT.md §8).
 *
 * @returns Fresh options.
 */
export function defaultCookie(): ResolvedConfig['cookie'] {
  return {
    name: DEFAULT_COOKIE_NAME,
    domain: undefined,
    path: '/',
    sameSite: 'Lax',
    expiryDays: DEFAULT_EXPIRY_DAYS
  }
}

/**
 * The config Consentry runs on with no configuration, and falls back to (fail-closed)
 * when a config is invalid.
 *
 * @returns A fresh resolved config on the embedded taxonomy and catalog.
 */
export function defaultConfig(): ResolvedConfig {
  return {
    revision: 1,
    regime: 'auto',
    region: undefined,
    regionRegimes: {},
    language: undefined,
    texts: {},
    categories: DEFAULT_CATEGORIES.map((c) => ({ ...c })),
    categoryTexts: {},
    vendors: DEFAULT_VENDORS.map((v) => ({ ...v })),
    ownPurposes: [],
    cookie: defaultCookie(),
    googleConsentMode: { ...DEFAULT_GOOGLE_CONSENT_MODE },
    recordEndpoint: undefined,
    privacyPolicyUrl: undefined,
    legalNoticeUrl: undefined,
    ui: { ...DEFAULT_UI },
    reloadOnWithdraw: true,
    autoBlock: true,
    hosts: {},
    mspaCovered: false
  }
}
