import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkConfig, type CheckOptions } from './index'

const check = (config: unknown, options: Omit<CheckOptions, 'name'> = {}) =>
  checkConfig(typeof config === 'string' ? config : JSON.stringify(config), {
    name: 'consent.json',
    ...options
  })

describe('checkConfig (consentry check)', () => {
  it('says what a page on a valid config does: regime per region, categories, cookie', () => {
    const result = check(
      {
        categories: [
          { id: 'essential', title: 'Essential', description: 'Needed.' },
          { id: 'marketing', title: 'Marketing', description: 'Ads.' }
        ],
        vendors: ['facebook'],
        regionRegimes: { BR: 'gdpr' },
        cookie: { name: 'shop_consent', expiryDays: 90 },
        recordEndpoint: '/consent-log'
      },
      { regions: ['DE', 'US-CA', 'BR', 'JP'] }
    )
    expect(result.ok).toBe(true)
    expect(result.lines[0]).toBe('consent.json: valid')
    expect(result.json.regimes).toEqual({
      DE: 'gdpr',
      'US-CA': 'us',
      BR: 'gdpr',
      JP: 'gdpr'
    })
    expect(result.lines).toContain(
      '  regime   US-CA: us (opt-out: allowed until the visitor opts out of sale/sharing; GPC is an opt-out)'
    )
    expect(result.lines).toContain('  category essential (always on): no vendors')
    expect(result.lines).toContain('  category marketing: facebook')
    expect(result.lines).toContain('  cookie   shop_consent, 90 days')
    expect(result.lines).toContain('  records  sent to /consent-log')
    expect(result.lines.find((l) => l.startsWith('  blocking'))).toMatch(
      /^ {2}blocking \d+ hosts blocked until granted$/
    )
  })

  it("uses the config's own region without --region, and none at all as the page would", () => {
    expect(check({ region: 'US-VA' }).json.regimes).toEqual({ 'US-VA': 'us' })
    expect(check({}).json.regimes).toEqual({ '(no data-region)': 'gdpr' })
    expect(check({ regime: 'none' }, { regions: ['DE'] }).json.regimes).toEqual({
      DE: 'none'
    })
  })

  it('names each invalid field and what was expected, and says the page fails closed', () => {
    expect(check({ colour: 'red' }).lines[0]).toBe('consent.json: valid, 1 warning')
    const result = check({ categories: [{ id: 42 }], colour: 'red' })
    expect(result.ok).toBe(false)
    expect(result.lines[0]).toBe('consent.json: 1 error, 1 warning')
    expect(result.json.errors).toEqual([
      'categories[0].id: expected a lower-case id such as "marketing", got 42'
    ])
    expect(result.lines).toContain('  warning  colour: unknown key, ignored')
    expect(result.lines.at(-1)).toMatch(/fail closed/)
    // No summary of a config the page would not run on.
    expect(result.lines.some((l) => l.startsWith('  category'))).toBe(false)
    expect(result.json.regimes).toEqual({})
  })

  it('reports text that is not JSON, and null, as errors', () => {
    const broken = check('{"categories": [')
    expect(broken.ok).toBe(false)
    expect(broken.json.errors[0]).toMatch(/^config: not valid JSON \(.+\)$/)
    expect(check('null').json.errors).toEqual(['config: expected an object, got null'])
    expect(check('\uFEFF{}').ok).toBe(true)
  })

  it('passes a config with warnings, unless strict', () => {
    expect(check({ colour: 'red' }).ok).toBe(true)
    expect(check({ colour: 'red' }, { strict: true }).ok).toBe(false)
    expect(check({ colour: 'red' }, { strict: true }).json.warnings).toEqual([
      'colour: unknown key, ignored'
    ])
  })

  it("joins a page's markup findings, as file:line, and checks no markup against a broken config", () => {
    const pages = [
      {
        name: 'shop.html',
        html: '\n<script data-consent="marketing" src="x.js"></script>'
      }
    ]
    const result = check({}, { pages })
    expect(result.ok).toBe(false)
    expect(result.json.errors).toEqual([
      'shop.html:2: <script> is not gated without type="text/plain": it runs before consent (or, where auto-blocking knows its host, is still fetched)'
    ])
    // Not "fails closed": the config itself is fine.
    expect(result.lines.some((l) => /fail closed/.test(l))).toBe(false)
    expect(check({ categories: 7 }, { pages }).json.errors).toEqual([
      'categories: expected an array, got 7'
    ])
  })

  it("matches the README's example, run on test/fixtures/config.json", () => {
    const readme = readFileSync('README.md', 'utf8')
    const example = /\n```\n(consent\.json: valid\n[\s\S]*?)\n```/.exec(readme)![1]
    const result = checkConfig(readFileSync('test/fixtures/config.json', 'utf8'), {
      name: 'consent.json',
      regions: ['DE', 'US-CA']
    })
    expect(example).toBe(result.lines.join('\n'))
  })
})
