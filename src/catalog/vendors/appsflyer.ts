import type { Vendor } from '../types'

/** AppsFlyer web-to-app attribution. */
export const appsflyer: Vendor = {
  id: 'appsflyer',
  name: 'AppsFlyer',
  category: 'marketing',
  purpose: 'Attributes app installs and purchases to the ads and links that led to them.',
  privacyPolicyUrl: 'https://www.appsflyer.com/legal/privacy-policy/',
  cookies: [
    { name: 'afUserId', days: 730 },
    { name: 'AF_SYNC', days: 7 }
  ],
  storage: ['AF_*', 'afUserId'],
  hosts: ['appsflyer.com', 'onelink.me', 'appsflyersdk.com'],
  saleShare: true
}
