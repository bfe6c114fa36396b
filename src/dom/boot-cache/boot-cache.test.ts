import { describe, expect, it } from 'vitest'
import { pendingGatingConfig } from '../../core/config/gating'
import type { ConsentRecord } from '../../core/consent/record'
import {
  BOOT_CACHE_KEY,
  bootKey,
  readBootCache,
  rememberedRecord,
  rememberRecord,
  RECORD_CACHE_KEY,
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
  const key = bootKey('1.0.0', 'DE', raw)!

  it('is keyed by version, region and config text: any change misses', () => {
    expect(key).toMatch(/^[0-9a-z]+\.[0-9a-z]+$/)
    expect(bootKey('1.0.1', 'DE', raw)).not.toBe(key)
    expect(bootKey('1.0.0', 'US-CA', raw)).not.toBe(key)
    expect(bootKey('1.0.0', 'DE', { ...raw, text: '{"vendors":["criteo"]}' })).not.toBe(
      key
    )
    expect(bootKey('1.0.0', 'DE', { value: undefined, text: undefined })).toBeUndefined()
    expect(bootKey('1.0.0', 'DE', { error: 'bad JSON' })).toBeUndefined()
  })

  it('reads back what was written, for the same key only', () => {
    const storage = memoryStorage()
    const cache = { key, regime: 'gdpr' as const, config: pendingGatingConfig() }
    writeBootCache(() => storage, cache)
    expect(readBootCache(() => storage, key)).toEqual(cache)
    expect(readBootCache(() => storage, bootKey('1.0.0', 'FR', raw))).toBeUndefined()
    expect(readBootCache(() => storage, undefined)).toBeUndefined()
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
      expect(readBootCache(() => storage, key)).toBeUndefined()
    }
  })

  it('never throws where storage is missing or blocked', () => {
    const blocked = () => {
      throw new DOMException('denied', 'SecurityError')
    }
    const throwing = { getItem: blocked, setItem: blocked } as unknown as Storage
    expect(readBootCache(() => undefined, key)).toBeUndefined()
    expect(readBootCache(() => throwing, key)).toBeUndefined()
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
    expect(rememberedRecord(() => storage, 'abc12345')).toEqual(record)
    expect(rememberedRecord(() => storage, 'other')).toBeUndefined()
    expect(rememberedRecord(() => storage, undefined)).toBeUndefined()
    storage.setItem(RECORD_CACHE_KEY, '{broken')
    expect(rememberedRecord(() => storage, 'abc12345')).toBeUndefined()
    rememberRecord(() => storage, undefined)
    expect(storage.getItem(RECORD_CACHE_KEY)).toBeNull()
  })
})
