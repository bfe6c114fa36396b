import type { Vendor, VendorTags } from '../types'

/** What gating needs of bing: category, hosts and consent API (in the first file). */
export const bingTags = {
  id: 'bing',
  category: 'marketing',
  hosts: ['bat.bing.com', 'bat.bing.net', 'clarity.ms'],
  // Microsoft UET consent mode: https://help.ads.microsoft.com/#apex/ads/en/60119/1
  consentApi: {
    kind: 'queue',
    global: 'uetq',
    initial: ['consent', 'default', { ad_storage: 'denied' }],
    granted: ['consent', 'update', { ad_storage: 'granted' }],
    denied: ['consent', 'update', { ad_storage: 'denied' }]
  },
  saleShare: true
} satisfies VendorTags

/** Microsoft Advertising (Bing) Universal Event Tracking. */
export const bing: Vendor = {
  ...bingTags,
  name: 'Microsoft Advertising (Bing)',
  purpose: 'Measures ad conversions and shows more relevant ads on Bing.',
  privacyPolicyUrl: 'https://privacy.microsoft.com/privacystatement',
  cookies: [
    { name: '_uetsid', days: 1 },
    { name: '_uetvid', days: 390 },
    { name: '_uetmsclkid', days: 90 },
    { name: 'MUID', days: 390, thirdParty: true }
  ]
}
