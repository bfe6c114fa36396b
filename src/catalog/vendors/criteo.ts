import type { Vendor, VendorTags } from '../types'

/** What gating needs of criteo: category, hosts and consent API (in the first file). */
export const criteoTags = {
  id: 'criteo',
  category: 'marketing',
  hosts: ['criteo.com', 'criteo.net'],
  saleShare: true
} satisfies VendorTags

/** Criteo retargeting. */
export const criteo: Vendor = {
  ...criteoTags,
  name: 'Criteo',
  purpose: 'Shows ads for products you viewed here on other sites.',
  privacyPolicyUrl: 'https://www.criteo.com/privacy/',
  cookies: [
    { name: 'cto_bundle', days: 395 },
    { name: 'cto_bidid', days: 395 },
    { name: 'cto_optout', days: 1825, thirdParty: true },
    { name: 'uid', days: 395, thirdParty: true }
  ],
  storage: ['cto_bundle', 'criteo_*']
}
