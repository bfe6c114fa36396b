import type { Vendor, VendorTags } from '../types'

/** What gating needs of facebook: category, hosts and consent API (in the first file). */
export const facebookTags = {
  id: 'facebook',
  category: 'marketing',
  hosts: ['connect.facebook.net', 'facebook.com', 'facebook.net'],
  // https://developers.facebook.com/docs/meta-pixel/implementation/gdpr
  consentApi: {
    kind: 'function',
    global: 'fbq',
    granted: ['consent', 'grant'],
    denied: ['consent', 'revoke'],
    // Limited Data Use for US opt-outs (country 0, state 0: Meta geolocates the visitor):
    // https://developers.facebook.com/docs/marketing-apis/data-processing-options
    optedOut: ['dataProcessingOptions', ['LDU'], 0, 0],
    optedIn: ['dataProcessingOptions', []]
  },
  saleShare: true
} satisfies VendorTags

/** Meta (Facebook) Pixel and social plug-ins. */
export const facebook: Vendor = {
  ...facebookTags,
  name: 'Facebook',
  purpose:
    'Measures ad conversions and builds audiences for ads on Facebook and Instagram.',
  privacyPolicyUrl: 'https://www.facebook.com/privacy/policy/',
  cookiePolicyUrl: 'https://www.facebook.com/privacy/policies/cookies/',
  cookies: [
    { name: '_fbp', days: 90 },
    { name: '_fbc', days: 90 },
    { name: 'fr', days: 90, thirdParty: true }
  ],
  storage: ['_fbp']
}
