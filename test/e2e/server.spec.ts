import { expect, test, type Page } from '@playwright/test'
import { decide, distRequests, engineStarted, watch } from './helpers'

// consentry/server: a page rendered by what the request's cookie allows, read on the
// server exactly as the script tag reads it (see demo/server.mjs, *.ssr.html).
const PAGE = '/fixtures/server-gated.ssr.html'

test('invariant: the server reads the choice the page made: what it renders by consent appears only once allowed, and goes once withdrawn', async ({
  page
}) => {
  const recommended = page.getByRole('region', { name: 'Recommended for you' })
  const capi = page.locator('#capi')

  // First visit: nothing decided, the server rendered neither block.
  await page.goto(PAGE)
  await engineStarted(page)
  await expect(page.getByRole('region', { name: /privacy/i })).toBeVisible()
  await expect(recommended).toHaveCount(0)
  await expect(capi).toHaveCount(0)

  // Personalisation granted, marketing not: the next page has the one block.
  await decide(page, 'save', { categories: { personalisation: true } })
  await page.reload()
  await expect(recommended).toBeVisible()
  await expect(capi).toHaveCount(0)

  // Everything granted, then withdrawn: the server follows each choice.
  await decide(page, 'acceptAll')
  await page.reload()
  await expect(capi).toBeVisible()
  await decide(page, 'rejectAll')
  await page.reload()
  await expect(recommended).toHaveCount(0)
  await expect(capi).toHaveCount(0)
})

test('a tampered or foreign cookie renders nothing by consent on the server, as on the page', async ({
  page,
  context,
  request
}) => {
  await page.goto(PAGE)
  await engineStarted(page)
  await decide(page, 'acceptAll')
  const [cookie] = (await context.cookies()).filter((c) => c.name === 'consentry')
  const html = async (value: string) =>
    // A request of its own, with no cookie but the one given.
    (await request.get(PAGE, { headers: { cookie: `consentry=${value}` } })).text()
  expect(await html(cookie!.value)).toContain('id="capi"')
  // One bit of the vendors' field flipped: the checksum no longer holds.
  const tampered = cookie!.value.replace(
    /\.([0-9a-f]+)\.([0-3])\./,
    (_, bits: string, optOut: string) =>
      `.${bits.replace(/.$/, (d) => (d === '0' ? '1' : '0'))}.${optOut}.`
  )
  expect(tampered).not.toBe(cookie!.value)
  for (const value of [tampered, 'granted', '1.1.all']) {
    const rendered = await html(value)
    expect(rendered, value).not.toContain('id="capi"')
    expect(rendered, value).not.toContain('Recommended for you"')
  }
})

