/**
 * Settings a Firefox visitor can turn on, each in a browser of its own: Global Privacy
 * Control, "Block all cookies" (site storage blocked with them), and reduced motion.
 */
import { describe, expect, it } from 'vitest'
import { GATING_ALL_ALLOWED } from '../fixtures-data'
import { firefoxInstalled, launchFirefox, type FirefoxPage } from './firefox'
import { banner, clickBannerButton, cookieNames, markPage, useBrowser } from './helpers'
import { waitFor } from './page'

describe('Firefox with Global Privacy Control on', () => {
  // Firefox's Global Privacy Control setting, as a visitor turns it on.
  const at = useBrowser('Firefox', firefoxInstalled, (proxy) =>
    launchFirefox(proxy, { 'privacy.globalprivacycontrol.enabled': true })
  )

  it("invariant: the browser's own GPC signal opts a California visitor out of sale and sharing, with no banner", async () => {
    const { page } = at
    await page.goto(`${at.origin}/fixtures/gpp.html?region=US-CA&stub=0`)
    expect(
      await page.run(
        () => (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl
      )
    ).toBe(true)
    // The engine records the opt-out the signal makes on the view that first sees it.
    await waitFor(
      page,
      'the GPC opt-out',
      () => window.Consentry?.getState().method === 'gpc'
    )
    expect(await page.run(() => window.Consentry!.getState())).toMatchObject({
      regime: 'us',
      gpc: true,
      decided: true
    })
    type Gpp = (
      command: string,
      callback: (value: unknown) => void,
      field: string
    ) => void
    const read = (field: string) =>
      new Promise((resolve) =>
        (window as unknown as { __gpp: Gpp }).__gpp('getField', resolve, field)
      )
    expect(await page.run(read, 'usnat.SaleOptOut')).toBe(1)
    expect(await page.run(read, 'usnat.SharingOptOut')).toBe(1)
    expect(await page.run(banner)).toBeNull()
  })
})

describe('Firefox blocking every cookie', () => {
  // A visitor's "Block all cookies": document.cookie is empty whatever is written, and
  // reading localStorage throws.
  let firefox: FirefoxPage
  const at = useBrowser('Firefox', firefoxInstalled, async (proxy) => {
    firefox = await launchFirefox(proxy, { 'network.cookie.cookieBehavior': 2 })
    return firefox
  })

  it('invariant: blocked cookies and storage never break the page; the choice lasts the page view', async () => {
    const { page } = at
    await page.goto(`${at.origin}/fixtures/gating.html`)
    expect(
      await page.run(() => {
        try {
          return localStorage.length >= 0 && 'readable'
        } catch (error) {
          return (error as Error).name
        }
      })
    ).toBe('SecurityError')
    await waitFor(page, 'the banner', banner)
    expect(await page.run(() => window.__ran)).toEqual(['essential'])
    await page.run(clickBannerButton, 'Accept all')
    await waitFor(
      page,
      'every granted tag',
      (n) => window.__ran?.length === n,
      GATING_ALL_ALLOWED.length
    )
    expect(await page.run(() => window.Consentry!.getState().decided)).toBe(true)
    expect(await page.run(cookieNames)).toEqual([])
    // The tab shown again re-reads the stored choice (another tab may have changed it):
    // the cookie that never landed is no withdrawal, the choice made here stands.
    await page.run(markPage)
    await page.run(() => void document.dispatchEvent(new Event('visibilitychange')))
    await new Promise((r) => setTimeout(r, 1500))
    expect(
      await page.run(() => ({
        samePage: (window as { __before?: boolean }).__before,
        decided: window.Consentry!.getState().decided,
        ran: window.__ran?.length,
        banner: !!document
          .querySelector('consentry-root')
          ?.shadowRoot?.querySelector('.cy-banner')
      }))
    ).toEqual({ samePage: true, decided: true, ran: 6, banner: false })
    expect(firefox.log.filter((e) => e.type === 'javascript')).toEqual([])
    expect(firefox.log.map((e) => e.text).join('\n')).toContain('cookies are unavailable')
  })
})

describe('Firefox with reduced motion asked for', () => {
  // The operating system's "reduce motion", as Firefox reads it.
  const at = useBrowser('Firefox', firefoxInstalled, (proxy) =>
    launchFirefox(proxy, { 'ui.prefersReducedMotion': 1 })
  )

  it('the banner comes without animation', async () => {
    const { page } = at
    await page.goto(`${at.origin}/fixtures/ui.html`)
    await waitFor(page, 'the banner', banner)
    const animation = () => {
      const shown = document
        .querySelector('consentry-root')
        ?.shadowRoot?.querySelector('.cy-banner')
      return {
        media: matchMedia('(prefers-reduced-motion: reduce)').matches,
        animation: shown ? getComputedStyle(shown).animationName : null
      }
    }
    expect(await page.run(animation)).toEqual({ media: true, animation: 'none' })
  })
})
