import type { Vendor, VendorTags } from '../types'

/** What gating needs of appsflyer: category, hosts and consent API (in the first file). */
export const appsflyerTags = {
  id: 'appsflyer',
  category: 'marketing',
  hosts: ['appsflyer.com', 'onelink.me', 'appsflyersdk.com'],
  saleShare: true
} satisfies VendorTags

/** AppsFlyer web-to-app attribution. */
export const appsflyer: Vendor = {
  ...appsflyerTags,
  name: 'AppsFlyer',
  purpose: 'Attributes app installs and purchases to the ads and links that led to them.',
  privacyPolicyUrl: 'https://www.appsflyer.com/legal/privacy-policy/',
  cookies: [
    { name: 'afUserId', days: 730 },
    { name: 'AF_SYNC', days: 7 }
  ],
  storage: ['AF_*', 'afUserId']
}
