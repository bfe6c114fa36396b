import type { Category } from './types'

/** Id of the one category that is always granted. */
export const ESSENTIAL = 'essential'

const ESSENTIAL_TAGS = { id: ESSENTIAL, required: true }

/**
 * What gating needs of the default taxonomy: the ids in order, `essential` required (the
 * script tag's first file carries only this).
 */
export const DEFAULT_CATEGORY_TAGS: ReadonlyArray<Pick<Category, 'id' | 'required'>> = [
  ESSENTIAL_TAGS,
  { id: 'statistical' },
  { id: 'personalisation' },
  { id: 'marketing' }
]

/**
 * The four categories of the embedded default taxonomy (CONTRACT.md §1), taken from the
 * "Cookies we use" tables of large marketplace privacy policies (shared/SOURCES.md).
 */
export const DEFAULT_CATEGORIES: readonly Category[] = [
  {
    ...ESSENTIAL_TAGS,
    title: 'Essential',
    description:
      'Strictly necessary for the site to work: sign-in, basket, security, performance and remembering this choice. They cannot be switched off.'
  },
  {
    ...DEFAULT_CATEGORY_TAGS[1]!,
    title: 'Statistical',
    description:
      'Analytics in aggregate form: how visitors use the site, so that we can improve it and keep it secure.'
  },
  {
    ...DEFAULT_CATEGORY_TAGS[2]!,
    title: 'Personalisation and service',
    description:
      'Remember your device, settings, language and region; recommend content; social-media login, sharing buttons and embedded videos.'
  },
  {
    ...DEFAULT_CATEGORY_TAGS[3]!,
    title: 'Marketing',
    description:
      'More relevant advertising on this and other sites, and measuring email open rates and conversions.'
  }
]
