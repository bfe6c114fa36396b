import { describe, expect, it, vi } from 'vitest'
import { validateConfig } from './config/validate'
import { createConsentCore, type CoreOptions } from './consentry-core'
import { memoryStorage } from './storage/memory-storage'
import { createConsentStore } from './stores/consent-store'
import type { StorageEngine } from './storage/types'

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0)
const logger = () => ({ warn: vi.fn(), error: vi.fn() })

function core(options: Partial<CoreOptions> = {}) {
  let n = 0
  return createConsentCore({
    storage: memoryStorage(),
    store: createConsentStore,
    now: () => NOW,
    randomId: () => `record${String(++n).padStart(9, '0')}`,
    logger: logger(),
    version: '0.0.0-test',
    ...options
  })
}

describe('consent core', () => {
  it('blocks everything non-essential and queues decisions until configured', () => {
    const c = core()
    c.acceptAll()
    expect(c.$state.get()).toMatchObject({ decided: false, method: 'default' })
    expect(c.$state.get().categories.statistical).toBe(false)
    c.configure(validateConfig(undefined))
    expect(c.$state.get()).toMatchObject({ decided: true, method: 'api' })
    expect(c.$state.get().categories.statistical).toBe(true)
  })

  it('checks a queued save against the config that arrives, logging a bad one', () => {
    const log = logger()
    const c = core({ logger: log })
    c.save({ categories: { chat: true } })
    c.save({ categories: { nope: true } })
    c.configure(
      validateConfig({ categories: [{ id: 'chat', title: 'Chat' }], vendors: [] })
    )
    expect(c.$state.get().categories.chat).toBe(true)
    expect(log.error).toHaveBeenCalledTimes(1)
    expect(String(log.error.mock.calls[0]![0])).toMatch(/categories\.nope: unknown id/)
  })

  it('stores the choice and reads it back on the next page view', () => {
    const storage = memoryStorage()
    const first = core({ storage })
    first.configure(validateConfig(undefined))
    first.save({ categories: { statistical: true } }, 'preferences')
    const id = first.$state.get().id
    const second = core({ storage })
    second.configure(validateConfig(undefined))
    expect(second.$state.get()).toMatchObject({
      decided: true,
      method: 'stored',
      id,
      timestamp: new Date(NOW).toISOString()
    })
    expect(second.$state.get().categories).toEqual({
      essential: true,
      statistical: true,
      personalisation: false,
      marketing: false
    })
  })

  it('writes the cookie with the configured attributes', () => {
    const memory = memoryStorage()
    const storage: StorageEngine = {
      get: memory.get,
      set: vi.fn(memory.set),
      remove: vi.fn(memory.remove)
    }
    const c = core({ storage })
    c.configure(
      validateConfig({ cookie: { name: 'cc', domain: '.shop.example', expiryDays: 30 } })
    )
    c.rejectAll()
    expect(storage.set).toHaveBeenCalledWith('cc', expect.stringMatching(/^1\./), {
      path: '/',
      sameSite: 'Lax',
      domain: '.shop.example',
      expires: 30
    })
    c.reset()
    expect(storage.remove).toHaveBeenCalledWith('cc', {
      path: '/',
      sameSite: 'Lax',
      domain: '.shop.example'
    })
  })

  it('stamps decisions with the config key, and stamps a choice made without it once', () => {
    const storage = memoryStorage()
    let key: string | undefined = undefined
    const c = core({ storage, cookieKey: () => key })
    c.configure(validateConfig(undefined))
    c.acceptAll()
    const unstamped = storage.get('consentry')!
    expect(unstamped.split('.')).toHaveLength(10)
    key = 'abc1234z1'
    c.stamp()
    const stamped = storage.get('consentry')!
    expect(stamped.split('.')[9]).toBe('abc1234z1')
    // The choice, its id and its time are the same; only the key was added.
    expect(stamped.replace('.abc1234z1', '').split('.').slice(0, 9)).toEqual(
      unstamped.split('.').slice(0, 9)
    )
    const set = vi.spyOn(storage, 'set')
    c.stamp()
    expect(set).not.toHaveBeenCalled()
    c.rejectAll()
    expect(storage.get('consentry')!.split('.')[9]).toBe('abc1234z1')
  })

  it('keeps a stamped choice to its own expiry', () => {
    const storage: StorageEngine = {
      get: vi.fn(() => undefined),
      set: vi.fn(),
      remove: vi.fn()
    }
    const memory = memoryStorage()
    const day = 86400000
    const first = core({ storage: memory, now: () => NOW - 30 * day })
    first.configure(validateConfig(undefined))
    first.acceptAll()
    vi.mocked(storage.get).mockImplementation((name) => memory.get(name))
    const later = core({ storage, cookieKey: () => 'k1' })
    later.configure(validateConfig(undefined))
    later.stamp()
    expect(storage.set).toHaveBeenCalledWith(
      'consentry',
      expect.stringContaining('.k1.'),
      expect.objectContaining({ expires: 150 })
    )
  })

  it('stamps nothing under an invalid config or without a choice', () => {
    const storage = memoryStorage()
    const set = vi.spyOn(storage, 'set')
    const empty = core({ storage, cookieKey: () => 'k1' })
    empty.configure(validateConfig(undefined))
    empty.stamp()
    expect(set).not.toHaveBeenCalled()
    core({ storage }).configure(validateConfig(undefined))
    const other = core({ storage })
    other.configure(validateConfig(undefined))
    other.acceptAll()
    set.mockClear()
    const invalid = core({ storage, cookieKey: () => 'k1' })
    invalid.configure(validateConfig({ categories: 42 }))
    invalid.stamp()
    expect(set).not.toHaveBeenCalled()
  })

  it('reset forgets the choice and asks again', () => {
    const storage = memoryStorage()
    const c = core({ storage })
    c.configure(validateConfig(undefined))
    c.acceptAll()
    c.reset()
    expect(c.$state.get()).toMatchObject({ decided: false, method: 'default' })
    expect(c.$state.get().categories.marketing).toBe(false)
    expect(storage.get('consentry')).toBeUndefined()
  })

  it('reset before the config drops the queued decisions and forgets the stored choice once the config is in', () => {
    const storage = memoryStorage()
    const first = core({ storage })
    first.configure(validateConfig(undefined))
    first.acceptAll()
    const c = core({ storage })
    c.rejectAll()
    c.reset()
    expect(storage.get('consentry')).toMatch(/^1\./)
    c.configure(validateConfig(undefined))
    expect(c.$state.get()).toMatchObject({ decided: false, method: 'default' })
    expect(storage.get('consentry')).toBeUndefined()
  })

  it('re-prompts after a revision bump', () => {
    const storage = memoryStorage()
    const c = core({ storage })
    c.configure(validateConfig({ revision: 1 }))
    c.acceptAll()
    const next = core({ storage })
    next.configure(validateConfig({ revision: 2 }))
    expect(next.$state.get()).toMatchObject({ decided: false, revision: 2 })
    expect(next.$state.get().categories.marketing).toBe(false)
  })

  it('re-prompts when the stored choice has expired', () => {
    const storage = memoryStorage()
    const c = core({ storage })
    c.configure(validateConfig({ cookie: { expiryDays: 10 } }))
    c.acceptAll()
    const later = core({ storage, now: () => NOW + 10 * 86400000 })
    later.configure(validateConfig({ cookie: { expiryDays: 10 } }))
    expect(later.$state.get().decided).toBe(false)
  })

  it('fails closed on an invalid config: logs it, grants nothing, leaves the cookie alone', () => {
    const storage = memoryStorage()
    const good = core({ storage })
    good.configure(validateConfig({ regime: 'none' }))
    good.acceptAll()
    const before = storage.get('consentry')
    const log = logger()
    const bad = core({ storage, logger: log })
    bad.configure(validateConfig({ regime: 'none', revision: 'two' }))
    expect(log.error).toHaveBeenCalledWith(
      expect.stringContaining(
        'revision: expected a whole number from 0 to 2147483647, got "two"'
      )
    )
    expect(bad.$state.get()).toMatchObject({ decided: false, regime: 'gdpr' })
    expect(bad.$state.get().categories.marketing).toBe(false)
    bad.acceptAll() // the visitor may still choose, for this page view only
    expect(bad.$state.get().categories.marketing).toBe(true)
    expect(storage.get('consentry')).toBe(before)
  })

  it('keeps working in memory when storage throws, warning once', () => {
    const log = logger()
    const broken: StorageEngine = {
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
      set: () => {
        throw new Error('blocked')
      },
      remove: () => {
        throw new Error('blocked')
      }
    }
    const c = core({ storage: broken, logger: log })
    expect(() => c.configure(validateConfig(undefined))).not.toThrow()
    c.acceptAll()
    c.save({ categories: { marketing: false } })
    expect(c.$state.get().categories).toMatchObject({
      statistical: true,
      marketing: false
    })
    c.reset()
    expect(log.warn).toHaveBeenCalledTimes(1)
  })

  it('keeps the choice in memory when the browser drops the cookie without a word (Firefox, cookies blocked)', () => {
    const log = logger()
    // Writes that never land, as document.cookie does where the visitor blocks cookies.
    const dropping: StorageEngine = {
      get: () => undefined,
      set: () => {},
      remove: () => {}
    }
    const c = core({ storage: dropping, logger: log })
    c.configure(validateConfig(undefined))
    c.acceptAll()
    // Re-read, as a tab shown again does: the choice made here stands.
    c.refresh()
    expect(c.$state.get()).toMatchObject({
      decided: true,
      categories: { marketing: true }
    })
    expect(log.warn).toHaveBeenCalledTimes(1)
    expect(String(vi.mocked(log.warn).mock.calls[0])).toContain('cookies are unavailable')
  })

  it('applies GPC under us as a decision with no click', () => {
    const c = core({ gpc: true, region: 'US-CA' })
    c.configure(validateConfig(undefined))
    expect(c.$state.get()).toMatchObject({
      decided: true,
      method: 'gpc',
      regime: 'us',
      gpc: true,
      optOut: { sale: true, share: true }
    })
    expect(c.$state.get().categories.marketing).toBe(false)
    expect(c.$state.get().categories.statistical).toBe(true)
  })

  describe('a GPC signal over a stored choice made without it', () => {
    /** A view of the same visitor (one cookie jar) with or without the signal. */
    const view = (storage: StorageEngine, gpc: boolean, region = 'US-CA') => {
      const onRecord = vi.fn()
      const c = core({ storage, gpc, region, onRecord })
      c.configure(validateConfig(undefined))
      return { c, onRecord }
    }

    it('records the opt-out once, keeping the choice, which stands again without it', () => {
      const storage = memoryStorage()
      view(storage, false).c.acceptAll()
      const seen = view(storage, true)
      expect(seen.c.$state.get()).toMatchObject({
        decided: true,
        method: 'gpc',
        gpc: true,
        optOut: { sale: true, share: true }
      })
      expect(seen.c.$state.get().categories.marketing).toBe(false)
      expect(seen.onRecord).toHaveBeenCalledTimes(1)
      expect(seen.onRecord.mock.calls[0]![0]).toMatchObject({
        method: 'gpc',
        gpc: true,
        optOut: { sale: true, share: true },
        categories: { marketing: false }
      })
      // The choice is kept as made: the opt-out dialog can explain the conflict.
      expect(seen.c.choice().optOut).toEqual({ sale: false, share: false })
      // Later views with the signal read it back; nothing is recorded again.
      const later = view(storage, true)
      expect(later.c.$state.get()).toMatchObject({
        method: 'stored',
        optOut: { sale: true }
      })
      expect(later.onRecord).not.toHaveBeenCalled()
      // Without the signal, the visitor's own choice stands again.
      const off = view(storage, false)
      expect(off.c.$state.get()).toMatchObject({
        method: 'stored',
        optOut: { sale: false }
      })
      expect(off.c.$state.get().categories.marketing).toBe(true)
      expect(off.onRecord).not.toHaveBeenCalled()
    })

    it('records it over a choice that had opted out already, too', () => {
      const storage = memoryStorage()
      view(storage, false).c.optOut()
      const seen = view(storage, true)
      expect(seen.c.$state.get()).toMatchObject({ method: 'gpc', gpc: true })
      expect(seen.onRecord).toHaveBeenCalledTimes(1)
    })

    it('does not record again after a decision made with the signal in force', () => {
      const storage = memoryStorage()
      const first = view(storage, true)
      expect(first.onRecord).toHaveBeenCalledTimes(1)
      first.c.save({ categories: { statistical: false } }, 'preferences')
      expect(first.onRecord).toHaveBeenCalledTimes(2)
      expect(view(storage, true).onRecord).not.toHaveBeenCalled()
    })

    it('records nothing under gdpr, where the signal decides nothing', () => {
      const storage = memoryStorage()
      view(storage, false, 'DE').c.acceptAll()
      const seen = view(storage, true, 'DE')
      expect(seen.c.$state.get().method).toBe('stored')
      expect(seen.onRecord).not.toHaveBeenCalled()
    })
  })

  it('resolves the regime from the region, the option winning over the config', () => {
    const c = core({ region: 'DE' })
    c.configure(validateConfig({ region: 'US-CA' }))
    expect(c.$state.get().regime).toBe('gdpr')
    expect(c.region()).toBe('DE')
  })

  it('builds a record of the latest decision', () => {
    const c = core({ region: 'DE', language: () => 'de' })
    c.configure(validateConfig(undefined))
    expect(c.getRecord()).toBeUndefined()
    c.save({ categories: { statistical: true } }, 'preferences')
    expect(c.getRecord()).toMatchObject({
      id: 'record000000001',
      timestamp: '2026-11-23T12:00:00.000Z',
      expires: '2027-05-22T12:00:00.000Z',
      regime: 'gdpr',
      region: 'DE',
      method: 'preferences',
      categories: {
        essential: true,
        statistical: true,
        personalisation: false,
        marketing: false
      },
      optOut: { sale: false, share: false },
      gpc: false,
      revision: 1,
      configHash: expect.stringMatching(/^[0-9a-z]+$/),
      language: 'de',
      version: '0.0.0-test'
    })
  })
})
