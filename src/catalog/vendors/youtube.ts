import type { Vendor } from '../types'

/** Embedded YouTube videos. */
export const youtube: Vendor = {
  id: 'youtube',
  name: 'YouTube',
  category: 'personalisation',
  purpose: 'Plays embedded videos and remembers your video preferences.',
  privacyPolicyUrl: 'https://policies.google.com/privacy',
  cookies: [
    { name: 'YSC', days: 0, thirdParty: true },
    { name: 'VISITOR_INFO1_LIVE', days: 180, thirdParty: true },
    { name: 'VISITOR_PRIVACY_METADATA', days: 180, thirdParty: true }
  ],
  hosts: ['youtube.com', 'youtube-nocookie.com', 'ytimg.com', 'googlevideo.com'],
  saleShare: false
}
