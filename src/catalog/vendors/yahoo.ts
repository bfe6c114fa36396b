import type { Vendor, VendorTags } from '../types'

/** What gating needs of yahoo: category, hosts and consent API (in the first file). */
export const yahooTags = {
  id: 'yahoo',
  category: 'marketing',
  hosts: ['sp.analytics.yahoo.com', 'analytics.yahoo.com', 's.yimg.com'],
  saleShare: true
} satisfies VendorTags

/** Yahoo advertising ("dot" conversion tag). */
export const yahoo: Vendor = {
  ...yahooTags,
  name: 'Yahoo',
  purpose: 'Measures ad conversions and shows more relevant ads on Yahoo.',
  privacyPolicyUrl: 'https://legal.yahoo.com/us/en/yahoo/privacy/index.html',
  cookies: [
    { name: 'A3', days: 365, thirdParty: true },
    { name: 'B', days: 365, thirdParty: true }
  ]
}
