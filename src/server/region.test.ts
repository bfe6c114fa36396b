import { describe, expect, it } from 'vitest'
import { readConsent, regionFromHeaders } from './index'

describe('regionFromHeaders', () => {
  it("reads Cloudflare's, Vercel's and CloudFront's location headers", () => {
    expect(regionFromHeaders({ 'cf-ipcountry': 'DE' })).toBe('DE')
    expect(regionFromHeaders({ 'cf-ipcountry': 'US', 'cf-region-code': 'CA' })).toBe(
      'US-CA'
    )
    expect(
      regionFromHeaders({
        'x-vercel-ip-country': 'US',
        'x-vercel-ip-country-region': 'VA'
      })
    ).toBe('US-VA')
    expect(
      regionFromHeaders(
        new Headers({
          'CloudFront-Viewer-Country': 'FR',
          'CloudFront-Viewer-Country-Region': 'IDF'
        })
      )
    ).toBe('FR-IDF')
  })

  it('takes a subdivision given whole, and any case and spacing', () => {
    expect(regionFromHeaders({ 'cf-ipcountry': 'us', 'cf-region-code': 'US-co ' })).toBe(
      'US-CO'
    )
    expect(regionFromHeaders({ 'CF-IPCountry': ' gb ', 'CF-Region-Code': 'eng' })).toBe(
      'GB-ENG'
    )
  })

  it('keeps the country alone where the subdivision is missing or not a code', () => {
    expect(regionFromHeaders({ 'cf-ipcountry': 'US', 'cf-region-code': '' })).toBe('US')
    expect(
      regionFromHeaders({ 'cf-ipcountry': 'US', 'cf-region-code': 'California' })
    ).toBe('US')
  })

  it('names no region for codes that name no country, or none', () => {
    for (const code of ['XX', 'T1', 'A1', 'EU', 'ZZ', '', 'USA', '1'])
      expect(regionFromHeaders({ 'cf-ipcountry': code }), code).toBeUndefined()
    expect(regionFromHeaders({})).toBeUndefined()
    // The next source is asked when one names no country.
    expect(regionFromHeaders({ 'cf-ipcountry': 'XX', 'x-vercel-ip-country': 'IT' })).toBe(
      'IT'
    )
  })

  it('gives readConsent the regime the page will find with data-region', () => {
    const headers = { 'cf-ipcountry': 'US', 'cf-region-code': 'CA', 'sec-gpc': '1' }
    const consent = readConsent(headers, { region: regionFromHeaders(headers) })
    expect(consent.state.regime).toBe('us')
    expect(consent.state.optOut).toEqual({ sale: true, share: true })
    const eu = { 'x-vercel-ip-country': 'DE' }
    expect(readConsent(eu, { region: regionFromHeaders(eu) }).state.regime).toBe('gdpr')
  })
})
