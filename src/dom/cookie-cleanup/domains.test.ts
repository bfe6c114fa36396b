import { describe, expect, it } from 'vitest'
import { matchPattern } from '../../utils/match-pattern'
import { domainsUpTo, pathsFor } from './domains'

describe('cookie clean-up helpers', () => {
  it('lists the host and its parents down to the registrable domain, never past it', () => {
    expect(domainsUpTo('a.shop.example.co.uk', 'example.co.uk')).toEqual([
      'a.shop.example.co.uk',
      'shop.example.co.uk',
      'example.co.uk'
    ])
    expect(domainsUpTo('example.com', 'example.com')).toEqual(['example.com'])
    // Unknown registrable domain (IP, localhost, blocked cookies): the host only.
    expect(domainsUpTo('127.0.0.1', undefined)).toEqual(['127.0.0.1'])
    expect(domainsUpTo('shop.example.test', 'other.test')).toEqual(['shop.example.test'])
  })

  it('lists the paths a cookie on this page could carry', () => {
    expect(pathsFor('/')).toEqual(['/'])
    expect(pathsFor('/shop/cart')).toEqual([
      '/',
      '/shop',
      '/shop/',
      '/shop/cart',
      '/shop/cart/'
    ])
  })

  it('matches names against * patterns, literally otherwise', () => {
    expect(matchPattern('_ga_ABC123', '_ga_*')).toBe(true)
    expect(matchPattern('_ga', '_ga_*')).toBe(false)
    expect(matchPattern('__utmz', '__utm*')).toBe(true)
    expect(matchPattern('a.b', 'a.b')).toBe(true)
    expect(matchPattern('axb', 'a.b')).toBe(false)
    expect(matchPattern('x_ym_1', '_ym_*')).toBe(false)
  })
})
