import type { Vendor, VendorTags } from '../types'

/** What gating needs of googleAds: category, hosts and consent API (in the first file). */
export const googleAdsTags = {
  id: 'google-ads',
  category: 'marketing',
  hosts: [
    'googleadservices.com',
    'googlesyndication.com',
    'doubleclick.net',
    'googletagservices.com'
  ],
  saleShare: true
} satisfies VendorTags

/** Google Ads conversion tracking and remarketing, and the Google display network. */
export const googleAds: Vendor = {
  ...googleAdsTags,
  name: 'Google Ads',
  purpose: 'Measures ad conversions and shows more relevant Google ads.',
  privacyPolicyUrl: 'https://policies.google.com/privacy',
  cookiePolicyUrl: 'https://policies.google.com/technologies/ads',
  cookies: [
    { name: '_gcl_au', days: 90 },
    { name: '_gcl_*', days: 90 },
    { name: '_gac_*', days: 90 },
    { name: 'IDE', days: 390, thirdParty: true },
    { name: 'test_cookie', days: 1, thirdParty: true }
  ],
  storage: ['_gcl_*']
}
