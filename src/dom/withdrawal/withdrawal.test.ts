// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { validateConfig } from '../../core/config/validate'
import { storedState } from '../../core/consent/derive-state'
import { applyWithdrawal } from './index'

const config = validateConfig({}).config
/** Nothing granted: every vendor is withdrawn. */
const denied = storedState({ config, regime: 'gdpr', gpc: false }, undefined)
/** Google Analytics ran on this page. */
const ran = [{ category: 'statistical', vendor: 'google-analytics' }]

/**
 * The page's document, whose window reloads into `reload` (a spy) rather than for real; its
 * cookies and storage are the page's own.
 */
function page() {
  const reload = vi.fn()
  const view = {
    location: { reload },
    localStorage: window.localStorage,
    sessionStorage: window.sessionStorage
  }
  const doc = new Proxy(document, {
    get: (target, key) => (key === 'defaultView' ? view : Reflect.get(target, key)),
    set: (target, key, value) => Reflect.set(target, key, value)
  })
  return { doc, reload }
}

const cookies = () => document.cookie

afterEach(() => {
  document.cookie = '_ga=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
})

describe('applyWithdrawal', () => {
  it('deletes the withdrawn cookies and reloads at once when there is nothing to wait for', () => {
    const { doc, reload } = page()
    document.cookie = '_ga=GA1.1.1; path=/'
    expect(applyWithdrawal(doc, config, denied, ran)).toBe(true)
    expect(cookies()).not.toContain('_ga=')
    expect(reload).toHaveBeenCalledOnce()
  })

  it("waits for the record's answer before it reloads, and deletes what code set meanwhile", async () => {
    const { doc, reload } = page()
    let answer!: () => void
    const settle = vi.fn(() => new Promise<void>((resolve) => (answer = resolve)))
    document.cookie = '_ga=GA1.1.1; path=/'
    expect(applyWithdrawal(doc, config, denied, ran, settle)).toBe(true)
    expect(cookies()).not.toContain('_ga=')
    // The withdrawn code still runs until the reload, and sets its cookie again.
    document.cookie = '_ga=GA1.1.2; path=/'
    await Promise.resolve()
    expect(reload).not.toHaveBeenCalled()
    const atReload: string[] = []
    reload.mockImplementation(() => atReload.push(cookies()))
    answer()
    await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce())
    expect(atReload[0]).not.toContain('_ga=')
    expect(settle).toHaveBeenCalledOnce()
  })

  it('reloads too when the wait fails', async () => {
    const { doc, reload } = page()
    const settle = () => Promise.reject(new Error('lost'))
    expect(applyWithdrawal(doc, config, denied, ran, settle)).toBe(true)
    await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce())
  })

  it("spares Consentry's own cookie and keys from a site's pattern that would take them", () => {
    const { doc } = page()
    const greedy = validateConfig({
      vendors: [
        {
          id: 'greedy',
          name: 'Greedy',
          category: 'marketing',
          privacyPolicyUrl: 'https://greedy.example/privacy',
          cookies: [{ name: '*', days: 30 }],
          storage: ['*']
        }
      ]
    })
    expect(greedy.errors).toEqual([])
    const state = storedState(
      { config: greedy.config, regime: 'gdpr', gpc: false },
      undefined
    )
    document.cookie = 'consentry=1.choice; path=/'
    document.cookie = 'greedy_id=1; path=/'
    localStorage.setItem('consentry:outbox', '[]')
    localStorage.setItem('greedy:seen', '1')
    applyWithdrawal(doc, greedy.config, state, [])
    expect(cookies()).toBe('consentry=1.choice')
    expect(localStorage.getItem('consentry:outbox')).toBe('[]')
    expect(localStorage.getItem('greedy:seen')).toBeNull()
    document.cookie = 'consentry=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/'
    localStorage.clear()
  })

  it('neither waits nor reloads when nothing that ran is withdrawn', () => {
    const { doc, reload } = page()
    const settle = vi.fn(() => Promise.resolve())
    const granted = { ...denied, categories: { ...denied.categories, statistical: true } }
    const vendors = { ...denied.vendors, 'google-analytics': true }
    expect(applyWithdrawal(doc, config, { ...granted, vendors }, ran, settle)).toBe(false)
    expect(applyWithdrawal(doc, config, denied, [], settle)).toBe(false)
    expect(settle).not.toHaveBeenCalled()
    expect(reload).not.toHaveBeenCalled()
  })
})
