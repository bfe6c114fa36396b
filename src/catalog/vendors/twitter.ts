import type { Vendor } from '../types'

/** X (Twitter) conversion pixel and embedded posts. */
export const twitter: Vendor = {
  id: 'twitter',
  name: 'X (Twitter)',
  category: 'marketing',
  purpose: 'Measures ad conversions and shows more relevant ads on X.',
  privacyPolicyUrl: 'https://twitter.com/privacy',
  cookies: [
    { name: '_twclid', days: 730 },
    { name: 'personalization_id', days: 400, thirdParty: true },
    { name: 'muc_ads', days: 400, thirdParty: true }
  ],
  hosts: ['ads-twitter.com', 'analytics.twitter.com', 'platform.twitter.com', 't.co'],
  saleShare: true
}
