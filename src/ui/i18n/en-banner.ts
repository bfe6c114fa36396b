/**
 * The English texts of the banner: all the first-visit banner file carries (the rest of
 * the English texts, en.ts, come with the dialogs).
 */
export const EN_BANNER = {
  bannerTitle: 'Your privacy choices',
  bannerText:
    'We use cookies and similar technologies that this site needs to work. With your consent, we and our partners also use them to measure how the site is used, remember your settings and show you relevant ads. You can change your choice at any time in the cookie settings.',
  privacyPolicy: 'Privacy policy',
  legalNotice: 'Legal notice',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize'
}

/** The banner's texts. */
export type BannerTexts = Record<keyof typeof EN_BANNER, string>
