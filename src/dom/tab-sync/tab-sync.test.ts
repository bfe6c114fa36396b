// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LATE_MS, SETTLE_MS, syncTabs, watchTabs } from './index'

describe('watchTabs (a view that only reads the choice)', () => {
  // happy-dom has a cookieStore; these tests are about a page without one (Firefox before
  // 140, Safari before 18.4, an http page), but the one that passes its own.
  const own = Object.getOwnPropertyDescriptor(window, 'cookieStore')
  beforeEach(() => {
    vi.useFakeTimers()
    Object.defineProperty(window, 'cookieStore', { value: undefined, configurable: true })
  })
  afterEach(() => {
    vi.useRealTimers()
    if (own) Object.defineProperty(window, 'cookieStore', own)
  })
  const storage = (key: string | null) =>
    window.dispatchEvent(new StorageEvent('storage', { key }))

  it("without a cookieStore, hears another tab's record written or removed, and nothing else, once idle", () => {
    const changed = vi.fn()
    watchTabs('consentry:record', 'consentry', changed, window)
    // Not listening yet: adding the listener opens the storage area (a round trip).
    const add = vi.spyOn(window, 'addEventListener')
    expect(add).not.toHaveBeenCalled()
    vi.advanceTimersByTime(2000) // idle, at the latest
    expect(add).toHaveBeenCalledWith('storage', expect.any(Function))
    changed.mockClear()
    storage('consentry:record')
    storage('someone-else')
    storage(null) // localStorage.clear() in another tab
    expect(changed).toHaveBeenCalledTimes(2)
    add.mockRestore()
  })

  it('reads again a beat after each signal, and once late, for a cookie that lands after the record', () => {
    const changed = vi.fn()
    watchTabs('consentry:record', 'consentry', changed, window)
    vi.advanceTimersByTime(2000 + LATE_MS) // idle, and the catch-up's later reads
    changed.mockClear()
    storage('consentry:record')
    expect(changed).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(SETTLE_MS - 1)
    expect(changed).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(1)
    expect(changed).toHaveBeenCalledTimes(2)
    vi.advanceTimersByTime(LATE_MS - SETTLE_MS - 1)
    expect(changed).toHaveBeenCalledTimes(2)
    vi.advanceTimersByTime(1)
    expect(changed).toHaveBeenCalledTimes(3)
    vi.runAllTimers()
    expect(changed).toHaveBeenCalledTimes(3)
  })

  it('catches a decision made before it listened: at idle, a beat later and once late', () => {
    const changed = vi.fn()
    watchTabs('consentry:record', 'consentry', changed, window)
    expect(changed).not.toHaveBeenCalled()
    vi.advanceTimersToNextTimer() // idle
    expect(changed).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(SETTLE_MS)
    expect(changed).toHaveBeenCalledTimes(2)
    vi.advanceTimersByTime(LATE_MS - SETTLE_MS)
    expect(changed).toHaveBeenCalledTimes(3)
  })

  it("hears the cookie's own change event instead where there is a cookieStore, and no other cookie", () => {
    const cookieStore = new EventTarget()
    Object.defineProperty(window, 'cookieStore', {
      value: cookieStore,
      configurable: true
    })
    const add = vi.spyOn(window, 'addEventListener')
    const changed = vi.fn()
    watchTabs('consentry:record', 'consentry', changed, window)
    vi.advanceTimersToNextTimer() // idle
    // The catch-up reads once: a cookie that lands later fires its own event.
    expect(changed).toHaveBeenCalledTimes(1)
    expect(vi.getTimerCount()).toBe(0)
    changed.mockClear()
    const change = (changed: string[], deleted: string[] = []) =>
      cookieStore.dispatchEvent(
        Object.assign(new Event('change'), {
          changed: changed.map((name) => ({ name })),
          deleted: deleted.map((name) => ({ name }))
        })
      )
    change(['_ga', '_gid']) // the tags' own cookies: nothing to re-read
    expect(changed).not.toHaveBeenCalled()
    change(['_ga', 'consentry']) // another tab decided
    expect(changed).toHaveBeenCalledTimes(1)
    change([], ['consentry']) // another tab reset
    expect(changed).toHaveBeenCalledTimes(2)
    // The event comes once the cookie has landed: no second read.
    vi.advanceTimersByTime(LATE_MS)
    expect(changed).toHaveBeenCalledTimes(2)
    // No storage area opened for the record's event.
    expect(add).not.toHaveBeenCalledWith('storage', expect.any(Function))
    add.mockRestore()
  })

  it('re-reads when the tab is shown again', () => {
    const changed = vi.fn()
    watchTabs('consentry:record', 'consentry', changed, window)
    const shown = (state: string) => {
      Object.defineProperty(document, 'visibilityState', {
        configurable: true,
        get: () => state
      })
      document.dispatchEvent(new Event('visibilitychange'))
    }
    shown('hidden')
    expect(changed).not.toHaveBeenCalled()
    shown('visible')
    expect(changed).toHaveBeenCalledTimes(1)
  })
})

describe('syncTabs (a view with the engine)', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  /** A BroadcastChannel stand-in: every channel of a name hears the others' messages. */
  class Channel {
    static open: Channel[] = []
    onmessage: (() => void) | null = null
    constructor(readonly name: string) {
      Channel.open.push(this)
    }
    postMessage() {
      for (const other of Channel.open)
        if (other !== this && other.name === this.name) other.onmessage?.()
    }
    close() {
      Channel.open = Channel.open.filter((channel) => channel !== this)
    }
  }

  it("re-reads on another tab's announcement, a beat later and once late; not its own", () => {
    vi.stubGlobal('BroadcastChannel', Channel)
    const here = vi.fn()
    const there = vi.fn()
    const tab = syncTabs('consentry', here)
    const otherTab = syncTabs('consentry', there)
    const otherSite = syncTabs('other-cookie', vi.fn())
    otherTab.announce()
    otherSite.announce() // another cookie's channel: another config on this site
    expect(here).toHaveBeenCalledTimes(1)
    expect(there).not.toHaveBeenCalled()
    vi.advanceTimersByTime(SETTLE_MS)
    expect(here).toHaveBeenCalledTimes(2)
    vi.advanceTimersByTime(LATE_MS - SETTLE_MS)
    expect(here).toHaveBeenCalledTimes(3)
    for (const sync of [tab, otherTab, otherSite]) sync.stop()
    otherTab.announce()
    vi.runAllTimers()
    expect(here).toHaveBeenCalledTimes(3)
  })

  it('works without a channel where the browser refuses one (Firefox, cookies blocked) or has none', () => {
    for (const refused of [
      class {
        constructor() {
          throw new DOMException('The operation is insecure.', 'SecurityError')
        }
      },
      undefined
    ]) {
      vi.stubGlobal('BroadcastChannel', refused)
      const changed = vi.fn()
      const sync = syncTabs('consentry', changed, document)
      expect(() => sync.announce()).not.toThrow()
      // Shown again: the tab re-reads, the one way left to hear another tab.
      Object.defineProperty(document, 'visibilityState', {
        value: 'visible',
        configurable: true
      })
      document.dispatchEvent(new Event('visibilitychange'))
      expect(changed).toHaveBeenCalledTimes(1)
      expect(() => sync.stop()).not.toThrow()
    }
  })
})
