import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { decide, distRequests, ran } from './helpers'

/** The fixture on a mapped host name, so that cookies can live on a parent domain. */
const at = (host: string) =>
  `http://${host}:${process.env.E2E_PORT ?? 4179}/fixtures/withdraw.html`
const names = async (context: BrowserContext) =>
  (await context.cookies())
    .map((c) => `${c.name}@${c.domain}${c.path === '/' ? '' : c.path}`)
    .sort()
const storageKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).sort())
/** The vendor cookies the fixture's tags set, where they are left. */
const vendorCookies = async (context: BrowserContext) =>
  (await names(context)).filter((n) => /^(_ga|_gid|_ym|_fbp)/.test(n))
/** Accepts all on the fixture, once every tag has run. */
async function acceptAll(page: Page): Promise<void> {
  await page.evaluate(() => window.Consentry!.acceptAll())
  await expect.poll(() => ran(page)).toEqual(['ga', 'ym', 'fb'])
}

test.describe('withdrawal', () => {
  test('invariant: withdrawing a category deletes its cookies everywhere, reloads once, runs nothing again', async ({
    page,
    context
  }) => {
    await page.goto(at('shop.example.test'))
    await acceptAll(page)
    expect(await names(context)).toEqual(
      expect.arrayContaining([
        '_ga@.example.test',
        '_ga_ABC123@.example.test',
        '_gid@shop.example.test/fixtures',
        '_ym_uid@shop.example.test',
        '_fbp@.example.test',
        'site_pref@shop.example.test'
      ])
    )
    expect(await storageKeys(page)).toContain('_ym_retryReqs')

    const requests: string[] = []
    page.on('request', (r) => r.url().includes('/scripts/') && requests.push(r.url()))
    await Promise.all([
      page.waitForEvent('load'),
      page.evaluate(() => window.Consentry!.save({ categories: { statistical: false } }))
    ])
    await expect.poll(() => ran(page)).toEqual(['fb'])
    const left = await names(context)
    expect(left.filter((n) => /^(_ga|_gid|_ym)/.test(n))).toEqual([])
    expect(left).toEqual(
      expect.arrayContaining(['_fbp@.example.test', 'site_pref@shop.example.test'])
    )
    expect(await storageKeys(page)).not.toContain('_ym_retryReqs')
    expect(requests.some((u) => u.includes('?ga') || u.includes('?ym'))).toBe(false)
  })

  test('invariant: "Reject all" leaves no vendor cookie, even ones set before Consentry', async ({
    page,
    context
  }) => {
    await context.addCookies([
      { name: '_ga', value: 'old', domain: '.example.test', path: '/' },
      { name: '_fbp', value: 'old', domain: 'shop.example.test', path: '/' },
      { name: 'cto_bundle', value: 'old', domain: '.example.test', path: '/' }
    ])
    await page.goto(at('shop.example.test'))
    await decide(page, 'rejectAll')
    const left = await names(context)
    expect(
      left.filter((n) => !n.startsWith('site_pref') && !n.startsWith('consentry'))
    ).toEqual([])
    expect(await ran(page)).toEqual([])
  })

  test('clears on the registrable domain, never on the public suffix (.example.co.uk, not .co.uk)', async ({
    page,
    context
  }) => {
    await page.goto(at('a.shop.example.co.uk'))
    await acceptAll(page)
    expect(await names(context)).toContain('_ga@.example.co.uk')
    // The browser refuses a cookie on the public suffix: nothing can live there.
    await page.evaluate(() => (document.cookie = '_ga_SUFFIX=1; path=/; domain=co.uk'))
    expect((await names(context)).some((n) => n.endsWith('@.co.uk'))).toBe(false)
    await Promise.all([
      page.waitForEvent('load'),
      page.evaluate(() => window.Consentry!.rejectAll())
    ])
    expect(await vendorCookies(context)).toEqual([])
  })

  test('reloadOnWithdraw: false keeps the page, still clears the cookies', async ({
    page,
    context
  }) => {
    const noReload = `${at('shop.example.test')}?reload=0`
    await page.goto(noReload)
    await acceptAll(page)
    // Set after load: a reload would lose it.
    await page.evaluate(() => ((window as { __marker?: number }).__marker = 2))
    await page.evaluate(() => window.Consentry!.rejectAll())
    await page.waitForTimeout(200)
    expect(await page.evaluate(() => (window as { __marker?: number }).__marker)).toBe(2)
    expect(await vendorCookies(context)).toEqual([])
  })

  test("invariant: a site vendor's '*' patterns never delete the withdrawal itself: the choice and its record stay", async ({
    page,
    context
  }) => {
    // Without the reload, to see what the withdrawal left before the page sets anything.
    await page.goto(`${at('shop.example.test')}?greedy=1&reload=0`)
    await acceptAll(page)
    await page.evaluate(() =>
      window.Consentry!.save({ categories: { marketing: false } })
    )
    // The greedy vendor's "*" took every other cookie and key (the site's own too, as its
    // patterns say); Consentry's stayed.
    await expect.poll(() => names(context)).toEqual(['consentry@shop.example.test'])
    expect(await storageKeys(page)).toEqual(['consentry:boot', 'consentry:record'])
    await page.reload()
    await expect.poll(() => ran(page)).toEqual(['ga', 'ym'])
    expect(await page.evaluate(() => window.Consentry!.getState())).toMatchObject({
      decided: true,
      method: 'stored',
      categories: { statistical: true, marketing: false }
    })
  })

  test('invariant: a choice that lapsed leaves no vendor cookie behind, and its record is forgotten', async ({
    page,
    context
  }) => {
    await page.goto(at('shop.example.test'))
    await acceptAll(page)
    // Between two views the choice lapses: its cookie expires (the browser drops it); its
    // record stays.
    await page.goto('about:blank')
    await context.clearCookies({ name: 'consentry' })
    const requests = distRequests(page)
    await page.goto(at('shop.example.test'))
    // Nothing is granted now; what the old choice let vendors set goes once the page is idle.
    await expect.poll(() => vendorCookies(context)).toEqual([])
    expect(await ran(page)).toEqual([])
    expect(await storageKeys(page)).not.toContain('_ym_retryReqs')
    expect(requests).toContain('/dist/consentry-engine.js')
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('consentry:record')))
      .toBeNull()
    expect(await page.evaluate(() => window.Consentry!.getState().decided)).toBe(false)
    // The next view has nothing to sweep: it fetches no engine.
    const next = distRequests(page)
    await page.reload()
    await page.waitForTimeout(2500) // past the idle deadline
    expect(next).toEqual(['/dist/consentry.js'])
  })

  test('a lapsed choice behind the first-visit banner: the banner stays, the old cookies go', async ({
    page,
    context
  }) => {
    await page.goto('/fixtures/ui.html')
    await decide(page, 'acceptAll')
    const url = page.url()
    await page.goto('about:blank')
    await context.clearCookies({ name: 'consentry' })
    await context.addCookies([{ name: '_ga', value: 'old', url }])
    // A slow banner file (past the half second the first frame waits for it): the page
    // goes idle before it comes, and the sweep must not fetch the engine then (an engine
    // asked for first shows the banner itself, with the UI).
    await page.route('**/dist/consentry-banner.js', async (route) => {
      await new Promise((done) => setTimeout(done, 1200))
      await route.continue()
    })
    const requests = distRequests(page)
    await page.goto(url)
    const banner = page.getByRole('region', { name: 'Your privacy choices' })
    await expect(banner).toBeVisible()
    await expect
      .poll(async () => (await context.cookies()).map((c) => c.name))
      .not.toContain('_ga')
    await expect(banner).toBeVisible()
    expect(await ran(page)).toEqual([])
    expect(requests).toEqual([
      '/dist/consentry.js',
      '/dist/consentry-banner.js',
      '/dist/consentry-engine.js'
    ])
  })

  test('invariant: a choice in one tab applies in the other tabs without a reload', async ({
    context
  }) => {
    // Two pages, a cross-tab event and a reload: on a loaded 2-core CI runner this has
    // run past the default 20 s once (while tearing the context down).
    test.slow()
    const one = await context.newPage()
    const two = await context.newPage()
    await one.goto(at('shop.example.test'))
    await two.goto(at('shop.example.test'))
    await two.evaluate(() => ((window as { __marker?: number }).__marker = 1))
    await one.evaluate(() =>
      window.Consentry!.save({ categories: { statistical: true } })
    )
    await expect.poll(() => ran(two), { timeout: 10_000 }).toEqual(['ga', 'ym'])
    expect(await two.evaluate(() => window.Consentry!.getState())).toMatchObject({
      decided: true,
      method: 'stored',
      categories: { statistical: true, marketing: false }
    })
    expect(await two.evaluate(() => (window as { __marker?: number }).__marker)).toBe(1)

    // Withdrawal in tab one: tab two (where GA ran) reloads once and runs nothing withdrawn.
    const reloaded = two.waitForEvent('load')
    await one.evaluate(() => window.Consentry!.rejectAll())
    await reloaded
    expect(await ran(two)).toEqual([])
    expect(
      await two.evaluate(() => window.Consentry!.getState().categories.statistical)
    ).toBe(false)
    // Closed here, each page settled first: the context's teardown, left to close a tab
    // still busy after its reload, has once run past the test's 60 s on a loaded runner.
    await Promise.all([one, two].map((page) => page.waitForLoadState('networkidle')))
    await Promise.all([one.close(), two.close()])
  })
})
