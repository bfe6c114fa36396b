import type { Vendor } from '../types'

/** Google services embedded in the site: sign-in, maps, recommendations. */
export const google: Vendor = {
  id: 'google',
  name: 'Google',
  category: 'personalisation',
  purpose: 'Sign in with Google, maps and remembered preferences for Google services.',
  privacyPolicyUrl: 'https://policies.google.com/privacy',
  cookiePolicyUrl: 'https://policies.google.com/technologies/cookies',
  cookies: [
    { name: 'g_state', days: 180 },
    { name: 'NID', days: 183, thirdParty: true }
  ],
  hosts: [
    'accounts.google.com',
    'apis.google.com',
    'maps.googleapis.com',
    'maps.google.com'
  ],
  saleShare: false
}
