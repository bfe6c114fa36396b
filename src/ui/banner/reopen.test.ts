// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ConsentState } from '../../core/consent/types'
import { layerContext } from '../../../test/unit/layer-context'
import { startReopen } from './reopen'

const state = (decided: boolean, regime = 'gdpr') => ({ decided, regime }) as ConsentState

function show(config: unknown = {}) {
  const { context, act, $state } = layerContext(config, state(true))
  return { act, reopen: startReopen(context), $state }
}

/** The button, once shown. */
async function button() {
  return vi.waitFor(() => {
    const found = document
      .querySelector('consentry-root')
      ?.shadowRoot?.querySelector('button.cy-reopen') as HTMLButtonElement | null
    if (!found) throw new Error('no button yet')
    return found
  })
}

describe("a returning view's re-open button without the UI", () => {
  let fetch: ReturnType<typeof vi.fn>
  beforeEach(() => {
    fetch = vi.fn(async (url: string) =>
      url.endsWith('i18n/de.banner.json')
        ? new Response(JSON.stringify({ reopen: 'Cookie-Einstellungen' }))
        : new Response('.cy{--_bg:black}')
    )
    vi.stubGlobal('fetch', fetch)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.replaceChildren()
    document.documentElement.removeAttribute('style')
  })

  it('is a button named as the UI names it, first in <body>, that opens the preferences', async () => {
    document.body.innerHTML = '<main>page</main>'
    const { act } = show()
    const found = await button()
    expect(found.textContent).toBe('Cookie settings')
    expect(found.type).toBe('button')
    expect(found.getAttribute('aria-haspopup')).toBe('dialog')
    expect(document.body.firstElementChild?.localName).toBe('consentry-root')
    expect(found.parentElement?.getAttribute('data-theme')).toBe('light')
    expect(fetch).not.toHaveBeenCalled() // English and the light theme are in the file
    found.click()
    expect(act).toHaveBeenCalledWith('customize')
  })

  it("speaks the visitor's language from the banner translation, in the config's theme", async () => {
    show({ language: 'de', ui: { theme: 'dark' } })
    const found = await button()
    expect(found.textContent).toBe('Cookie-Einstellungen')
    expect(found.parentElement?.getAttribute('lang')).toBe('de')
    expect(found.parentElement?.getAttribute('data-theme')).toBe('dark')
    expect(fetch).toHaveBeenCalledWith('http://localhost/dist/i18n/de.banner.json')
    expect(fetch).toHaveBeenCalledWith('http://localhost/dist/themes/dark.css')
  })

  it("takes the site's own text, as text", async () => {
    show({ texts: { en: { reopen: '<b>Privacy</b>' } } })
    const found = await button()
    expect(found.textContent).toBe('<b>Privacy</b>')
    expect(found.querySelector('b')).toBeNull()
  })

  it('is there while a choice is in force, or under a law that needs none', async () => {
    const { $state } = show()
    const found = await button()
    expect(found.hidden).toBe(false)
    $state.set(state(false)) // a reset, here or in another tab: the banner is due
    expect(found.hidden).toBe(true)
    $state.set(state(false, 'us'))
    expect(found.hidden).toBe(false)
    $state.set(state(true))
    expect(found.hidden).toBe(false)
  })

  it('keeps focus in the page clear of it, and gives the page back when it goes', async () => {
    const { reopen } = show()
    await button()
    document.dispatchEvent(new FocusEvent('focusin'))
    expect(document.documentElement.style.scrollPaddingBottom).not.toBe('')
    reopen.hide()
    expect(document.querySelector('consentry-root')).toBeNull()
    expect(document.documentElement.style.scrollPaddingBottom).toBe('')
  })

  it('hidden before it could show, it never shows', async () => {
    const { reopen } = show({ language: 'de' })
    reopen.hide()
    await new Promise((done) => setTimeout(done, 20))
    expect(document.querySelector('consentry-root')).toBeNull()
  })
})
