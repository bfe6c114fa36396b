import type { Vendor, VendorTags } from '../types'

/** What gating needs of tiktok: category, hosts and consent API (in the first file). */
export const tiktokTags = {
  id: 'tiktok',
  category: 'marketing',
  hosts: ['analytics.tiktok.com', 'analytics-sg.tiktok.com'],
  // https://business-api.tiktok.com/portal/docs?id=1739585600931842 (holdConsent, grantConsent, revokeConsent)
  consentApi: {
    kind: 'methods',
    global: 'ttq',
    initial: 'holdConsent',
    granted: 'grantConsent',
    denied: 'revokeConsent'
  },
  saleShare: true
} satisfies VendorTags

/** TikTok Pixel. */
export const tiktok: Vendor = {
  ...tiktokTags,
  name: 'TikTok',
  purpose: 'Measures ad conversions and shows more relevant ads on TikTok.',
  privacyPolicyUrl: 'https://www.tiktok.com/legal/privacy-policy',
  cookies: [
    { name: '_ttp', days: 390 },
    { name: '_tt_enable_cookie', days: 390 },
    { name: 'ttcsid*', days: 1 }
  ]
}
