import { describe, expect, it } from 'vitest'
import { isSamePage } from './same-page'

describe('isSamePage', () => {
  const here = 'https://shop.example/privacy/?lang=de#cookies'

  it('is the page whatever its query, fragment or trailing slash', () => {
    expect(isSamePage('/privacy', here)).toBe(true)
    expect(isSamePage('https://shop.example/privacy#top', here)).toBe(true)
    expect(isSamePage('../privacy?x=1', 'https://shop.example/privacy/')).toBe(true)
    expect(isSamePage('/', 'https://shop.example/?q=1')).toBe(true)
  })

  it('is not another path, host, port or scheme', () => {
    expect(isSamePage('/privacy-policy', here)).toBe(false)
    expect(isSamePage('/privacy/cookies', here)).toBe(false)
    expect(isSamePage('https://other.example/privacy', here)).toBe(false)
    expect(isSamePage('https://shop.example:8443/privacy', here)).toBe(false)
    expect(isSamePage('http://shop.example/privacy', here)).toBe(false)
  })

  it('is not nothing, nor a link that is no URL', () => {
    expect(isSamePage(undefined, here)).toBe(false)
    expect(isSamePage('', here)).toBe(false)
    expect(isSamePage('http://[', here)).toBe(false)
  })
})
