import type { Vendor, VendorTags } from '../types'

/** What gating needs of googleAnalytics: category, hosts and consent API (in the first file). */
export const googleAnalyticsTags = {
  id: 'google-analytics',
  category: 'statistical',
  // www.googletagmanager.com is deliberately absent: GTM also loads Consent Mode-aware
  // tags of other categories. Gate a GA-only gtag.js with data-vendor="google-analytics".
  hosts: ['google-analytics.com', 'analytics.google.com'],
  saleShare: false
} satisfies VendorTags

/** Google Analytics 4 and Universal Analytics (gtag.js, analytics.js). */
export const googleAnalytics: Vendor = {
  ...googleAnalyticsTags,
  name: 'Google Analytics',
  purpose:
    'Counts visits and measures how the site is used, in aggregate. IP addresses are anonymised; data may be stored in the US.',
  privacyPolicyUrl: 'https://policies.google.com/privacy',
  cookiePolicyUrl:
    'https://developers.google.com/analytics/devguides/collection/ga4/cookie-usage',
  cookies: [
    { name: '_ga', days: 730 },
    { name: '_ga_*', days: 730 },
    { name: '_gid', days: 1 },
    { name: '_gat', days: 1 },
    { name: '_gat_*', days: 1 },
    { name: '__utm*', days: 730 }
  ]
}
