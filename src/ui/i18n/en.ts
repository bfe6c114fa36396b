import { EN_BANNER } from './en-banner'
import { EN_REOPEN } from './en-reopen'

/**
 * The English texts, built into the UI; every other language is a JSON file of the same
 * keys, fetched only when used. `{name}` placeholders are filled in as plain text.
 */
export const EN = {
  ...EN_BANNER,
  ...EN_REOPEN,
  preferencesTitle: 'Cookie preferences',
  preferencesText:
    'Choose which cookies we may use. Essential cookies are always on because the site cannot work without them.',
  saveChoices: 'Save choices',
  close: 'Close',
  alwaysOn: 'Always on',
  showVendors: 'Partners ({count})',
  cookieName: 'Cookie',
  cookieLifetime: 'Lifetime',
  session: 'Session',
  thirdParty: 'set by {vendor}',
  vendorPrivacy: 'Privacy policy of {vendor}',
  newWindow: '(opens in a new window)',
  optOutTitle: 'Do Not Sell or Share My Personal Information',
  optOutText:
    'We and our advertising partners may use cookies to show you ads based on your activity on other sites. The law may treat this as a "sale" or "sharing" of personal information. You can opt out at any time, and we will not treat you differently if you do.',
  optOutSwitch: 'Opt out of the sale and sharing of my personal information',
  confirm: 'Confirm',
  gpcHonored: 'Opt-Out Request Honored',
  gpcText:
    'Your browser sent a Global Privacy Control signal. We have treated it as a request to opt out of the sale and sharing of your personal information.',
  gpcConflict:
    'You had allowed the sale or sharing of your information on this site. Your browser now sends a Global Privacy Control signal, which takes precedence: you are opted out. To change that, turn Global Privacy Control off in your browser.',
  usNoticeText:
    'We and our advertising partners use cookies to show you ads based on your activity. You can opt out of the sale and sharing of your personal information at any time.',
  usNoticeOk: 'OK',
  placeholderText:
    'This content is provided by {vendor}. Loading it may set cookies and share data about you with {vendor}.',
  loadOnce: 'Load once',
  alwaysAllow: 'Always allow {vendor}',
  consentId: 'Consent ID: {id}',
  'category.essential.title': 'Essential',
  'category.essential.description':
    'Strictly necessary for the site to work: sign-in, basket, security, performance and remembering this choice. They cannot be switched off.',
  'category.statistical.title': 'Statistical',
  'category.statistical.description':
    'Analytics in aggregate form: how visitors use the site, so that we can improve it and keep it secure.',
  'category.personalisation.title': 'Personalisation and service',
  'category.personalisation.description':
    'Remember your device, settings, language and region; recommend content; social-media login, sharing buttons and embedded videos.',
  'category.marketing.title': 'Marketing',
  'category.marketing.description':
    'More relevant advertising on this and other sites, and measuring email open rates and conversions.'
}

/** A set of UI texts: the English keys, each a plain string. */
export type Texts = Record<keyof typeof EN, string> & Record<string, string>
