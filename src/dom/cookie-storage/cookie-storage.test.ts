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
    vi.spyOn(window, 'location', 'get').mockReturnValue({
      protocol: 'https:'
    } as Location)
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
