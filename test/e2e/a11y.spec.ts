import { expect, test, type Page } from '@playwright/test'
import { AXE, AXE_OPTIONS, describeViolations, type AxeResult } from '../axe'

/** Runs axe-core (WCAG 2.0–2.2 A and AA rules) on the page, shadow roots included. */
async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE })
  const result = await page.evaluate(
    (options) =>
      (
        window as unknown as {
          axe: { run: (c: unknown, o: unknown) => Promise<AxeResult> }
        }
      ).axe.run(document, options),
    AXE_OPTIONS
  )
  return describeViolations(result)
}

const CASES = [
  { name: 'light', query: 'theme=light', scheme: 'light' },
  { name: 'dark', query: 'theme=dark', scheme: 'dark' },
  { name: 'auto, light scheme', query: 'theme=auto', scheme: 'light' },
  { name: 'auto, dark scheme', query: 'theme=auto', scheme: 'dark' },
  { name: 'high contrast', query: 'theme=high-contrast', scheme: 'light' },
  { name: 'right-to-left (Arabic)', query: 'lang=ar', scheme: 'light' }
] as const

for (const c of CASES) {
  test(`axe finds no violations: ${c.name}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: c.scheme, reducedMotion: 'reduce' })
    await page.goto(`/fixtures/ui.html?${c.query}`)
    await expect(page.locator('consentry-root')).toBeAttached()
    await expect(page.getByRole('region').first()).toBeVisible()
    expect(await axe(page), 'banner').toEqual([])

    await page.evaluate(() => window.Consentry!.showPreferences())
    const dialog = page.getByRole('dialog')
    await expect(dialog).toBeVisible()
    for (const toggle of await dialog.locator('button[aria-expanded]').all())
      await toggle.click()
    expect(await axe(page), 'preferences').toEqual([])

    await page.keyboard.press('Escape')
    await page.evaluate(() => window.Consentry!.showOptOut())
    await expect(page.getByRole('dialog')).toBeVisible()
    expect(await axe(page), 'opt-out').toEqual([])

    // After a choice the dialogs end with its consent id and time, in muted text.
    await page.keyboard.press('Escape')
    await page.evaluate(() => window.Consentry!.rejectAll())
    await page.evaluate(() => window.Consentry!.showPreferences())
    const id = await page.evaluate(() => window.Consentry!.getState().id)
    await expect(page.getByRole('dialog').getByText(id!, { exact: false })).toBeVisible()
    expect(await axe(page), 'preferences after a choice').toEqual([])
  })
}

test("the demo's privacy page shows its cookie declaration, accessible: headings, tables with column headers, axe clean", async ({
  page
}) => {
  await page.goto('/privacy.html?region=DE')
  // The declaration the demo server inserts (`consentry declaration`, HTML), in order.
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
    'Essential (Always on)',
    'Statistical',
    'Personalisation and service',
    'Marketing'
  ])
  const analytics = page
    .getByRole('table')
    .filter({ has: page.getByRole('cell', { name: '_ga', exact: true }) })
  await expect(analytics.getByRole('columnheader')).toHaveText(['Cookie', 'Lifetime'])
  await expect(analytics.getByRole('row', { name: '_gid 1 day' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Privacy policy of Criteo' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Your privacy choices' })).toBeVisible()
  expect(await axe(page)).toEqual([])
})

test('the auto theme is the dark one in a dark colour scheme, in the banner file and in the UI', async ({
  page
}) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  // The first-visit banner's background (its file fetches themes/<name>.css), then the
  // preferences dialog's (the UI carries every theme).
  const backgrounds = async (theme: string) => {
    await page.goto(`/fixtures/ui.html?theme=${theme}`)
    const banner = page.getByRole('region').first()
    await expect(banner).toBeVisible()
    const first = await banner.evaluate((el) => getComputedStyle(el).backgroundColor)
    await page.evaluate(() => window.Consentry!.showPreferences())
    const dialog = page.getByRole('dialog')
    await expect(dialog).toBeVisible()
    return [first, await dialog.evaluate((el) => getComputedStyle(el).backgroundColor)]
  }
  const dark = await backgrounds('dark')
  expect(await backgrounds('auto')).toEqual(dark)
  expect(await backgrounds('light')).not.toEqual(dark)
})

/** Reloads a page with a choice in force: the plain re-open button shows, without the UI. */
async function reloadToPlainReopen(page: Page): Promise<void> {
  await page.reload()
  await expect(page.locator('.cy-reopen')).toBeVisible()
  expect(
    await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .some((e) => e.name.includes('consentry-ui'))
    ),
    'the UI file was fetched'
  ).toBe(false)
}

for (const c of CASES)
  test(`axe finds no violations: a returning view's plain re-open button, ${c.name}`, async ({
    page
  }) => {
    await page.emulateMedia({ colorScheme: c.scheme, reducedMotion: 'reduce' })
    await page.goto(`/fixtures/ui.html?${c.query}&reopen=1`)
    await page.evaluate(() => window.Consentry!.rejectAll())
    await expect
      .poll(() => page.evaluate(() => window.Consentry!.getState().decided))
      .toBe(true)
    await reloadToPlainReopen(page)
    expect(await axe(page)).toEqual([])
  })

