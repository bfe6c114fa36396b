import { expect, test, type Page } from '@playwright/test'
import { distRequests, engineStarted, ran, watch } from './helpers'

const banner = (page: Page) => page.getByRole('region', { name: 'Your privacy choices' })

/** Opens the UI fixture as a first-time visitor, once its banner shows; the /dist/ files. */
async function firstVisit(page: Page, query = ''): Promise<string[]> {
  const requests = distRequests(page)
  await page.goto(`/fixtures/ui.html${query}`)
  await expect(banner(page)).toBeVisible()
  return requests
}

test.describe('first visit: the banner file alone until the visitor acts', () => {
  test('invariant: a first-time EU visitor downloads consentry.js and consentry-banner.js alone, and nothing non-essential runs', async ({
    page
  }) => {
    const requests = await firstVisit(page)
    await page.waitForLoadState('load')
    await page.waitForTimeout(300)
    expect(requests).toEqual(['/dist/consentry.js', '/dist/consentry-banner.js'])
    expect(await ran(page)).toEqual([])
    expect(await page.evaluate(() => window.Consentry!.getState())).toMatchObject({
      decided: false,
      regime: 'gdpr',
      categories: { essential: true, statistical: false }
    })
  })

  test('invariant: the banner is up at the first frame after DOMContentLoaded', async ({
    page
  }) => {
    // Checked by the page itself, at the first animation frame after DOMContentLoaded.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () =>
        requestAnimationFrame(() => {
          const region = document
            .querySelector('consentry-root')
            ?.shadowRoot?.querySelector('.cy-banner')
          ;(window as { __atFirstFrame?: boolean }).__atFirstFrame =
            !!region && region.getBoundingClientRect().height > 0
        })
      )
    })
    for (let run = 0; run < 5; run++) {
      await page.goto('/fixtures/ui.html')
      await expect
        .poll(() =>
          page.evaluate(() => (window as { __atFirstFrame?: boolean }).__atFirstFrame)
        )
        .toBe(true)
    }
  })

  test('a slow banner file holds the first frame for half a second at most', async ({
    page
  }) => {
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/dist/consentry-banner.js', async (route) => {
      await held
      await route.continue()
    })
    await page.addInitScript(() => {
      requestAnimationFrame(
        () => ((window as { __frameAt?: number }).__frameAt = performance.now())
      )
    })
    await page.goto('/fixtures/ui.html', { waitUntil: 'domcontentloaded' })
    // The page renders without the banner once the wait is over.
    const frameAt = await page.waitForFunction(
      () => (window as { __frameAt?: number }).__frameAt,
      null,
      { timeout: 5000 }
    )
    // Held (the file is not there), then released by the limit, not by the file, which
    // is held until the end of this test. The upper bound only rules out a frame held
    // for seconds: a loaded 2-core CI runner has painted 2.3 s after navigation.
    expect(await frameAt.jsonValue()).toBeGreaterThan(400)
    expect(await frameAt.jsonValue()).toBeLessThan(4000)
    // What released it: the banner file's script lost its `blocking` attribute.
    expect(
      await page.evaluate(() =>
        Array.from(document.scripts)
          .filter((s) => s.src.endsWith('/consentry-banner.js'))
          .map((s) => s.getAttribute('blocking'))
      )
    ).toEqual([null])
    await expect(banner(page)).toBeHidden()
    release()
    await expect(banner(page)).toBeVisible()
  })

  test('a theme other than light is fetched beside the banner file, and the banner shows in it', async ({
    page
  }) => {
    const colours: Record<string, string> = {}
    for (const theme of ['light', 'dark']) {
      const requests = await firstVisit(page, `?theme=${theme}`)
      colours[theme] = await banner(page).evaluate(
        (el) => getComputedStyle(el).backgroundColor
      )
      await page.waitForLoadState('load')
      expect(requests).toEqual(
        theme === 'light'
          ? ['/dist/consentry.js', '/dist/consentry-banner.js']
          : [
              '/dist/consentry.js',
              '/dist/consentry-banner.js',
              `/dist/themes/${theme}.css`
            ]
      )
      page.removeAllListeners('request')
    }
    expect(colours.dark).not.toBe(colours.light)
  })

  test('a theme file that cannot be fetched leaves the banner in the light theme', async ({
    page
  }) => {
    await page.route('**/dist/themes/dark.css', (route) => route.fulfill({ status: 404 }))
    await page.goto('/fixtures/ui.html?theme=dark')
    await expect(banner(page)).toBeVisible()
    // Light: a white background (light.css, --_bg #ffffff).
    expect(
      await banner(page).evaluate((el) => getComputedStyle(el).backgroundColor)
    ).toBe('rgb(255, 255, 255)')
  })

  test('invariant: Accept all on the first-visit banner validates the config, then records and releases', async ({
    page
  }) => {
    const requests = distRequests(page)
    await page.goto('/fixtures/ui.html')
    await banner(page).getByRole('button', { name: 'Accept all' }).click()
    await expect(banner(page)).toBeHidden()
    await expect.poll(() => ran(page)).toEqual(['statistical'])
    expect(requests).toContain('/dist/consentry-engine.js')
    expect(requests).not.toContain('/dist/consentry-ui.js')
    expect(await page.evaluate(() => window.Consentry!.getRecord())).toMatchObject({
      method: 'banner',
      categories: { statistical: true, marketing: true }
    })
  })

  test('pointing at the banner or focusing it fetches the engine before a button is used', async ({
    page
  }) => {
    const requests = await firstVisit(page)
    expect(requests).not.toContain('/dist/consentry-engine.js')
    await page.keyboard.press('Tab')
    await expect.poll(() => requests).toContain('/dist/consentry-engine.js')
    // Loaded and started, the engine shows no second banner.
    await page.waitForFunction(() => localStorage.getItem('consentry:boot') !== null)
    await expect(banner(page)).toHaveCount(1)
    expect(requests).not.toContain('/dist/consentry-ui.js')
  })

  test('Customize opens the preferences dialog over the banner; saving there decides', async ({
    page
  }) => {
    await page.goto('/fixtures/ui.html')
    await banner(page).getByRole('button', { name: 'Customize' }).click()
    const dialog = page.getByRole('dialog', { name: 'Cookie preferences' })
    await expect(dialog).toBeVisible()
    await expect(banner(page)).toHaveCount(1)
    expect(await page.evaluate(() => window.Consentry!.getState().decided)).toBe(false)
    await dialog.getByRole('switch', { name: 'Statistical' }).click()
    await dialog.getByRole('button', { name: 'Save choices' }).click()
    await expect(banner(page)).toBeHidden()
    await expect.poll(() => ran(page)).toEqual(['statistical'])
    expect(await page.evaluate(() => window.Consentry!.getState().method)).toBe(
      'preferences'
    )
  })

  test('invariant: an invalid config is reported when the visitor acts, and nothing is stored', async ({
    page,
    context
  }) => {
    const seen = watch(page)
    await page.goto('/fixtures/ui.html?invalid=1')
    await expect(banner(page)).toBeVisible()
    await page.waitForLoadState('load')
    expect(await ran(page)).toEqual([])
    await banner(page).getByRole('button', { name: 'Accept all' }).click()
    await expect.poll(() => seen.errors.join('\n')).toContain('categories[1].id')
    await expect(banner(page)).toBeHidden()
    // Fail-closed: the visitor's choice holds for this view only; no cookie is written.
    expect((await context.cookies()).map((c) => c.name)).not.toContain('consentry')
    expect(seen.pageErrors).toEqual([])
  })

  test('invariant: the modal layout downloads consentry.js and its own banner file alone, and grants nothing until a button', async ({
    page
  }) => {
    const seen = watch(page)
    const requests = distRequests(page)
    await page.goto('/fixtures/ui.html?layout=modal')
    const modal = page.getByRole('dialog', { name: 'Your privacy choices' })
    await expect(modal).toBeVisible()
    await page.waitForLoadState('load')
    await page.waitForTimeout(300)
    // Focus was moved into it, which is not the visitor acting: no engine yet.
    expect(requests).toEqual(['/dist/consentry.js', '/dist/consentry-banner-modal.js'])
    await expect(modal.getByRole('link', { name: 'Privacy policy' })).toBeFocused()
    expect(await ran(page)).toEqual([])
    // Not blocking the page (ui.blockPage is false): the page's own links stay usable.
    expect(await modal.getAttribute('aria-modal')).toBeNull()
    // Escape is no choice.
    await page.keyboard.press('Escape')
    await expect(modal).toBeVisible()
    expect(await page.evaluate(() => window.Consentry!.getState().decided)).toBe(false)
    await modal.getByRole('button', { name: 'Accept all' }).click()
    await expect(modal).toBeHidden()
    await expect.poll(() => ran(page)).toEqual(['statistical'])
    expect(requests).toContain('/dist/consentry-engine.js')
    expect(requests).not.toContain('/dist/consentry-ui.js')
    expect(seen.pageErrors).toEqual([])
  })

  test('the modal banner with blockPage: Tab stays inside, focus comes back when it goes, Customize opens the preferences over it', async ({
    page
  }) => {
    await page.goto('/fixtures/ui.html?layout=modal&block=1')
    const modal = page.getByRole('dialog', { name: 'Your privacy choices' })
    await expect(modal).toBeVisible()
    expect(await modal.getAttribute('aria-modal')).toBe('true')
    const names: string[] = []
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab')
      names.push(
        await page.evaluate(() => {
          let a = document.activeElement
          while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement
          return a?.textContent ?? ''
        })
      )
    }
    // The links, then the three buttons, then round to the first link: never the page.
    expect(names).toEqual([
      'Legal notice',
      'Accept all',
      'Reject all',
      'Customize',
      'Privacy policy'
    ])
    await modal.getByRole('button', { name: 'Customize' }).click()
    const prefs = page.getByRole('dialog', { name: 'Cookie preferences' })
    await expect(prefs).toBeVisible()
    await prefs.getByRole('button', { name: 'Save choices' }).click()
    await expect(prefs).toBeHidden()
    await expect(modal).toBeHidden()
    expect(await page.evaluate(() => window.Consentry!.getState().decided)).toBe(true)
    // Focus is back in the page, not lost in a removed dialog.
    expect(
      await page.evaluate(() => document.activeElement?.localName !== 'consentry-root')
    ).toBe(true)
  })

  for (const [here, name] of [
    ['policy', 'the privacy policy'],
    ['notice', 'the legal notice']
  ] as const)
    test(`the modal banner with blockPage leaves ${name} readable on its own page, as the banner file and as the UI show it`, async ({
      page
    }) => {
      await page.goto(`/fixtures/ui.html?layout=modal&block=1&here=${here}`)
      const modal = page.getByRole('dialog', { name: 'Your privacy choices' })
      await expect(modal).toBeVisible()
      expect(await modal.getAttribute('aria-modal')).toBeNull()
      // The page is not inert: its controls can be used, and Tab from the banner's last
      // control goes on to the page's first.
      await page.locator('#page-button').click({ timeout: 2_000 })
      await modal.getByRole('button', { name: 'Customize' }).focus()
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Home')
      // The UI's banner (shown again by the page) does not block it either.
      await modal.getByRole('button', { name: 'Reject all' }).click()
      await expect(modal).toBeHidden()
      await page.evaluate(() => window.Consentry!.showBanner())
      await expect(modal).toBeVisible()
      expect(await modal.getAttribute('aria-modal')).toBeNull()
      await page.locator('#page-button').click({ timeout: 2_000 })
      // Elsewhere the same config blocks the page.
      await page.goto('/fixtures/ui.html?layout=modal&block=1')
      await page.evaluate(() => window.Consentry!.showBanner())
      await expect(modal).toBeVisible()
      expect(await modal.getAttribute('aria-modal')).toBe('true')
    })

  test('a visitor in the US gets no banner file (the validator, or the engine and the UI, take the view)', async ({
    page
  }) => {
    const requests = distRequests(page)
    await page.goto('/fixtures/ui.html?region=US-CA')
    await page.waitForLoadState('load')
    await page.waitForTimeout(300)
    expect(requests).not.toContain('/dist/consentry-banner.js')
    expect(requests).not.toContain('/dist/consentry-banner-modal.js')
  })

  test('autoShow: false shows nothing by itself and fetches nothing more until asked', async ({
    page
  }) => {
    const requests = distRequests(page)
    await page.goto('/fixtures/ui.html?autoShow=0')
    await page.waitForLoadState('load')
    await page.waitForTimeout(500)
    // Nothing to show or decide: neither the banner file, nor the UI, nor the engine.
    expect(requests).toEqual(['/dist/consentry.js'])
    await expect(banner(page)).toHaveCount(0)
    expect(await ran(page)).toEqual([])
    expect(await page.evaluate(() => window.Consentry!.getState().decided)).toBe(false)
    // The site's own link opens the preferences: the engine and the UI are fetched then.
    await page.getByRole('link', { name: 'Cookie settings' }).click()
    await expect(page.getByRole('dialog', { name: 'Cookie preferences' })).toBeVisible()
    expect(requests).toEqual(
      expect.arrayContaining(['/dist/consentry-engine.js', '/dist/consentry-ui.js'])
    )
    // And a decision through the API is made (it waits for the engine).
    await page.getByRole('button', { name: 'Reject all' }).click()
    await expect(page.getByRole('dialog')).toHaveCount(0)
    expect(await page.evaluate(() => window.Consentry!.getState().decided)).toBe(true)
  })

  test('a dialog asked for before the engine fetches the UI beside it, not after it', async ({
    page
  }) => {
    const order: string[] = []
    let releaseEngine = () => {}
    const engineHeld = new Promise<void>((resolve) => (releaseEngine = resolve))
    await page.route('**/dist/consentry-engine.js', async (route) => {
      order.push('engine asked')
      // Held until the UI file is asked for too (or 3 s): a UI fetched only after the
      // engine would come after "engine sent".
      await Promise.race([engineHeld, new Promise((r) => setTimeout(r, 3000))])
      order.push('engine sent')
      await route.continue()
    })
    await page.route('**/dist/consentry-ui.js', (route) => {
      order.push('ui asked')
      releaseEngine()
      return route.continue()
    })
    await page.goto('/fixtures/ui.html?autoShow=0')
    await page.waitForLoadState('load')
    await page.evaluate(() => window.Consentry!.showPreferences())
    await expect(page.getByRole('dialog', { name: 'Cookie preferences' })).toBeVisible()
    expect(order.indexOf('ui asked')).toBeLessThan(order.indexOf('engine sent'))
    expect(order).toContain('engine asked')
  })

  test("another tab that decides hides this tab's banner and releases its tags", async ({
    page,
    context
  }) => {
    await page.goto('/fixtures/ui.html')
    await expect(banner(page)).toBeVisible()
    const other = await context.newPage()
    await other.goto('/fixtures/ui.html')
    await banner(other).getByRole('button', { name: 'Accept all' }).click()
    await expect.poll(() => ran(other)).toEqual(['statistical'])
    await expect(banner(page)).toBeHidden()
    await expect.poll(() => ran(page)).toEqual(['statistical'])
  })

  for (const [engine, cookieStore] of [
    [false, true],
    [false, false],
    [true, true]
  ])
    test(`another tab's decision is heard when its cookie lands after its signal (${engine ? 'with' : 'without'} the engine${cookieStore ? '' : ', no cookieStore'})`, async ({
      page,
      context
    }) => {
      // Without cookieStore (Firefox before 140, an http page) the first file hears the
      // record's storage event, which may come before the cookie.
      if (!cookieStore)
        await page.addInitScript(() =>
          Object.defineProperty(window, 'cookieStore', { value: undefined })
        )
      await page.goto('/fixtures/ui.html')
      await expect(banner(page)).toBeVisible()
      // With the engine here, this tab also hears the other's BroadcastChannel message.
      if (engine) await engineStarted(page)
      // Let this tab listen (once idle) before the other one decides.
      await page.evaluate(() => new Promise((done) => requestIdleCallback(done)))
      // The record's event reaches this tab first; then this tab tells the other one (on a
      // channel of the test's own, with no test runner in between: its round trips took a
      // loaded runner past the beat) to let the cookie land, inside the beats after which
      // this tab reads it again (SETTLE_MS and LATE_MS, 0.5 and 2 s).
      const heard = page.evaluate(
        () =>
          new Promise<boolean>((done) => {
            const release = new BroadcastChannel('test:release')
            addEventListener('storage', (event) => {
              if (event.key !== 'consentry:record') return
              done(document.cookie.includes('consentry='))
              release.postMessage(1)
            })
          })
      )
      // In the other tab the choice's cookie is held back until the record's storage event
      // has reached this tab (localStorage and cookies travel apart in a browser); that tab
      // sees its own cookie meanwhile, as a browser's tab does.
      const other = await context.newPage()
      await other.addInitScript(() => {
        const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!
        let held: string | undefined
        const release = new BroadcastChannel('test:release')
        release.onmessage = () => (window as { __release?: () => void }).__release?.()
        Object.assign(window, { __releaseChannel: release }) // kept from the collector
        Object.defineProperty(document, 'cookie', {
          get: () =>
            [cookie.get!.call(document), held?.split(';')[0]].filter(Boolean).join('; '),
          set: (value: string) => {
            if (!value.startsWith('consentry=')) return cookie.set!.call(document, value)
            held = value
            ;(window as { __release?: () => void }).__release = () => {
              cookie.set!.call(document, value)
              held = undefined
            }
          }
        })
      })
      await other.goto('/fixtures/ui.html')
      await banner(other).getByRole('button', { name: 'Accept all' }).click()
      expect(await heard).toBe(false) // the record came, the cookie had not
      await expect.poll(() => ran(other)).toEqual(['statistical'])
      await expect(banner(page)).toBeHidden()
      await expect.poll(() => ran(page)).toEqual(['statistical'])
    })

  test('a first visit with no cookie at all leaves localStorage unopened, even over the record of a lapsed choice', async ({
    page,
    context
  }) => {
    // A choice made, then every cookie gone (cleared by the visitor): its record stays.
    await page.goto('/fixtures/ui.html')
    await engineStarted(page)
    await page.evaluate(() => window.Consentry!.acceptAll())
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('consentry:record')))
      .not.toBeNull()
    await page.goto('about:blank')
    await context.clearCookies()
    // Opening localStorage is a round trip to the browser: counted.
    await page.addInitScript(() => {
      const own = Object.getOwnPropertyDescriptor(window, 'localStorage')!
      ;(window as { __opened?: number }).__opened = 0
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          ;(window as { __opened?: number }).__opened! += 1
          return own.get!.call(window)
        }
      })
    })
    const requests = await firstVisit(page)
    await page.waitForTimeout(2500) // past the idle deadline
    // With no cookie, nothing the old choice allowed can linger: no engine to sweep it.
    expect(requests).toEqual(['/dist/consentry.js', '/dist/consentry-banner.js'])
    expect(await page.evaluate(() => (window as { __opened?: number }).__opened)).toBe(0)
    await expect(banner(page)).toBeVisible()
  })

  test('a tab shown again with nothing decided elsewhere fetches nothing more', async ({
    page
  }) => {
    const requests = await firstVisit(page)
    // The tab is shown again (the visitor comes back to it); the page is idle by now.
    await page.waitForTimeout(500)
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
    await page.waitForTimeout(300)
    expect(requests).toEqual(['/dist/consentry.js', '/dist/consentry-banner.js'])
    await expect(banner(page)).toBeVisible()
  })
})
