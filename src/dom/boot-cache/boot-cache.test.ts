import { describe, expect, it } from 'vitest'
import { gatingFromRaw, pendingGatingConfig } from '../../core/config/gating'
import { encodeChoice } from '../../core/consent/codec'
import type { ConsentRecord } from '../../core/consent/record'
import {
  BOOT_CACHE_KEY,
  configKey,
  readBootCache,
  rememberedRecord,
  rememberRecord,
  RECORD_CACHE_KEY,
  stampedChoice,
  writeBootCache
} from './index'

function memoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, String(v)),
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
    key: (i) => [...items.keys()][i] ?? null,
    get length() {
      return items.size
    }
  }
}

describe('boot cache (the config the engine validated, for the next page view)', () => {
  const raw = { value: { vendors: ['facebook'] }, text: '{"vendors":["facebook"]}' }
  const key = configKey('1.0.0', 'DE', raw)!

  it('is keyed by version, region and config text: any change misses', () => {
    // Cookie-safe: it is stamped into the stored choice too.
    expect(key).toMatch(/^[0-9a-z]{8,11}$/)
    expect(configKey('1.0.1', 'DE', raw)).not.toBe(key)
    expect(configKey('1.0.0', 'US-CA', raw)).not.toBe(key)
    expect(configKey('1.0.0', 'DE', { ...raw, text: '{"vendors":["criteo"]}' })).not.toBe(
      key
    )
    expect(
      configKey('1.0.0', 'DE', { value: undefined, text: undefined })
    ).toBeUndefined()
    expect(
      configKey('1.0.0', 'DE', { error: { json: new SyntaxError('bad JSON') } })
    ).toBeUndefined()
  })

  it('reads back what was written, for the same key only', () => {
    const storage = memoryStorage()
    const cache = { key, regime: 'gdpr' as const, config: pendingGatingConfig() }
    writeBootCache(() => storage, cache)
    expect(readBootCache((k) => storage.getItem(k), key)).toEqual(cache)
    expect(
      readBootCache((k) => storage.getItem(k), configKey('1.0.0', 'FR', raw))
    ).toBeUndefined()
    expect(readBootCache((k) => storage.getItem(k), undefined)).toBeUndefined()
  })

  it('reads malformed, foreign or tampered entries as nothing', () => {
    const storage = memoryStorage()
    for (const value of [
      'not json',
      'null',
      '42',
      JSON.stringify({ key, regime: 'eu', config: pendingGatingConfig() }),
      JSON.stringify({ key, regime: 'gdpr', config: { categories: 'x', vendors: [] } }),
      JSON.stringify({
        key,
        regime: 'gdpr',
        config: { categories: [], vendors: [], cookie: {} }
      })
    ]) {
      storage.setItem(BOOT_CACHE_KEY, value)
      expect(readBootCache((k) => storage.getItem(k), key)).toBeUndefined()
    }
  })

  it('never throws where storage is missing or blocked', () => {
    const blocked = () => {
      throw new DOMException('denied', 'SecurityError')
    }
    const throwing = { getItem: blocked, setItem: blocked } as unknown as Storage
    expect(readBootCache(() => undefined, key)).toBeUndefined()
    expect(readBootCache(blocked, key)).toBeUndefined()
    expect(() =>
      writeBootCache(() => throwing, {
        key,
        regime: 'gdpr',
        config: pendingGatingConfig()
      })
    ).not.toThrow()
  })

  it('remembers the record of the decision in force, and answers for that id only', () => {
    const storage = memoryStorage()
    const record = { id: 'abc12345', method: 'banner' } as ConsentRecord
    rememberRecord(() => storage, record)
    expect(rememberedRecord((k) => storage.getItem(k), 'abc12345')).toEqual(record)
    expect(rememberedRecord((k) => storage.getItem(k), 'other')).toBeUndefined()
    expect(rememberedRecord((k) => storage.getItem(k), undefined)).toBeUndefined()
    storage.setItem(RECORD_CACHE_KEY, '{broken')
    expect(rememberedRecord((k) => storage.getItem(k), 'abc12345')).toBeUndefined()
    rememberRecord(() => storage, undefined)
    expect(storage.getItem(RECORD_CACHE_KEY)).toBeNull()
  })

  describe('stampedChoice (the config known from the stored choice alone)', () => {
    const raw = {
      value: { vendors: ['facebook'], cookie: { name: 'cc' } },
      text: '{"vendors":["facebook"],"cookie":{"name":"cc"}}'
    }
    const key = configKey('1.0.0', 'US-CA', raw)!
    const config = gatingFromRaw(raw.value)!
    const NOW = Date.UTC(2026, 10, 23)
    const cookie = (stamp: string | undefined, regime: 'gdpr' | 'us' = 'us') =>
      encodeChoice(config, {
        choice: { categories: { statistical: true }, vendors: {}, optOut: {} } as never,
        regime,
        method: 'banner',
        revision: 1,
        id: 'abcdefgh12345678',
        time: NOW,
        gpc: false,
        key: stamp
      })
    const jar = (value: string) => (name: string) => (name === 'cc' ? value : undefined)

    it('reads the config and choice when the cookie carries this key', () => {
      const found = stampedChoice(config, key, jar(cookie(key)), NOW)
      expect(found?.cache).toEqual({ key, regime: 'us', config })
      expect(found?.stored).toMatchObject({ id: 'abcdefgh12345678', key })
    })

    it('answers nothing for another key, no key, no choice or a config that could not be read', () => {
      expect(stampedChoice(config, key, jar(cookie('other1')), NOW)).toBeUndefined()
      expect(stampedChoice(config, key, jar(cookie(undefined)), NOW)).toBeUndefined()
      expect(stampedChoice(config, key, () => undefined, NOW)).toBeUndefined()
      expect(stampedChoice(config, undefined, jar(cookie(key)), NOW)).toBeUndefined()
      expect(stampedChoice(undefined, key, jar(cookie(key)), NOW)).toBeUndefined()
      // Tampered: the sum no longer matches.
      const edited = cookie(key).replace('.ub.', '.gb.')
      expect(stampedChoice(config, key, jar(edited), NOW)).toBeUndefined()
    })
  })
})
