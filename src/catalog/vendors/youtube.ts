import type { Vendor, VendorTags } from '../types'

/** What gating needs of youtube: category, hosts and consent API (in the first file). */
export const youtubeTags = {
  id: 'youtube',
  category: 'personalisation',
  hosts: ['youtube.com', 'youtube-nocookie.com', 'ytimg.com', 'googlevideo.com'],
  saleShare: false
} satisfies VendorTags

/** Embedded YouTube videos. */
export const youtube: Vendor = {
  ...youtubeTags,
  name: 'YouTube',
  purpose: 'Plays embedded videos and remembers your video preferences.',
  privacyPolicyUrl: 'https://policies.google.com/privacy',
  cookies: [
    { name: 'YSC', days: 0, thirdParty: true },
    { name: 'VISITOR_INFO1_LIVE', days: 180, thirdParty: true },
    { name: 'VISITOR_PRIVACY_METADATA', days: 180, thirdParty: true }
  ]
}
