import type { Vendor } from '../types'

/** Mail.ru (VK) Top.Mail.Ru counter and ad pixel. */
export const mailru: Vendor = {
  id: 'mailru',
  name: 'Mail.ru',
  category: 'marketing',
  purpose: 'Measures ad conversions and audiences for Mail.ru and VK advertising.',
  privacyPolicyUrl: 'https://help.mail.ru/legal/terms/common/privacy',
  cookies: [
    { name: 'tmr_lvid', days: 365 },
    { name: 'tmr_lvidTS', days: 365 },
    { name: 'tmr_reqNum', days: 365 },
    { name: 'tmr_detect', days: 1 }
  ],
  storage: ['tmr_*'],
  hosts: ['top-fwz1.mail.ru', 'top.mail.ru', 'ad.mail.ru'],
  saleShare: true
}
