import type { Vendor } from '../types'

/** Microsoft Advertising (Bing) Universal Event Tracking. */
export const bing: Vendor = {
  id: 'bing',
  name: 'Microsoft Advertising (Bing)',
  category: 'marketing',
  purpose: 'Measures ad conversions and shows more relevant ads on Bing.',
  privacyPolicyUrl: 'https://privacy.microsoft.com/privacystatement',
  cookies: [
    { name: '_uetsid', days: 1 },
    { name: '_uetvid', days: 390 },
    { name: '_uetmsclkid', days: 90 },
    { name: 'MUID', days: 390, thirdParty: true }
  ],
  hosts: ['bat.bing.com', 'bat.bing.net', 'clarity.ms'],
  saleShare: true
}
