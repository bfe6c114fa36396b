import { describe, expect, it } from 'vitest'
import { validateConfig } from '../core/config/validate'
import { checkConfig } from './index'
import { checkOwnNames } from './own-names'

const greedy = {
  id: 'greedy',
  name: 'Greedy',
  category: 'marketing',
  privacyPolicyUrl: 'https://greedy.example/privacy',
  cookies: [
    { name: 'greedy_id', days: 1 },
    { name: '*', days: 1 }
  ],
  storage: ['greedy:*', 'cons*', 'consentry', 'consentry:outbox']
}

describe('checkOwnNames', () => {
  it("names each vendor pattern that also matches Consentry's own cookie or keys", () => {
    const raw = { vendors: ['google-analytics', greedy] }
    expect(checkOwnNames(validateConfig(raw).config, raw)).toEqual([
      'vendors[1].cookies[1].name: "*" also matches the consent cookie "consentry"; withdrawing Greedy leaves Consentry\'s own alone',
      'vendors[1].storage[1]: "cons*" also matches the "consentry:" keys; withdrawing Greedy leaves Consentry\'s own alone',
      'vendors[1].storage[3]: "consentry:outbox" also matches the "consentry:" keys; withdrawing Greedy leaves Consentry\'s own alone'
    ])
  })

  it("names a consent cookie renamed into a catalog vendor's pattern", () => {
    const raw = { cookie: { name: '_ga_consent' } }
    expect(checkOwnNames(validateConfig(raw).config, raw)).toEqual([
      'vendor "google-analytics".cookies[1].name: "_ga_*" also matches the consent cookie "_ga_consent"; withdrawing Google Analytics leaves Consentry\'s own alone'
    ])
  })

  it('finds nothing in the default config and catalog', () => {
    expect(checkOwnNames(validateConfig({}).config, {})).toEqual([])
  })

  it('is a warning of the command line: the config still passes, unless strict', () => {
    const text = JSON.stringify({ vendors: [greedy] })
    const report = checkConfig(text, { name: 'consent.json' })
    expect(report.ok).toBe(true)
    expect(report.json.warnings).toHaveLength(3)
    expect(report.json.warnings[0]).toMatch(/^vendors\[0\]\.cookies\[1\]\.name: "\*"/)
    expect(checkConfig(text, { name: 'consent.json', strict: true }).ok).toBe(false)
  })
})
