import type { Vendor, VendorTags } from '../types'

/** What gating needs of twitter: category, hosts and consent API (in the first file). */
export const twitterTags = {
  id: 'twitter',
  category: 'marketing',
  hosts: ['ads-twitter.com', 'analytics.twitter.com', 'platform.twitter.com', 't.co'],
  saleShare: true
} satisfies VendorTags

/** X (Twitter) conversion pixel and embedded posts. */
export const twitter: Vendor = {
  ...twitterTags,
  name: 'X (Twitter)',
  purpose: 'Measures ad conversions and shows more relevant ads on X.',
  privacyPolicyUrl: 'https://twitter.com/privacy',
  cookies: [
    { name: '_twclid', days: 730 },
    { name: 'personalization_id', days: 400, thirdParty: true },
    { name: 'muc_ads', days: 400, thirdParty: true }
  ]
}
