import type { Vendor, VendorTags } from '../types'

/** What gating needs of yandexMetrica: category, hosts and consent API (in the first file). */
export const yandexMetricaTags = {
  id: 'yandex-metrica',
  category: 'statistical',
  hosts: ['mc.yandex.ru', 'mc.yandex.com', 'mc.webvisor.org', 'mc.webvisor.com'],
  saleShare: false
} satisfies VendorTags

/** Yandex Metrica web analytics. */
export const yandexMetrica: Vendor = {
  ...yandexMetricaTags,
  name: 'Yandex Metrica',
  purpose: 'Counts visits and measures how the site is used, in aggregate.',
  privacyPolicyUrl: 'https://yandex.com/legal/confidential/',
  cookiePolicyUrl: 'https://yandex.com/support/metrica/general/cookie-usage.html',
  cookies: [
    { name: '_ym_uid', days: 365 },
    { name: '_ym_d', days: 365 },
    { name: '_ym_*', days: 1 },
    { name: 'yandexuid', days: 365, thirdParty: true }
  ],
  storage: ['_ym_*', 'ym_*']
}
