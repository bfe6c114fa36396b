// @vitest-environment happy-dom
import Cookies from 'js-cookie'
import { afterEach, describe, expect, it } from 'vitest'
import { readCookie } from './read-cookie'

describe('readCookie (the first file reads the stored choice without js-cookie)', () => {
  afterEach(() => {
    for (const name of Object.keys(Cookies.get())) Cookies.remove(name)
  })

  it('reads what js-cookie wrote, percent-decoded', () => {
    Cookies.set('consentry', '1.a.b c;d')
    Cookies.set('other', 'x')
    expect(readCookie('consentry')).toBe(Cookies.get('consentry'))
    expect(readCookie('missing')).toBeUndefined()
  })

  it('skips a malformed pair instead of throwing', () => {
    document.cookie = 'bad=%E0%A4%A'
    Cookies.set('consentry', 'ok')
    expect(readCookie('bad')).toBeUndefined()
    expect(readCookie('consentry')).toBe('ok')
  })

  it("reads from a cookie string read before (the first file's top level), or afresh without one", () => {
    Cookies.set('consentry', 'now')
    expect(readCookie('consentry', 'a=1; consentry=before%20this')).toBe('before this')
    expect(readCookie('consentry', '')).toBeUndefined()
    expect(readCookie('consentry', undefined)).toBe('now')
  })
})

describe('readCookie with copies of the name (set with other domains or paths)', () => {
  it('reads equal copies as their value, and copies that differ one a line, in order', () => {
    expect(readCookie('consentry', 'consentry=a; x=1; consentry=a')).toBe('a')
    expect(
      readCookie('consentry', 'consentry=old; x=1; consentry=new; consentry=old')
    ).toBe('old\nnew')
    // A malformed copy is skipped.
    expect(readCookie('consentry', 'consentry=%E0%A4%A; consentry=a')).toBe('a')
  })
})
