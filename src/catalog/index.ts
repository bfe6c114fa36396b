import type { Vendor } from './types'
import { appsflyer } from './vendors/appsflyer'
import { bing } from './vendors/bing'
import { criteo } from './vendors/criteo'
import { facebook } from './vendors/facebook'
import { google } from './vendors/google'
import { googleAds } from './vendors/google-ads'
import { googleAnalytics } from './vendors/google-analytics'
import { mailru } from './vendors/mailru'
import { tiktok } from './vendors/tiktok'
import { twitter } from './vendors/twitter'
import { yahoo } from './vendors/yahoo'
import { yandexAds } from './vendors/yandex-ads'
import { yandexMetrica } from './vendors/yandex-metrica'
import { youtube } from './vendors/youtube'

export type { Category, Vendor, VendorConsentApi, VendorCookie } from './types'
export { DEFAULT_CATEGORIES, ESSENTIAL } from './categories'
export {
  appsflyer,
  bing,
  criteo,
  facebook,
  google,
  googleAds,
  googleAnalytics,
  mailru,
  tiktok,
  twitter,
  yahoo,
  yandexAds,
  yandexMetrica,
  youtube
}

/**
 * Every vendor Consentry ships (CONTRACT.md §1), in the order they are listed to visitors.
 * The stored choice is bound to this list (ids and order) by a fingerprint: changing it
 * makes returning visitors choose again rather than misread their old choice.
 */
export const DEFAULT_VENDORS: readonly Vendor[] = [
  googleAnalytics,
  yandexMetrica,
  google,
  youtube,
  googleAds,
  facebook,
  twitter,
  criteo,
  bing,
  yahoo,
  mailru,
  yandexAds,
  appsflyer,
  tiktok
]
