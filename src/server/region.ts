import { header, type RequestHeaders } from './headers'

/**
 * The headers CDNs and hosts set with the visitor's location, each a country (ISO 3166-1
 * alpha-2) and the first-level subdivision's part of its ISO 3166-2 code (`CA` of
 * `US-CA`), in the order they are asked.
 */
const SOURCES: ReadonlyArray<readonly [country: string, subdivision: string]> = [
  // Cloudflare: IP Geolocation; the subdivision with the "Add visitor location headers"
  // managed transform.
  ['cf-ipcountry', 'cf-region-code'],
  // Vercel.
  ['x-vercel-ip-country', 'x-vercel-ip-country-region'],
  // Amazon CloudFront, where the origin request policy forwards them.
  ['cloudfront-viewer-country', 'cloudfront-viewer-country-region']
]

/**
 * Codes in the country headers that name no country: unknown (`XX`, `ZZ`), Tor (`T1`),
 * anonymous proxies and satellite providers (`A1`, `A2`), other (`O1`), and continent-wide
 * blocks (`EU`, `AP`).
 */
const NO_COUNTRY = ['XX', 'ZZ', 'T1', 'A1', 'A2', 'O1', 'EU', 'AP']

/**
 * The visitor's region as Consentry takes it (`data-region`, `readConsent`'s `region`):
 * `DE`, or `US-CA` where the subdivision is known, read from the location headers a CDN
 * or host sets: Cloudflare's (`CF-IPCountry`, `CF-Region-Code`), Vercel's
 * (`X-Vercel-IP-Country`, `X-Vercel-IP-Country-Region`) or CloudFront's
 * (`CloudFront-Viewer-Country`, `CloudFront-Viewer-Country-Region`). Trust them only where
 * every request comes through that CDN: a request that reaches the origin directly can
 * carry any value.
 *
 * @param headers The request's headers.
 * @returns The region, or `undefined` where no header names a country (Consentry then
 *   takes the config's `region`, or none: `gdpr`).
 */
export function regionFromHeaders(headers: RequestHeaders): string | undefined {
  for (const [countryHeader, subdivisionHeader] of SOURCES) {
    const country = header(headers, countryHeader)?.trim().toUpperCase()
    if (!country || !/^[A-Z]{2}$/.test(country) || NO_COUNTRY.includes(country)) continue
    // The subdivision's part of its code, or the whole code (`US-CA`) where a header
    // gives that.
    const subdivision = header(headers, subdivisionHeader)
      ?.trim()
      .toUpperCase()
      .replace(`${country}-`, '')
    return subdivision && /^[A-Z0-9]{1,3}$/.test(subdivision)
      ? `${country}-${subdivision}`
      : country
  }
  return undefined
}
