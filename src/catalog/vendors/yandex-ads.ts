import type { Vendor } from '../types'

/** Yandex Advertising Network and Yandex Direct conversions. */
export const yandexAds: Vendor = {
  id: 'yandex-ads',
  name: 'Yandex Ads',
  category: 'marketing',
  purpose: 'Shows more relevant Yandex ads and measures their conversions.',
  privacyPolicyUrl: 'https://yandex.com/legal/confidential/',
  cookies: [
    { name: 'yabs-sid', days: 0, thirdParty: true },
    { name: 'yabs-frequency', days: 365, thirdParty: true }
  ],
  hosts: ['an.yandex.ru', 'bs.yandex.ru', 'yabs.yandex.ru'],
  saleShare: true
}
