import type { Vendor, VendorTags } from '../types'

/** What gating needs of yandexAds: category, hosts and consent API (in the first file). */
export const yandexAdsTags = {
  id: 'yandex-ads',
  category: 'marketing',
  hosts: ['an.yandex.ru', 'bs.yandex.ru', 'yabs.yandex.ru'],
  saleShare: true
} satisfies VendorTags

/** Yandex Advertising Network and Yandex Direct conversions. */
export const yandexAds: Vendor = {
  ...yandexAdsTags,
  name: 'Yandex Ads',
  purpose: 'Shows more relevant Yandex ads and measures their conversions.',
  privacyPolicyUrl: 'https://yandex.com/legal/confidential/',
  cookies: [
    { name: 'yabs-sid', days: 0, thirdParty: true },
    { name: 'yabs-frequency', days: 365, thirdParty: true }
  ]
}
