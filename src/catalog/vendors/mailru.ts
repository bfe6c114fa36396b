import type { Vendor, VendorTags } from '../types'

/** What gating needs of mailru: category, hosts and consent API (in the first file). */
export const mailruTags = {
  id: 'mailru',
  category: 'marketing',
  hosts: ['top-fwz1.mail.ru', 'top.mail.ru', 'ad.mail.ru'],
  saleShare: true
} satisfies VendorTags

/** Mail.ru (VK) Top.Mail.Ru counter and ad pixel. */
export const mailru: Vendor = {
  ...mailruTags,
  name: 'Mail.ru',
  purpose: 'Measures ad conversions and audiences for Mail.ru and VK advertising.',
  privacyPolicyUrl: 'https://help.mail.ru/legal/terms/common/privacy',
  cookies: [
    { name: 'tmr_lvid', days: 365 },
    { name: 'tmr_lvidTS', days: 365 },
    { name: 'tmr_reqNum', days: 365 },
    { name: 'tmr_detect', days: 1 }
  ],
  storage: ['tmr_*']
}
