// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cookieStorage } from './index'

function captureWrites() {
  const writes: string[] = []
  let descriptor: PropertyDescriptor | undefined
  for (let o: object | null = document; o && !descriptor; o = Object.getPrototypeOf(o)) {
    descriptor = Object.getOwnPropertyDescriptor(o, 'cookie')
  }
  if (!descriptor?.get || !descriptor.set) throw new Error('no document.cookie accessor')
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => descriptor.get!.call(document),
    set: (value: string) => {
      writes.push(value)
      descriptor.set!.call(document, value)
    }
  })
  return writes
}

afterEach(() => {
  delete (document as { cookie?: string }).cookie
})

/** Puts the page, as `location` tells it, at the root of `hostname` over `protocol`. */
function pageAt(protocol: string, hostname: string) {
  vi.spyOn(window, 'location', 'get').mockReturnValue({
    protocol,
    hostname,
    pathname: '/'
  } as Location)
}

describe('cookieStorage', () => {
  it('writes SameSite, path, domain and expiry, and reads the value back', () => {
    const writes = captureWrites()
    const storage = cookieStorage()
    storage.set('consentry', '1.1.abc', { path: '/', sameSite: 'Lax', expires: 180 })
    const parts = writes[0]!.split('; ')
    expect(parts[0]).toBe('consentry=1.1.abc')
    expect(parts).toEqual(expect.arrayContaining(['path=/', 'sameSite=Lax']))
    expect(parts.join(';')).not.toMatch(/secure/i)
    const expires = Date.parse(/expires=([^;]+)/.exec(writes[0]!)![1]!)
    expect(expires - Date.now()).toBeGreaterThan(179.9 * 86400000)
    expect(storage.get('consentry')).toBe('1.1.abc')
    storage.remove('consentry', { path: '/' })
    expect(storage.get('consentry')).toBeUndefined()
  })

  it('adds Secure on https pages', () => {
    pageAt('https:', 'shop.example.test')
    const writes = captureWrites()
    cookieStorage().set('consentry', 'v', {
      path: '/',
      sameSite: 'None',
      domain: 'example.test'
    })
    expect(writes[0]).toContain('; secure')
    expect(writes[0]).toContain('; domain=example.test')
  })

  it('does not add Secure on http pages', () => {
    const writes = captureWrites()
    cookieStorage().set('consentry', 'v', { path: '/' })
    expect(writes[0]).not.toContain('secure')
  })
})

describe('cookieStorage with an older copy of the same name', () => {
  it('removes a copy that shadows the one written (another path), then writes again', () => {
    history.replaceState(null, '', '/shop/item')
    document.cookie = 'consentry=old; path=/shop'
    const storage = cookieStorage()
    storage.set('consentry', 'new', { path: '/' })
    expect(document.cookie).toBe('consentry=new')
    expect(storage.get('consentry')).toBe('new')
  })

  it('removes every copy on a removal', () => {
    history.replaceState(null, '', '/shop/item')
    document.cookie = 'consentry=old; path=/shop'
    document.cookie = 'consentry=other; path=/'
    cookieStorage().remove('consentry', { path: '/' })
    expect(document.cookie).toBe('')
  })
})

describe('cookieStorage under a name with a star (an RFC 6265 token may have one)', () => {
  it('removes copies of that name alone, not the names the star would match', () => {
    history.replaceState(null, '', '/shop/item')
    document.cookie = 'consent*=old; path=/shop'
    document.cookie = 'consent_site=keep; path=/'
    cookieStorage().set('consent*', 'new', { path: '/' })
    expect(document.cookie.split('; ').sort()).toEqual([
      'consent*=new',
      'consent_site=keep'
    ])
  })
})

describe('cookieStorage with attributes this page cannot keep', () => {
  afterEach(() => {
    document.cookie = 'consentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
  })

  it('keeps the choice for this host when cookie.domain does not cover it, and says so once', () => {
    const warn = vi.fn()
    const writes = captureWrites()
    const storage = cookieStorage(warn)
    // The page is on localhost: a production domain, and `localhost` itself (a dotless
    // host takes no domain attribute), are both refused by browsers.
    for (const domain of ['.example.com', 'localhost', 'example.com']) {
      storage.set('consentry', `v-${domain}`, { path: '/', domain })
      expect(storage.get('consentry')).toBe(`v-${domain}`)
    }
    expect(writes.some((w) => /domain=/i.test(w))).toBe(false)
    expect(warn.mock.calls.map(([m]) => m)).toEqual([
      'Consentry: cookie.domain ".example.com" does not cover "localhost"; kept for "localhost"',
      'Consentry: cookie.domain "localhost" does not cover "localhost"; kept for "localhost"',
      'Consentry: cookie.domain "example.com" does not cover "localhost"; kept for "localhost"'
    ])
    storage.set('consentry', 'again', { path: '/', domain: '.example.com' })
    expect(warn).toHaveBeenCalledTimes(3)
  })

  it('keeps a parent domain that covers the host', () => {
    pageAt('http:', 'a.shop.example.test')
    const warn = vi.fn()
    const writes = captureWrites()
    for (const domain of ['.example.test', 'Shop.Example.test', 'a.shop.example.test'])
      cookieStorage(warn).set('consentry', 'v', { path: '/', domain })
    expect(writes.map((w) => /domain=([^;]+)/.exec(w)?.[1])).toEqual([
      '.example.test',
      'Shop.Example.test',
      'a.shop.example.test'
    ])
    expect(warn).not.toHaveBeenCalled()
  })

  it('writes SameSite=None as Lax on an http page, and says so', () => {
    const warn = vi.fn()
    const writes = captureWrites()
    const storage = cookieStorage(warn)
    storage.set('consentry', 'v', { path: '/', sameSite: 'None' })
    expect(writes[0]).toContain('sameSite=Lax')
    expect(storage.get('consentry')).toBe('v')
    expect(warn).toHaveBeenCalledWith(
      'Consentry: cookie.sameSite "None" needs https; "Lax" here'
    )
  })
})

describe('cookieStorage with a cookie.path that does not hold the page', () => {
  it('writes on "/" there, and says so; a path that holds the page is kept', () => {
    history.replaceState(null, '', '/blog/post')
    const warn = vi.fn()
    const writes = captureWrites()
    const storage = cookieStorage(warn)
    for (const path of ['/shop', '/blo', '/blog', '/blog/'])
      storage.set('consentry', `v${path}`, { path })
    // Each value's path (a value is written again once the copies left on other paths
    // are cleared: they would read as differing copies).
    const paths = Object.fromEntries(
      writes
        .filter((w) => w.startsWith('consentry=v'))
        .map((w) => [w.split(';')[0], /path=([^;]+)/.exec(w)?.[1]])
    )
    expect(paths).toEqual({
      'consentry=v/shop': '/',
      'consentry=v/blo': '/',
      'consentry=v/blog': '/blog',
      'consentry=v/blog/': '/blog/'
    })
    expect(storage.get('consentry')).toBe('v/blog/')
    expect(warn.mock.calls.map(([m]) => m)).toEqual([
      'Consentry: cookie.path "/shop" does not hold "/blog/post"; "/" here',
      'Consentry: cookie.path "/blo" does not hold "/blog/post"; "/" here'
    ])
  })
})
