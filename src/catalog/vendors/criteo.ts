import type { Vendor } from '../types'

/** Criteo retargeting. */
export const criteo: Vendor = {
  id: 'criteo',
  name: 'Criteo',
  category: 'marketing',
  purpose: 'Shows ads for products you viewed here on other sites.',
  privacyPolicyUrl: 'https://www.criteo.com/privacy/',
  cookies: [
    { name: 'cto_bundle', days: 395 },
    { name: 'cto_bidid', days: 395 },
    { name: 'cto_optout', days: 1825, thirdParty: true },
    { name: 'uid', days: 395, thirdParty: true }
  ],
  storage: ['cto_bundle', 'criteo_*'],
  hosts: ['criteo.com', 'criteo.net'],
  saleShare: true
}
