import { describe, expect, it } from 'vitest'
import { consentModeState } from './consent-types'

describe('consentModeState', () => {
  it('maps each category to its Consent Mode types', () => {
    expect(consentModeState({ essential: true, statistical: true })).toEqual({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'granted',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'granted'
    })
    const marketing = consentModeState({ marketing: true, personalisation: true })
    expect(marketing).toMatchObject({
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
      functionality_storage: 'granted',
      personalization_storage: 'granted',
      analytics_storage: 'denied'
    })
  })
})