test("forced colours (Windows High Contrast): the re-open button keeps a 2px system-colour border, the UI's and the plain one", async ({
  page
}) => {
  await page.emulateMedia({ forcedColors: 'active' })
  await page.goto('/fixtures/ui.html?reopen=1')
  const border = () =>
    page.locator('.cy-reopen').evaluate((b) => getComputedStyle(b).borderTopWidth)
  await page.evaluate(() => window.Consentry!.rejectAll())
  await expect(page.locator('.cy-reopen')).toBeVisible()
  expect(await border(), "the UI's button").toBe('2px')
  await reloadToPlainReopen(page)
  expect(await border(), 'the plain button').toBe('2px')
  // Without forced colours, the theme's own 1px border.
  await page.emulateMedia({ forcedColors: 'none' })
  expect(await border()).toBe('1px')
})

for (const c of [
  { name: 'light', query: 'layout=modal' },
  { name: 'dark, blocking the page', query: 'layout=modal&block=1&theme=dark' }
]) {
  test(`axe finds no violations: the first-visit modal banner, ${c.name}`, async ({
    page
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.goto(`/fixtures/ui.html?${c.query}`)
    await expect(page.getByRole('dialog', { name: 'Your privacy choices' })).toBeVisible()
    expect(await axe(page)).toEqual([])
  })
}

test('the themes differ as intended (the checks above ran on distinct colours)', async ({
  page
}) => {
  const colours: Record<string, string> = {}
  for (const theme of ['light', 'dark', 'high-contrast']) {
    await page.goto(`/fixtures/ui.html?theme=${theme}`)
    const region = page.getByRole('region', { name: 'Your privacy choices' })
    await expect(region).toBeVisible()
    colours[theme] = await region.evaluate(
      (el) => getComputedStyle(el).backgroundColor + ' ' + getComputedStyle(el).color
    )
  }
  expect(new Set(Object.values(colours)).size).toBe(3)
})

/**
 * Tabs through the whole page (and round to where it started) and returns every focused
 * page element that the fixed layer covers, even in part.
 */
async function coveredWhileTabbing(page: Page, layer: string): Promise<string[]> {
  const covered: string[] = []
  for (let step = 0; step < 45; step++) {
    await page.keyboard.press('Tab')
    // A layer may move the page once the browser has scrolled to the focus: a frame later.
    await page.evaluate(
      () =>
        new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
    )
    const hit = await page.evaluate((selector) => {
      const focused = document.activeElement
      if (!focused || focused === document.body || focused.localName === 'consentry-root')
        return undefined // focus inside the UI
      const roots = Array.from(document.querySelectorAll('consentry-root'))
      const box = roots
        .map((root) => root.shadowRoot?.querySelector(selector))
        .find(Boolean)
        ?.getBoundingClientRect()
      const r = focused.getBoundingClientRect()
      const overlaps =
        !!box &&
        r.bottom > box.top &&
        r.top < box.bottom &&
        r.right > box.left &&
        r.left < box.right
      return overlaps ? focused.textContent : undefined
    }, layer)
    if (hit) covered.push(hit)
  }
  return covered
}

test.describe('invariant: focus in the page is never hidden under a fixed layer (WCAG 2.2 SC 2.4.11)', () => {
  test.use({ viewport: { width: 800, height: 500 } })

  for (const layout of ['bar', 'box']) {
    test(`first-visit banner, ${layout}: every focused link clears it, and the page is given back`, async ({
      page
    }) => {
      await page.goto(`/fixtures/ui.html?long=1&layout=${layout}`)
      const banner = page.getByRole('region', { name: 'Your privacy choices' })
      await expect(banner).toBeVisible()
      expect(await coveredWhileTabbing(page, '.cy-banner')).toEqual([])
      // The footer at the page's very end went above the banner.
      await page.getByRole('link', { name: 'Contact' }).focus()
      const [link, layer] = await Promise.all([
        page.getByRole('link', { name: 'Contact' }).boundingBox(),
        banner.boundingBox()
      ])
      expect(link!.y + link!.height).toBeLessThanOrEqual(layer!.y)
      await banner.getByRole('button', { name: 'Reject all' }).click()
      await expect(banner).toBeHidden()
      expect(
        await page.evaluate(() => document.documentElement.getAttribute('style'))
      ).toBeFalsy()
    })
  }

  test('the centred modal banner that leaves the page usable: every focused link clears it', async ({
    page
  }) => {
    // A phone: the dialog spans the width, so a control under it is hidden entirely.
    await page.setViewportSize({ width: 390, height: 640 })
    await page.goto('/fixtures/ui.html?long=1&layout=modal')
    const dialog = page.getByRole('dialog', { name: 'Your privacy choices' })
    await expect(dialog).toBeVisible()
    expect(await coveredWhileTabbing(page, '.cy-dialog')).toEqual([])
    // The same dialog drawn by the UI (showBanner() after a choice).
    await dialog.getByRole('button', { name: 'Reject all' }).click()
    await expect(dialog).toBeHidden()
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.evaluate(() => window.Consentry!.showBanner())
    await expect(dialog).toBeVisible()
    expect(await coveredWhileTabbing(page, '.cy-dialog')).toEqual([])
  })

  test('the US notice and the re-open button leave every focused link in view', async ({
    page
  }) => {
    await page.goto('/fixtures/ui.html?long=1&region=US-CA&notice=1&reopen=1')
    const notice = page.getByRole('region', { name: 'Your privacy choices' })
    await expect(notice).toBeVisible()
    expect(await coveredWhileTabbing(page, '.cy-banner')).toEqual([])
    await notice.getByRole('button', { name: 'OK' }).click()
    await expect(page.getByRole('button', { name: 'Cookie settings' })).toBeVisible()
    await page.evaluate(() => window.scrollTo(0, 0))
    expect(await coveredWhileTabbing(page, '.cy-reopen')).toEqual([])
  })

  test("the UI's banner (showBanner() after a choice) leaves every focused link in view", async ({
    page
  }) => {
    await page.goto('/fixtures/ui.html?long=1')
    const banner = page.getByRole('region', { name: 'Your privacy choices' })
    await banner.getByRole('button', { name: 'Reject all' }).click()
    await expect(banner).toBeHidden()
    await page.evaluate(() => window.Consentry!.showBanner())
    await expect(banner).toBeVisible()
    expect(await coveredWhileTabbing(page, '.cy-banner')).toEqual([])
    await banner.getByRole('button', { name: 'Accept all' }).click()
    await expect(banner).toBeHidden()
    expect(
      await page.evaluate(() => document.documentElement.getAttribute('style'))
    ).toBeFalsy()
  })

  test('a page in quirks mode (no doctype) gets the same', async ({ page }) => {
    await page.route('**/fixtures/quirks.html*', async (route) => {
      const html = await (
        await route.fetch({ url: route.request().url().replace('quirks', 'ui') })
      ).text()
      await route.fulfill({
        contentType: 'text/html',
        body: html.replace(/^<!doctype html>/i, '')
      })
    })
    await page.goto('/fixtures/quirks.html?long=1')
    expect(await page.evaluate(() => document.compatMode)).toBe('BackCompat')
    await expect(page.getByRole('region', { name: 'Your privacy choices' })).toBeVisible()
    expect(await coveredWhileTabbing(page, '.cy-banner')).toEqual([])
    // The padding is the banner's height, not the page's (the root's clientHeight here).
    const [padding, banner] = await page.evaluate(() => [
      parseFloat(document.documentElement.style.paddingBottom),
      document
        .querySelector('consentry-root')!
        .shadowRoot!.querySelector('.cy-banner')!
        .getBoundingClientRect().height
    ])
    expect(padding).toBeGreaterThanOrEqual(banner)
    expect(padding).toBeLessThanOrEqual(banner + 9)
  })

  test('a page nobody tabs through keeps its own style', async ({ page }) => {
    await page.goto('/fixtures/ui.html?long=1')
    await expect(page.getByRole('region', { name: 'Your privacy choices' })).toBeVisible()
    await page.mouse.wheel(0, 2000)
    expect(
      await page.evaluate(() => document.documentElement.getAttribute('style'))
    ).toBeNull()
  })
})
