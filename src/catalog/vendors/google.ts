import type { Vendor, VendorTags } from '../types'

/** What gating needs of google: category, hosts and consent API (in the first file). */
export const googleTags = {
  id: 'google',
  category: 'personalisation',
  hosts: [
    'accounts.google.com',
    'apis.google.com',
    'maps.googleapis.com',
    'maps.google.com'
  ],
  saleShare: false
} satisfies VendorTags

/** Google services embedded in the site: sign-in, maps, recommendations. */
export const google: Vendor = {
  ...googleTags,
  name: 'Google',
  purpose: 'Sign in with Google, maps and remembered preferences for Google services.',
  privacyPolicyUrl: 'https://policies.google.com/privacy',
  cookiePolicyUrl: 'https://policies.google.com/technologies/cookies',
  cookies: [
    { name: 'g_state', days: 180 },
    { name: 'NID', days: 183, thirdParty: true }
  ]
}
