// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { watchTabs } from './index'

describe('watchTabs (a view that only reads the choice)', () => {
  it("hears another tab's record written or removed, and nothing else", () => {
    const changed = vi.fn()
    watchTabs('consentry:record', changed, window)
    const storage = (key: string | null) =>
      window.dispatchEvent(new StorageEvent('storage', { key }))
    storage('consentry:record')
    storage('someone-else')
    storage(null) // localStorage.clear() in another tab
    expect(changed).toHaveBeenCalledTimes(2)
  })

  it('re-reads when the tab is shown again', () => {
    const changed = vi.fn()
    watchTabs('consentry:record', changed, window)
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
