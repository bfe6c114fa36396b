// Type tests for the public API, checked by `tsc` in `npm test` (the "types" check):
// what must compile, and, under @ts-expect-error, what must not.
import {
  createConsentry,
  memoryStorage,
  validateConfig,
  type ConsentState,
  type ConsentryConfig
} from '../../src/index'

const consent = createConsentry({ storage: memoryStorage(), document: null })

consent.acceptAll()
consent.save({ categories: { statistical: true }, vendors: { facebook: false } })
consent.optOut({ sale: true })
const on: boolean = consent.granted('marketing') && consent.vendorGranted('criteo')
const state: ConsentState = consent.getState()
const regime: 'gdpr' | 'us' | 'none' = state.regime
const unsubscribe: () => void = consent.onChange((s) => s.categories.essential)
unsubscribe()
void [on, regime]

const config: ConsentryConfig = {
  revision: 2,
  regime: 'auto',
  cookie: { sameSite: 'Strict', expiryDays: 30 },
  vendors: ['facebook', { id: 'chat', name: 'Chat', category: 'personalisation' }],
  googleConsentMode: { waitForUpdate: 1000 }
}
validateConfig(config)

// @ts-expect-error the state is read-only
state.decided = true
// @ts-expect-error categories are read-only
state.categories.marketing = true
// @ts-expect-error switches are booleans
consent.save({ categories: { statistical: 'yes' } })
// @ts-expect-error opt-outs are sale and share only
consent.optOut({ targeted: true })
// @ts-expect-error an unknown regime
const bad: ConsentryConfig = { regime: 'eu' }
// @ts-expect-error SameSite is spelt as js-cookie spells it
const lax: ConsentryConfig = { cookie: { sameSite: 'lax' } }
void [bad, lax]