// The server's preload hints (readConsent().preload, preloadTags): the files a first-time
// visitor's view fetches at once, hinted in the page's head so that the browser fetches
// them beside consentry.js rather than after it. Under the strict CSP, with the nonce.
test.describe("the server's preload hints are the files the view fetches at once", () => {
  const PRELOAD_PAGE = '/fixtures/server-preload.ssr.csp.html'
  const url = (query: Record<string, unknown>) =>
    `${PRELOAD_PAGE}?${new URLSearchParams(
      Object.entries(query).map(([k, v]) => [
        k,
        typeof v === 'string' ? v : JSON.stringify(v)
      ])
    )}`
  /** The hinted URLs of the page's HTML as served. */
  const hintsOf = (html: string) =>
    [...html.matchAll(/<link rel="preload" href="([^"]+)"/g)].map((m) => m[1]!)

  /**
   * Each hinted file came from its hint (the page's own request took the link's response),
   * and the console has no CSP violation and no unused-preload warning.
   */
  const expectFromHints = async (
    page: Page,
    seen: ReturnType<typeof watch>,
    hinted: string[]
  ) => {
    const initiators = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => [
          new URL(e.name).pathname,
          (e as PerformanceResourceTiming).initiatorType
        ])
    )
    for (const path of hinted) expect(initiators).toContainEqual([path, 'link'])
    expect(seen.errors.filter((e) => /Content Security Policy|preload/i.test(e))).toEqual(
      []
    )
    expect(seen.warnings.filter((w) => /preload/i.test(w))).toEqual([])
  }

  const cases: Array<[string, Record<string, unknown>, string, string[]]> = [
    ['English, light: the banner file alone', {}, 'en', ['/dist/consentry-banner.js']],
    [
      'German page, dark theme: the banner file, its German texts and the theme',
      { lang: 'de', config: { ui: { theme: 'dark' } } },
      'de',
      ['/dist/consentry-banner.js', '/dist/i18n/de.banner.json', '/dist/themes/dark.css']
    ],
    [
      'the modal layout: its own file',
      { config: { ui: { layout: 'modal' } } },
      'en',
      ['/dist/consentry-banner-modal.js']
    ]
  ]
  for (const [name, query, language, hinted] of cases) {
    test(`first visit, ${name}: each fetched once, from the hint, and nothing else`, async ({
      page
    }) => {
      const seen = watch(page)
      const fetched = distRequests(page)
      const response = await page.goto(url(query))
      expect(hintsOf(await response!.text())).toEqual(hinted)
      // The banner in the language asked for (the modal layout's is a dialog).
      const modal = hinted[0]!.includes('modal')
      const layer = page.getByRole(modal ? 'dialog' : 'region').first()
      await expect(layer).toBeVisible()
      await expect(layer.locator('xpath=ancestor-or-self::*[@lang][1]')).toHaveAttribute(
        'lang',
        language
      )
      // Every file the page asked for at once was hinted, and each hint was used: one
      // request a file (a hint the page's own request did not match would make two).
      expect(fetched.filter((p) => p !== '/dist/consentry.js').sort()).toEqual(
        [...hinted].sort()
      )
      await expectFromHints(page, seen, hinted)
    })
  }

  const usCases: Array<
    [string, Record<string, unknown>, Record<string, string>, string[]]
  > = [
    [
      'a Californian with GPC: the engine, which records the opt-out, and the GPP file',
      { region: 'US-CA' },
      { 'sec-gpc': '1' },
      ['/dist/consentry-engine.js', '/dist/consentry-gpp.js']
    ],
    [
      'the US notice in German: the engine, the GPP file, the UI and its German texts',
      { region: 'US-CA', lang: 'de', config: { ui: { usNotice: true } } },
      {},
      [
        '/dist/consentry-engine.js',
        '/dist/consentry-gpp.js',
        '/dist/consentry-ui.js',
        '/dist/i18n/de.json'
      ]
    ]
  ]
  for (const [name, query, headers, hinted] of usCases) {
    test(`US first view, ${name}: each fetched once, from the hint, and nothing else`, async ({
      page
    }) => {
      await page.setExtraHTTPHeaders(headers)
      const seen = watch(page)
      const fetched = distRequests(page)
      const others = () => fetched.filter((p) => p !== '/dist/consentry.js').sort()
      const response = await page.goto(url(query))
      expect(hintsOf(await response!.text())).toEqual(hinted)
      await expect.poll(others).toEqual([...hinted].sort())
      // Nothing else comes once the page has settled.
      await page.waitForLoadState('networkidle')
      expect(others()).toEqual([...hinted].sort())
      await expectFromHints(page, seen, hinted)
      expect(await page.evaluate(() => window.Consentry!.getState().regime)).toBe('us')
    })
  }

  test("the region a CDN's location headers name reaches the server and the page alike", async ({
    page
  }) => {
    // A Californian, as Cloudflare says: the server gives data-region="US-CA", and hints
    // nothing (a US view's fetches depend on what localStorage remembers).
    await page.setExtraHTTPHeaders({ 'cf-ipcountry': 'US', 'cf-region-code': 'CA' })
    const us = await page.goto(url({}))
    const html = await us!.text()
    expect(html).toContain('data-region="US-CA"')
    expect(hintsOf(html)).toEqual([])
    await engineStarted(page)
    expect(await page.evaluate(() => window.Consentry!.getState().regime)).toBe('us')
    // A German visitor: gdpr, and the banner file hinted.
    await page.context().clearCookies()
    await page.setExtraHTTPHeaders({ 'cf-ipcountry': 'DE' })
    const de = await page.goto(url({}))
    expect(hintsOf(await de!.text())).toEqual(['/dist/consentry-banner.js'])
    await expect(page.getByRole('region', { name: /privacy/i })).toBeVisible()
    expect(await page.evaluate(() => window.Consentry!.getState().regime)).toBe('gdpr')
  })

  test('no hint where the view fetches nothing at once, or what only the browser knows', async ({
    page,
    request
  }) => {
    // A US visitor: the validator or nothing, by what localStorage remembers.
    const us = await request.get(url({ region: 'US-CA' }))
    expect(hintsOf(await us.text())).toEqual([])
    // A returning visitor: the first file alone.
    await page.goto(url({}))
    await engineStarted(page)
    await decide(page, 'acceptAll')
    const fetched = distRequests(page)
    const returning = await page.reload()
    expect(hintsOf(await returning!.text())).toEqual([])
    await page.waitForLoadState('load')
    expect(fetched).toEqual(['/dist/consentry.js'])
  })
})
