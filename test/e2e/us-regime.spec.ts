import { expect, test, type Page } from '@playwright/test'
import {
  decide,
  distRequests,
  ESSENTIAL_ONLY,
  lateConfigPage,
  ran,
  watch
} from './helpers'

const gpcOn = () =>
  Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true })

test('invariant: GPC first seen over a stored "allowed" choice wins at once, is recorded once, and the dialog explains the conflict; without it the choice stands again', async ({
  browser
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/fixtures/ui.html?region=US-CA')
  await decide(page, 'acceptAll')
  const allowed = await page.evaluate(() => window.Consentry!.getState().id)
  await page.close()
  const state = (p: Page) => p.evaluate(() => window.Consentry!.getState())
  // The same visitor comes back with Global Privacy Control switched on: the signal
  // applies before any tag runs, and the engine comes to record it.
  const again = await context.newPage()
  await again.addInitScript(gpcOn)
  const requests = distRequests(again)
  await again.goto('/fixtures/ui.html?region=US-CA')
  expect(await state(again)).toMatchObject({
    gpc: true,
    optOut: { sale: true, share: true },
    categories: { marketing: false }
  })
  await expect.poll(async () => (await state(again)).method).toBe('gpc')
  expect(requests).toContain('/dist/consentry-engine.js')
  const record = await again.evaluate(() => window.Consentry!.getRecord())
  expect(record).toMatchObject({
    method: 'gpc',
    gpc: true,
    optOut: { sale: true, share: true },
    categories: { marketing: false }
  })
  expect(record!.id).not.toBe(allowed)
  await again
    .getByRole('link', { name: 'Do Not Sell or Share My Personal Information' })
    .click()
  const dialog = again.getByRole('dialog', {
    name: 'Do Not Sell or Share My Personal Information'
  })
  await expect(dialog.getByRole('status')).toContainText('Opt-Out Request Honored')
  await expect(dialog).toContainText(
    'Your browser now sends a Global Privacy Control signal, which takes precedence'
  )
  await again.close()
  // Later views with the signal read the recorded opt-out back: no engine, no new record.
  const later = await context.newPage()
  await later.addInitScript(gpcOn)
  const laterRequests = distRequests(later)
  await later.goto('/fixtures/ui.html?region=US-CA')
  await later.waitForTimeout(300)
  expect(await state(later)).toMatchObject({
    method: 'stored',
    id: record!.id,
    optOut: { sale: true, share: true }
  })
  expect(laterRequests).not.toContain('/dist/consentry-engine.js')
  await later.close()
  // Without the signal, what the visitor chose stands again.
  const off = await context.newPage()
  await off.goto('/fixtures/ui.html?region=US-CA')
  expect(await state(off)).toMatchObject({
    method: 'stored',
    id: record!.id,
    gpc: false,
    optOut: { sale: false, share: false },
    categories: { marketing: true }
  })
  await context.close()
})

test('the optional US notice: non-blocking, links the opt-out, and OK is remembered', async ({
  page
}) => {
  await page.route('**/fixtures/us-notice.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>US notice</title>
        <script>window.consentryConfig = { region: 'US-TX', ui: { usNotice: true } }</script>
        <script src="/dist/consentry.js"></script>
        <script type="text/plain" data-consent="marketing" src="/fixtures/scripts/record.js" data-name="ads"></script>
        </head><body><main><h1>Shop</h1></main></body></html>`
    })
  )
  await page.goto('/fixtures/us-notice.html')
  const notice = page.getByRole('region', { name: 'Your privacy choices' })
  await expect(notice).toBeVisible()
  // Tags already run under the US regime: the notice blocks nothing.
  await expect.poll(() => page.evaluate(() => window.__ran ?? [])).toEqual(['ads'])
  await notice
    .getByRole('button', { name: 'Do Not Sell or Share My Personal Information' })
    .click()
  await expect(
    page.getByRole('dialog', { name: 'Do Not Sell or Share My Personal Information' })
  ).toBeVisible()
  await page.keyboard.press('Escape')
  await notice.getByRole('button', { name: 'OK' }).click()
  await expect(notice).toBeHidden()
  expect(await page.evaluate(() => window.Consentry!.getState())).toMatchObject({
    decided: true,
    method: 'banner',
    optOut: { sale: false, share: false }
  })
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Shop' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Your privacy choices' })).toHaveCount(0)
})

/**
 * Holds back the files a URL pattern matches: fetched at once, answered only once the
 * returned function is called.
 */
async function holdBack(page: Page, url: string | RegExp): Promise<() => void> {
  let release!: () => void
  const released = new Promise<void>((done) => (release = done))
  await page.route(url, async (route) => {
    const response = await route.fetch()
    await released
    await route.fulfill({ response })
  })
  return release
}

test('invariant: a decision the page asks for before the engine is here is made before the US defaults release anything', async ({
  page
}) => {
  // The engine (and the validator, which would otherwise apply the defaults first) is
  // held back; meanwhile the page opts the visitor out (a site that knows its signed-in
  // visitor's choice, say). No reload on withdrawal: this view is read.
  const release = await holdBack(page, /\/dist\/consentry-(engine|validator)\.js$/)
  await page.goto('/fixtures/gpp.html?region=US-VA&stub=0&reload=0', {
    waitUntil: 'domcontentloaded'
  })
  await page.evaluate(() => window.Consentry!.optOut({ sale: true, share: true }))
  await page.waitForTimeout(300)
  release()
  await expect
    .poll(() => page.evaluate(() => window.Consentry!.getState().decided))
    .toBe(true)
  await expect.poll(() => ran(page)).toEqual(['statistical'])
  await page.waitForTimeout(300)
  // Facebook sells or shares: it never ran, not even for a moment on the defaults.
  expect(await ran(page)).toEqual(['statistical'])
  expect(await page.evaluate(() => window.Consentry!.getState())).toMatchObject({
    method: 'api',
    optOut: { sale: true, share: true }
  })
})

test.describe("a US visitor's first view: the validator file, not the engine", () => {
  const US_FIRST = '/fixtures/gpp.html?region=US-VA&stub=0'
  /** A page with this config, a gated marketing tag and a gated YouTube embed. */
  const pageWith = (page: Page, config: unknown) =>
    page.route('**/fixtures/us-config.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>US</title>
          <script>window.consentryConfig = ${JSON.stringify(config)}</script>
          <script src="/dist/consentry.js"></script>
          <script type="text/plain" data-consent="marketing" src="/fixtures/scripts/record.js" data-name="ads"></script>
          </head><body><main><h1>Shop</h1>
          <iframe title="Product video" width="480" height="270" data-consent="personalisation"
            data-vendor="youtube" data-src="/fixtures/embed.html?youtube"></iframe>
          </main></body></html>`
      })
    )
  /** The view fetched the engine, and no validator beside it. */
  const expectEngineNotValidator = (requests: string[]) => {
    expect(requests).toContain('/dist/consentry-engine.js')
    expect(requests).not.toContain('/dist/consentry-validator.js')
  }
  /** Holds the validator file back (see `holdBack`). */
  const holdValidator = (page: Page) => holdBack(page, '**/dist/consentry-validator.js')

  test('invariant: it validates the config without the engine, releases the tags on the US defaults and remembers the config', async ({
    page
  }) => {
    const requests = distRequests(page)
    await page.goto(US_FIRST)
    await expect.poll(() => requests).toContain('/dist/consentry-gpp.js')
    await page.waitForTimeout(300)
    expect(requests).toEqual([
      '/dist/consentry.js',
      '/dist/consentry-validator.js',
      '/dist/consentry-gpp.js'
    ])
    expect(await page.evaluate(() => window.Consentry!.getState())).toMatchObject({
      decided: false,
      regime: 'us',
      optOut: { sale: false, share: false }
    })
    expect(await ran(page)).toEqual(['facebook', 'statistical'])
    // Remembered as the engine would: the next view fetches no validator either.
    const boot = await page.evaluate(() => JSON.parse(localStorage['consentry:boot']))
    expect(boot).toMatchObject({
      regime: 'us',
      config: { cookie: { name: 'consentry' } }
    })
    requests.length = 0
    await page.reload()
    await expect.poll(() => requests).toContain('/dist/consentry-gpp.js')
    expect(requests).toEqual(['/dist/consentry.js', '/dist/consentry-gpp.js'])
    expect(await ran(page)).toEqual(['facebook', 'statistical'])
  })

  test("calls the page's IAB stub queued wait for the validator, not the engine, and are answered", async ({
    page
  }) => {
    const requests = distRequests(page)
    // The page pasted the IAB stub and queued three calls before Consentry loaded.
    await page.goto('/fixtures/gpp.html?region=US-TX')
    await expect
      .poll(() => page.evaluate(() => (window as any).__answers.slice(0, 3)))
      .toEqual([
        ['first', 2, true],
        ['second', false, true],
        ['event', 'listenerRegistered', true]
      ])
    await page.waitForTimeout(300)
    expect(requests).toEqual([
      '/dist/consentry.js',
      '/dist/consentry-validator.js',
      '/dist/consentry-gpp.js'
    ])
  })

  test('invariant: no gated tag runs before the validator has read the config', async ({
    page
  }) => {
    const release = await holdValidator(page)
    await page.goto(US_FIRST, { waitUntil: 'domcontentloaded' })
    await page.waitForTimeout(300)
    expect(await ran(page)).toEqual([])
    expect(await page.evaluate(() => window.Consentry!.getState().categories)).toEqual(
      ESSENTIAL_ONLY
    )
    release()
    await expect.poll(() => ran(page)).toEqual(['facebook', 'statistical'])
  })

  test("a decision asked for while the validator is on its way is the engine's, and stands", async ({
    page
  }) => {
    const release = await holdValidator(page)
    const requests = distRequests(page)
    // (No reload on withdrawal: this view's state is the one to read.)
    await page.goto(US_FIRST + '&reload=0', { waitUntil: 'domcontentloaded' })
    await decide(page, 'optOut', { sale: true, share: true })
    release()
    await expect.poll(() => requests).toContain('/dist/consentry-validator.js')
    await expect.poll(() => ran(page)).toEqual(['statistical'])
    await page.waitForTimeout(300)
    expect(requests).toContain('/dist/consentry-engine.js')
    expect(await page.evaluate(() => window.Consentry!.getState())).toMatchObject({
      decided: true,
      method: 'api',
      optOut: { sale: true, share: true }
    })
    expect(await ran(page)).toEqual(['statistical'])
  })

  test('when the validator file cannot be loaded, the engine takes over', async ({
    page
  }) => {
    await page.route('**/dist/consentry-validator.js', (route) => route.abort())
    const requests = distRequests(page)
    const seen = watch(page)
    await page.goto(US_FIRST)
    await expect.poll(() => ran(page)).toEqual(['facebook', 'statistical'])
    expect(requests).toContain('/dist/consentry-engine.js')
    expect(seen.pageErrors).toEqual([])
  })

  test('GPC or the US notice: the engine comes at once, with no validator', async ({
    page,
    context
  }) => {
    // The notice: the engine shows it (with the UI).
    let requests = distRequests(page)
    await pageWith(page, { region: 'US-TX', ui: { usNotice: true } })
    await page.goto('/fixtures/us-config.html')
    await expect(page.getByRole('region', { name: 'Your privacy choices' })).toBeVisible()
    expectEngineNotValidator(requests)
    // GPC: the engine records the opt-out.
    const next = await context.newPage()
    await next.addInitScript(gpcOn)
    requests = distRequests(next)
    await next.goto(US_FIRST)
    await expect
      .poll(() => next.evaluate(() => window.Consentry!.getState().method))
      .toBe('gpc')
    expectEngineNotValidator(requests)
  })

  test('a gated embed waits for the validator: released on the US defaults without the engine, or given its placeholder by the engine', async ({
    page
  }) => {
    const requests = distRequests(page)
    await pageWith(page, { region: 'US-TX' })
    await page.goto('/fixtures/us-config.html')
    const frame = page.getByTitle('Product video')
    await expect(frame).toHaveAttribute('src', '/fixtures/embed.html?youtube')
    await page.waitForTimeout(300)
    expect(requests).not.toContain('/dist/consentry-engine.js')
    // A site that maps this state to gdpr: the embed stays blocked, with its placeholder.
    await page.unroute('**/fixtures/us-config.html')
    await pageWith(page, { region: 'US-TX', regionRegimes: { 'US-TX': 'gdpr' } })
    await page.goto('/fixtures/us-config.html')
    await expect(page.getByRole('group', { name: 'YouTube' })).toBeVisible()
    expect(await frame.getAttribute('src')).toBeNull()
  })

  /**
   * A page whose config is fetched (`data-config`, answered after 500 ms) and whose IAB
   * stub queued a GPP call before Consentry, with `body` as its content.
   */
  const fetchedPage = async (page: Page, body = '') => {
    await lateConfigPage(
      page,
      { region: 'US-TX' },
      {
        head: `<script>
          // The IAB stub, with a call queued before Consentry.
          window.__answers = []
          window.__gpp = function () { window.__gpp.queue.push([].slice.call(arguments)) }
          window.__gpp.queue = []
          window.__gpp('getField', function (v, ok) { window.__answers.push([v, ok]) }, 'usnat.SaleOptOut')
        </script>`,
        body
      }
    )
    await page.goto('/fixtures/late.html')
    await expect
      .poll(() => page.evaluate(() => (window as any).__answers))
      .toEqual([[2, true]])
    await page.waitForTimeout(300)
  }

  test('a fetched config: a GPP call made while it is on its way waits for it, and is answered without the engine on the first view and the next', async ({
    page
  }) => {
    const requests = distRequests(page)
    await fetchedPage(page)
    expect(requests).toEqual([
      '/dist/consentry.js',
      '/dist/consentry-validator.js',
      '/dist/consentry-gpp.js'
    ])
    requests.length = 0
    await page.reload()
    await expect
      .poll(() => page.evaluate(() => (window as any).__answers))
      .toEqual([[2, true]])
    await page.waitForTimeout(300)
    expect(requests).toEqual(['/dist/consentry.js', '/dist/consentry-gpp.js'])
  })

  test('a fetched config: a gated iframe seen while it is on its way waits for it, and is released on the US defaults without the engine', async ({
    page
  }) => {
    const requests = distRequests(page)
    await fetchedPage(
      page,
      `<iframe title="Product video" data-consent="personalisation" data-vendor="youtube"
        data-src="/fixtures/embed.html?youtube"></iframe>`
    )
    await expect(page.locator('iframe[title="Product video"]')).toHaveAttribute(
      'src',
      '/fixtures/embed.html?youtube'
    )
    expect(requests).toEqual([
      '/dist/consentry.js',
      '/dist/consentry-validator.js',
      '/dist/consentry-gpp.js'
    ])
  })

  test('a fetched config: what asks for the engine while it is on its way gets the engine alone, not the validator too', async ({
    page
  }) => {
    const requests = distRequests(page)
    // The page asks for a dialog (the engine's) before its config has arrived.
    await fetchedPage(page, '<script>window.Consentry.showPreferences()</script>')
    await expect(page.getByRole('dialog')).toBeVisible()
    expectEngineNotValidator(requests)
  })

  test('a config with a warning or an error is left to the engine, which reports it once', async ({
    page
  }) => {
    const requests = distRequests(page)
    const seen = watch(page)
    await pageWith(page, { region: 'US-TX', colour: 'blue' })
    await page.goto('/fixtures/us-config.html')
    await expect.poll(() => requests).toContain('/dist/consentry-engine.js')
    await expect.poll(() => ran(page)).toEqual(['ads'])
    expect(seen.warnings.filter((w) => w.includes('colour'))).toHaveLength(1)
    // An invalid config: the engine says what is wrong, and nothing non-essential runs.
    await page.unroute('**/fixtures/us-config.html')
    await pageWith(page, { region: 'US-TX', categories: 'all' })
    await page.goto('/fixtures/us-config.html')
    await expect.poll(() => seen.errors.join('\n')).toContain('categories')
    await page.waitForTimeout(300)
    expect(await ran(page)).toEqual([])
  })
})
