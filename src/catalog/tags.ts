import type { VendorTags } from './types'
import { appsflyerTags } from './vendors/appsflyer'
import { bingTags } from './vendors/bing'
import { criteoTags } from './vendors/criteo'
import { facebookTags } from './vendors/facebook'
import { googleTags } from './vendors/google'
import { googleAdsTags } from './vendors/google-ads'
import { googleAnalyticsTags } from './vendors/google-analytics'
import { mailruTags } from './vendors/mailru'
import { tiktokTags } from './vendors/tiktok'
import { twitterTags } from './vendors/twitter'
import { yahooTags } from './vendors/yahoo'
import { yandexAdsTags } from './vendors/yandex-ads'
import { yandexMetricaTags } from './vendors/yandex-metrica'
import { youtubeTags } from './vendors/youtube'

/**
 * What gating needs of every shipped vendor, in catalog order (DEFAULT_VENDORS): the
 * script tag's first file holds these hosts and prepares these consent APIs before it
 * knows the site's config, without carrying the catalog's names, purposes and cookies.
 */
export const DEFAULT_VENDOR_TAGS: readonly VendorTags[] = [
  googleAnalyticsTags,
  yandexMetricaTags,
  googleTags,
  youtubeTags,
  googleAdsTags,
  facebookTags,
  twitterTags,
  criteoTags,
  bingTags,
  yahooTags,
  mailruTags,
  yandexAdsTags,
  appsflyerTags,
  tiktokTags
]
