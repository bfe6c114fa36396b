import type { Vendor } from '../types'

/** Yahoo advertising ("dot" conversion tag). */
export const yahoo: Vendor = {
  id: 'yahoo',
  name: 'Yahoo',
  category: 'marketing',
  purpose: 'Measures ad conversions and shows more relevant ads on Yahoo.',
  privacyPolicyUrl: 'https://legal.yahoo.com/us/en/yahoo/privacy/index.html',
  cookies: [
    { name: 'A3', days: 365, thirdParty: true },
    { name: 'B', days: 365, thirdParty: true }
  ],
  hosts: ['sp.analytics.yahoo.com', 'analytics.yahoo.com', 's.yimg.com'],
  saleShare: true
}
