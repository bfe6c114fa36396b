// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { watchTabs } from './index'

describe('watchTabs (a view that only reads the choice)', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())
  const storage = (key: string | null) =>
    window.dispatchEvent(new StorageEvent('storage', { key }))

  it("hears another tab's record written or removed, and nothing else, once idle", () => {
    const changed = vi.fn()
    watchTabs('consentry:record', changed, window, () => false)
    // Not listening yet: adding the listener opens the storage area (a round trip).
    const add = vi.spyOn(window, 'addEventListener')
    expect(add).not.toHaveBeenCalled()
    vi.runAllTimers()
    expect(add).toHaveBeenCalledWith('storage', expect.any(Function))
    storage('consentry:record')
    storage('someone-else')
    storage(null) // localStorage.clear() in another tab
    expect(changed).toHaveBeenCalledTimes(2)
    add.mockRestore()
  })

  it('catches a decision made before it listened', () => {
    const changed = vi.fn()
    let moved = false
    watchTabs('consentry:record', changed, window, () => moved)
    moved = true // another tab decided before this one was idle
    vi.runAllTimers()
    expect(changed).toHaveBeenCalledTimes(1)
  })

  it('re-reads when the tab is shown again', () => {
    const changed = vi.fn()
    watchTabs('consentry:record', changed, window, () => false)
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
