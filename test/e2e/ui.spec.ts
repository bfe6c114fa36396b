import { expect, test, type Page } from '@playwright/test'
import { distRequests, ran, watch } from './helpers'

const banner = (page: Page) => page.getByRole('region', { name: 'Your privacy choices' })
const prefs = (page: Page) => page.getByRole('dialog', { name: 'Cookie preferences' })
const state = (page: Page) => page.evaluate(() => window.Consentry!.getState())

/** The element with focus, looking into open shadow roots: its role-ish description. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement as Element | null
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
    return el
      ? `${el.getAttribute('role') ?? el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim()}`
      : ''
  })

test.describe('consent UI', () => {
  for (const [layout, width] of [
    ['bar', 1280],
    ['box', 1280],
    ['modal', 1280],
    ['bar', 320],
    ['box', 320]
  ] as const) {
    test(`the three first-layer buttons look the same: ${layout} at ${width} px`, async ({
      page
    }) => {
      await page.setViewportSize({ width, height: 800 })
      await page.goto(`/fixtures/ui.html?layout=${layout}`)
      const first = page.getByRole(layout === 'modal' ? 'dialog' : 'region', {
        name: 'Your privacy choices'
      })
      await expect(first).toBeVisible()
      const sizes = await Promise.all(
        ['Accept all', 'Reject all', 'Customize'].map((name) =>
          first.getByRole('button', { name, exact: true }).evaluate((el) => {
            const r = el.getBoundingClientRect()
            const s = getComputedStyle(el)
            return `${Math.round(r.width)}x${Math.round(r.height)} ${s.backgroundColor} ${s.color} ${s.fontSize}`
          })
        )
      )
      expect(new Set(sizes).size).toBe(1)
    })
  }

  test('first visit under gdpr shows the banner with three equal buttons', async ({
    page
  }) => {
    await page.goto('/fixtures/ui.html')
    await expect(banner(page)).toBeVisible()
    const buttons = ['Accept all', 'Reject all', 'Customize'].map((name) =>
      banner(page).getByRole('button', { name, exact: true })
    )
    const looks = await Promise.all(
      buttons.map((b) =>
        b.evaluate((el) => {
          const s = getComputedStyle(el)
          const r = el.getBoundingClientRect()
          return {
            bg: s.backgroundColor,
            fg: s.color,
            font: s.fontSize + s.fontWeight,
            border: s.border,
            h: Math.round(r.height),
            w: Math.round(r.width)
          }
        })
      )
    )
    expect(looks[1]).toEqual(looks[0])
    expect(looks[2]).toEqual(looks[0])
    expect(
      await banner(page)
        .getByRole('link', { name: 'Privacy policy' })
        .getAttribute('href')
    ).toBe('/privacy')
    expect(await ran(page)).toEqual([])
  })

  test('keyboard only: accept all from the banner', async ({ page }) => {
    await page.goto('/fixtures/ui.html')
    await expect(banner(page)).toBeVisible()
    // The UI is the first thing in <body>: the banner comes first in focus order.
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('a:Privacy policy')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('a:Legal notice')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('button:Accept all')
    await page.keyboard.press('Enter')
    await expect(banner(page)).toBeHidden()
    expect(await state(page)).toMatchObject({ decided: true, method: 'banner' })
    await expect.poll(() => ran(page)).toEqual(['statistical'])
  })

  test('keyboard only: reject all from the banner', async ({ page }) => {
    await page.goto('/fixtures/ui.html')
    await expect(banner(page)).toBeVisible()
    // Privacy policy, legal notice, Accept all, Reject all.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('button:Reject all')
    await page.keyboard.press('Space')
    await expect(banner(page)).toBeHidden()
    expect(await state(page)).toMatchObject({
      decided: true,
      method: 'banner',
      categories: { statistical: false }
    })
    await page.reload()
    await expect(
      page.getByRole('heading', { name: 'A page with a consent UI' })
    ).toBeVisible()
    await expect(banner(page)).toHaveCount(0)
  })

  test('keyboard only: customise, switch a category on, save', async ({ page }) => {
    await page.goto('/fixtures/ui.html')
    await expect(banner(page)).toBeVisible()
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('button:Customize')
    await page.keyboard.press('Enter')
    await expect(prefs(page)).toBeVisible()
    expect(await focused(page)).toBe('button:Close')
    // Close, the site's two pages after the intro, Essential (locked), Statistical
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('a:Privacy policy')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('a:Legal notice')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('switch:Essential')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('switch:Statistical')
    await page.keyboard.press('Space')
    await expect(
      prefs(page).getByRole('switch', { name: 'Statistical' })
    ).toHaveAttribute('aria-checked', 'true')
    await prefs(page).getByRole('button', { name: 'Save choices' }).focus()
    await page.keyboard.press('Enter')
    await expect(prefs(page)).toBeHidden()
    await expect(banner(page)).toBeHidden()
    expect(await state(page)).toMatchObject({
      method: 'preferences',
      categories: { statistical: true, marketing: false }
    })
    await expect.poll(() => ran(page)).toEqual(['statistical'])
  })

  test('keyboard only: withdraw from the "Cookie settings" link; focus returns to it', async ({
    page
  }) => {
    await page.goto('/fixtures/ui.html')
    await banner(page).getByRole('button', { name: 'Accept all' }).click()
    const link = page.getByRole('link', { name: 'Cookie settings' })
    await link.focus()
    await page.keyboard.press('Enter')
    await expect(prefs(page)).toBeVisible()
    const marketing = prefs(page).getByRole('switch', { name: 'Marketing' })
    await expect(marketing).toHaveAttribute('aria-checked', 'true')
    await marketing.focus()
    await page.keyboard.press('Space')
    await prefs(page).getByRole('button', { name: 'Save choices' }).focus()
    await page.keyboard.press('Enter')
    await expect(prefs(page)).toBeHidden()
    expect(await state(page)).toMatchObject({
      categories: { marketing: false, statistical: true }
    })
    expect(await focused(page)).toBe('a:Cookie settings')
  })

  test('the preferences dialog traps focus, and Escape closes it without consent', async ({
    page
  }) => {
    await page.goto('/fixtures/ui.html')
    await banner(page).getByRole('button', { name: 'Customize' }).click()
    await expect(prefs(page)).toBeVisible()
    const inside = () =>
      page.evaluate(() => {
        const root = document.querySelector('consentry-root')!.shadowRoot!
        const dialog = root.querySelector('dialog[open]')!
        return dialog.contains(root.activeElement)
      })
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab')
      expect(await inside()).toBe(true)
    }
    await prefs(page).getByRole('button', { name: 'Close' }).focus()
    await page.keyboard.press('Shift+Tab')
    expect(await focused(page)).toBe('button:Save choices')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('button:Close')
    await page.keyboard.press('Escape')
    await expect(prefs(page)).toBeHidden()
    expect(await state(page)).toMatchObject({ decided: false })
    // Back on the banner, on the button that opened the dialog.
    await expect(banner(page)).toBeVisible()
    expect(await focused(page)).toBe('button:Customize')
  })

  test('focus is visible, and every control is at least 24×24', async ({ page }) => {
    await page.goto('/fixtures/ui.html')
    await banner(page).getByRole('button', { name: 'Customize' }).click()
    // The exact name: the disclosure triangle (CSS generated content) is not part of it.
    await prefs(page)
      .getByRole('button', { name: 'Partners (10) Marketing', exact: true })
      .click()
    await page.keyboard.press('Tab')
    const outline = await page.evaluate(() => {
      const el = document.querySelector('consentry-root')!.shadowRoot!.activeElement!
      const s = getComputedStyle(el)
      return { style: s.outlineStyle, width: s.outlineWidth }
    })
    expect(outline).toEqual({ style: 'solid', width: '3px' })
    const small = await page.evaluate(() => {
      const root = document.querySelector('consentry-root')!.shadowRoot!
      return Array.from(root.querySelectorAll('button'))
        .map((b) => b.getBoundingClientRect())
        .filter((r) => r.width > 0 && (r.width < 24 || r.height < 24)).length
    })
    expect(small).toBe(0)
  })

  test('the opt-out link opens the US dialog; GPC is shown as honoured', async ({
    page
  }) => {
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
        get: () => true
      })
    )
    await page.goto('/fixtures/ui.html?region=US-CA')
    // US regime: no banner.
    await expect(
      page.getByRole('heading', { name: 'A page with a consent UI' })
    ).toBeVisible()
    await expect(banner(page)).toHaveCount(0)
    await page
      .getByRole('link', { name: 'Do Not Sell or Share My Personal Information' })
      .click()
    const dialog = page.getByRole('dialog', {
      name: 'Do Not Sell or Share My Personal Information'
    })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('status')).toContainText('Opt-Out Request Honored')
    await expect(dialog.getByRole('switch')).toHaveAttribute('aria-checked', 'true')
    expect(await state(page)).toMatchObject({
      method: 'gpc',
      optOut: { sale: true, share: true }
    })
  })

  test('opting out in the US dialog stops marketing; opting back in is as easy', async ({
    page
  }) => {
    await page.goto('/fixtures/ui.html?region=US-CA')
    await page.evaluate(() => window.Consentry!.showOptOut())
    const dialog = page.getByRole('dialog', {
      name: 'Do Not Sell or Share My Personal Information'
    })
    const toggle = dialog.getByRole('switch', {
      name: 'Opt out of the sale and sharing of my personal information'
    })
    await toggle.click()
    await dialog.getByRole('button', { name: 'Confirm' }).click()
    expect(await state(page)).toMatchObject({
      method: 'opt-out',
      optOut: { sale: true },
      categories: { marketing: false }
    })
    await page.evaluate(() => window.Consentry!.showOptOut())
    await expect(toggle).toHaveAttribute('aria-checked', 'true')
    await toggle.click()
    await dialog.getByRole('button', { name: 'Confirm' }).click()
    expect(await state(page)).toMatchObject({
      optOut: { sale: false },
      categories: { marketing: true }
    })
  })

  test('layouts: corner box, and a centred modal that blocks the page', async ({
    page
  }) => {
    await page.setViewportSize({ width: 1200, height: 800 })
    await page.goto('/fixtures/ui.html?layout=box')
    const box = await banner(page).boundingBox()
    expect(box!.x + box!.width).toBeGreaterThan(1150)
    expect(box!.width).toBeLessThan(500)

    await page.goto('/fixtures/ui.html?layout=modal&block=1')
    const modal = page.getByRole('dialog', { name: 'Your privacy choices' })
    await expect(modal).toBeVisible()
    const m = await modal.boundingBox()
    expect(Math.abs(m!.x + m!.width / 2 - 600)).toBeLessThan(5)
    // The page is inert: focus stays in the banner, a click on the page does nothing.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab')
    expect(await focused(page)).toMatch(/^(button|a):/)
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('page-button')
    await expect(page.locator('#page-button')).not.toBeFocused()
    // Escape does not dismiss the first layer.
    await page.keyboard.press('Escape')
    await expect(modal).toBeVisible()
    await modal.getByRole('button', { name: 'Reject all' }).click()
    await expect(modal).toBeHidden()
  })

  test('the floating re-open button opens the preferences once a choice is made', async ({
    page
  }) => {
    await page.goto('/fixtures/ui.html?reopen=1')
    await banner(page).getByRole('button', { name: 'Reject all' }).click()
    await page.getByRole('button', { name: 'Cookie settings' }).click()
    await expect(prefs(page)).toBeVisible()
    // Closed, the dialog gives focus back to the button that opened it.
    await page.keyboard.press('Escape')
    await expect(prefs(page)).toBeHidden()
    await expect(page.getByRole('button', { name: 'Cookie settings' })).toBeFocused()
  })

  test('a returning view shows the re-open button without the UI: one more small file, one button, and it opens the preferences', async ({
    page
  }) => {
    await page.goto('/fixtures/ui.html?reopen=1')
    await banner(page).getByRole('button', { name: 'Reject all' }).click()
    await expect(page.getByRole('button', { name: 'Cookie settings' })).toBeVisible()
    const requests = distRequests(page)
    await page.reload()
    const reopen = page.getByRole('button', { name: 'Cookie settings' })
    await expect(reopen).toBeVisible()
    await page.waitForTimeout(300)
    expect(requests).toEqual(['/dist/consentry.js', '/dist/consentry-reopen.js'])
    await reopen.click()
    await expect(prefs(page)).toBeVisible()
    expect(requests).toContain('/dist/consentry-ui.js')
    await page.keyboard.press('Escape')
    await expect(prefs(page)).toBeHidden()
    // The plain button stays (the UI shows none of its own), and has focus back.
    await expect(page.getByRole('button', { name: 'Cookie settings' })).toHaveCount(1)
    await expect(page.getByRole('button', { name: 'Cookie settings' })).toBeFocused()
    // A decision made in the dialog keeps it there.
    await page.getByRole('button', { name: 'Cookie settings' }).click()
    await prefs(page).getByRole('button', { name: 'Save choices' }).click()
    await expect(prefs(page)).toBeHidden()
    await expect(page.getByRole('button', { name: 'Cookie settings' })).toHaveCount(1)
  })

  test("a returning view whose UI came before the plain re-open button shows the UI's alone", async ({
    page
  }) => {
    await page.goto('/fixtures/ui.html?reopen=1')
    await banner(page).getByRole('button', { name: 'Reject all' }).click()
    // Decided (the UI's button is up) before the next view.
    await expect(page.getByRole('button', { name: 'Cookie settings' })).toBeVisible()
    // The plain button's file, if it is asked for before the UI comes, comes late; the
    // dialog is asked for at once.
    await page.route('**/dist/consentry-reopen.js', async (route) => {
      await new Promise((done) => setTimeout(done, 1500))
      await route.continue()
    })
    await page.reload()
    await page.evaluate(() => window.Consentry!.showPreferences())
    await expect(prefs(page)).toBeVisible()
    await page.keyboard.press('Escape')
    await page.waitForTimeout(2500) // past the idle deadline and the late file
    // The UI's button alone.
    await expect(page.getByRole('button', { name: 'Cookie settings' })).toHaveCount(1)
  })

  test('showBanner() after a choice opens the banner again; a new decision closes it', async ({
    page
  }) => {
    await page.goto('/fixtures/ui.html')
    await banner(page).getByRole('button', { name: 'Reject all' }).click()
    await expect(banner(page)).toBeHidden()
    const first = await page.evaluate(() => window.Consentry!.getState().id)
    await page.evaluate(() => window.Consentry!.showBanner())
    await expect(banner(page)).toBeVisible()
    await banner(page).getByRole('button', { name: 'Accept all' }).click()
    await expect(banner(page)).toBeHidden()
    await expect.poll(() => ran(page)).toEqual(['statistical'])
    expect(await page.evaluate(() => window.Consentry!.getState().id)).not.toBe(first)
    // hide() closes it without recording anything.
    await page.evaluate(() => window.Consentry!.showBanner())
    await expect(banner(page)).toBeVisible()
    await page.evaluate(() => window.Consentry!.hide())
    await expect(banner(page)).toBeHidden()
    expect(
      await page.evaluate(() => window.Consentry!.getState().categories)
    ).toMatchObject({ statistical: true })
  })

  test('showing the banner shifts no layout', async ({ page }) => {
    await page.addInitScript(() => {
      ;(window as { __cls?: number }).__cls = 0
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          (window as { __cls?: number }).__cls! += (
            entry as unknown as { value: number }
          ).value
      }).observe({ type: 'layout-shift', buffered: true })
    })
    await page.goto('/fixtures/ui.html')
    await expect(banner(page)).toBeVisible()
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => (window as { __cls?: number }).__cls)).toBe(0)
  })

  test('prefers-reduced-motion turns animation off', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.goto('/fixtures/ui.html')
    await expect(banner(page)).toBeVisible()
    expect(await banner(page).evaluate((el) => getComputedStyle(el).animationName)).toBe(
      'none'
    )
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    expect(await banner(page).evaluate((el) => getComputedStyle(el).animationName)).toBe(
      'cy-in'
    )
  })

  test('usable at 320 px wide: nothing overflows, every button is reachable', async ({
    page
  }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    await page.goto('/fixtures/ui.html')
    await expect(banner(page)).toBeVisible()
    for (const name of ['Accept all', 'Reject all', 'Customize']) {
      const b = await banner(page)
        .getByRole('button', { name, exact: true })
        .boundingBox()
      expect(b!.x).toBeGreaterThanOrEqual(0)
      expect(b!.x + b!.width).toBeLessThanOrEqual(320)
    }
    await banner(page).getByRole('button', { name: 'Customize' }).click()
    const save = prefs(page).getByRole('button', { name: 'Save choices' })
    await expect(save).toBeInViewport()
    const d = await prefs(page).boundingBox()
    expect(d!.width).toBeLessThanOrEqual(320)
  })

  test('Customize fetches the rest of the language: German dialogs and vendor purposes', async ({
    page
  }) => {
    const requests = distRequests(page)
    await page.goto('/fixtures/ui.html?lang=de')
    await page.getByRole('button', { name: 'Anpassen' }).click()
    const dialog = page.getByRole('dialog', { name: 'Cookie-Einstellungen' })
    await expect(dialog).toBeVisible()
    expect(requests).toContain('/dist/i18n/de.json')
    await dialog.getByRole('button', { name: /^Partner \(\d+\) Statistik$/ }).click()
    await expect(
      dialog.getByText(
        /^Zählt Besuche und misst zusammengefasst, wie die Website genutzt wird\. IP-Adressen/
      )
    ).toBeVisible()
  })

  test('right-to-left languages are mirrored and translated', async ({ page }) => {
    const seen = watch(page)
    await page.goto('/fixtures/ui.html?lang=ar')
    const region = page.getByRole('region', { name: 'خياراتك بشأن الخصوصية' })
    await expect(region).toBeVisible()
    const accept = await region.getByRole('button', { name: 'قبول الكل' }).boundingBox()
    const reject = await region.getByRole('button', { name: 'رفض الكل' }).boundingBox()
    expect(accept!.x).toBeGreaterThan(reject!.x)
    expect(await region.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl')
    expect(seen.pageErrors).toEqual([])
  })

  test("a language the site's texts give, asked for by the browser: shown throughout, nothing fetched for it, named in the record", async ({
    browser
  }) => {
    const context = await browser.newContext({ locale: 'ga-IE' })
    const page = await context.newPage()
    const irish = {
      bannerTitle: 'Do roghanna príobháideachta',
      acceptAll: 'Glac le gach rud',
      rejectAll: 'Diúltaigh do gach rud',
      customize: 'Saincheap',
      preferencesTitle: 'Roghanna fianán',
      saveChoices: 'Sábháil roghanna'
    }
    await page.route('**/fixtures/irish.html', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html><head><title>Siopa</title>
          <script>window.consentryConfig = ${JSON.stringify({ texts: { ga: irish } })}</script>
          <script src="/dist/consentry.js"></script>
          </head><body><main><h1>Siopa</h1></main></body></html>`
      })
    )
    const requests = distRequests(page)
    const seen = watch(page)
    await page.goto('/fixtures/irish.html')
    const region = page.getByRole('region', { name: irish.bannerTitle })
    await expect(region).toBeVisible()
    expect(
      await region.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))
    ).toBe('ga')
    await region.getByRole('button', { name: irish.customize }).click()
    const dialog = page.getByRole('dialog', { name: irish.preferencesTitle })
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: irish.saveChoices }).click()
    await expect(dialog).toBeHidden()
    expect(await page.evaluate(() => window.Consentry!.getRecord()?.language)).toBe('ga')
    // No translation file: the site's texts are the language.
    expect(requests.filter((path) => path.includes('/i18n/'))).toEqual([])
    expect(seen.pageErrors).toEqual([])
    await context.close()
  })

  test('languages are fetched only when used; the first-visit banner needs no UI file', async ({
    page
  }) => {
    const requests = distRequests(page)
    await page.goto('/fixtures/ui.html?lang=de')
    await expect(page.getByRole('button', { name: 'Alle akzeptieren' })).toBeVisible()
    // The banner's slice of the German texts, not the dialogs' too.
    expect(requests).toContain('/dist/i18n/de.banner.json')
    expect(requests).not.toContain('/dist/i18n/de.json')
    expect(requests).not.toContain('/dist/consentry-ui.js')
    await page.getByRole('button', { name: 'Alle ablehnen' }).click()
    await expect(page.getByRole('button', { name: 'Alle ablehnen' })).toBeHidden()
    requests.length = 0
    await page.reload()
    await page.waitForLoadState('load')
    expect(requests).toEqual(['/dist/consentry.js'])
  })

  test('a hostile page stylesheet cannot hide or break the banner', async ({ page }) => {
    await page.goto('/fixtures/hostile.html')
    const region = banner(page)
    await expect(region).toBeVisible()
    const accept = region.getByRole('button', { name: 'Accept all' })
    await expect(accept).toBeVisible()
    const looks = await accept.evaluate((el) => getComputedStyle(el).minHeight)
    expect(looks).toBe('44px')
    await accept.click()
    // The click waits for the engine (fetched as the pointer came over the banner).
    await expect
      .poll(() => state(page))
      .toMatchObject({ decided: true, method: 'banner' })
  })

  test('config text with HTML is shown as text and runs nothing', async ({ page }) => {
    await page.goto('/fixtures/xss.html')
    // The banner's own title is the injected text, so it is found by that name.
    await expect(
      page.getByRole('region', { name: /<img src=x onerror=/ }).getByRole('heading')
    ).toContainText('<img src=x onerror=')
    await page.evaluate(() => window.Consentry!.showPreferences())
    await expect(page.getByRole('dialog')).toBeVisible()
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Partners/ })
      .click()
    await page.waitForTimeout(200)
    expect(
      await page.evaluate(() => (window as { __xss?: number }).__xss)
    ).toBeUndefined()
    const injected = await page.evaluate(() => {
      const root = document.querySelector('consentry-root')!.shadowRoot!
      return root.querySelectorAll('img, script').length
    })
    expect(injected).toBe(0)
  })
})
