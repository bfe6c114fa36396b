import type { ConsentState } from '../../core/consent/types'

/** Google Consent Mode v2 consent types and the value of each. */
export type ConsentModeState = Record<
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage',
  'granted' | 'denied'
>

const value = (on: boolean | undefined) => (on ? 'granted' : 'denied')

/**
 * Maps the consent state to Consent Mode types (CONTRACT.md §6): statistical →
 * analytics_storage; marketing → ad_storage, ad_user_data, ad_personalization;
 * personalisation → functionality_storage, personalization_storage; security_storage is
 * always granted (it covers security cookies, which are essential).
 *
 * @param categories Granted categories.
 * @returns The Consent Mode state.
 */
export function consentModeState(
  categories: ConsentState['categories']
): ConsentModeState {
  return {
    ad_storage: value(categories.marketing),
    ad_user_data: value(categories.marketing),
    ad_personalization: value(categories.marketing),
    analytics_storage: value(categories.statistical),
    functionality_storage: value(categories.personalisation),
    personalization_storage: value(categories.personalisation),
    security_storage: 'granted'
  }
}
