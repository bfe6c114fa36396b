import type { Category } from './types'

/** Id of the one category that is always granted. */
export const ESSENTIAL = 'essential'

/**
 * The four categories of the embedded default taxonomy (CONTRACT.md §1), taken from the
 * "Cookies we use" tables of large marketplace privacy policies (shared/SOURCES.md).
 */
export const DEFAULT_CATEGORIES: readonly Category[] = [
  {
    id: ESSENTIAL,
    title: 'Essential',
    description:
      'Strictly necessary for the site to work: sign-in, basket, security, performance and remembering this choice. They cannot be switched off.',
    required: true
  },
  {
    id: 'statistical',
    title: 'Statistical',
    description:
      'Analytics in aggregate form: how visitors use the site, so that we can improve it and keep it secure.'
  },
  {
    id: 'personalisation',
    title: 'Personalisation and service',
    description:
      'Remember your device, settings, language and region; recommend content; social-media login, sharing buttons and embedded videos.'
  },
  {
    id: 'marketing',
    title: 'Marketing',
    description:
      'More relevant advertising on this and other sites, and measuring email open rates and conversions.'
  }
]
