import { expect, test } from '@playwright/test'
import { STRICT_CSP_RAN } from '../fixtures-data'
import { distRequests, ESSENTIAL_ONLY, ran, watch } from './helpers'

test.describe('script-tag bundle: config and robustness', () => {
  test('invariant: config fetched late keeps everything blocked until it arrives', async ({
    page
  }) => {
    await page.goto('/fixtures/late-config.html')
    expect(await page.evaluate(() => window.Consentry!.getState().decided)).toBe(false)
    // A decision made while the config is on its way waits for it.
    await page.evaluate(() => window.Consentry!.acceptAll())
    expect(await ran(page)).toEqual([])
    await expect.poll(() => ran(page), { timeout: 5000 }).toEqual(['statistical'])
    expect(await page.evaluate(() => window.Consentry!.getState())).toMatchObject({
      decided: true,
      revision: 2,
      vendors: { 'google-analytics': true, facebook: true }
    })

    // Returning visitor: the stored choice applies only once the config is known.
    await page.reload({ waitUntil: 'domcontentloaded' })
    expect(
      await page.evaluate(() => (window as { __domReadyRan?: string[] }).__domReadyRan)
    ).toEqual([])
    expect(await page.evaluate(() => window.Consentry!.getState().decided)).toBe(false)
    await expect.poll(() => ran(page), { timeout: 5000 }).toEqual(['statistical'])
    expect(await page.evaluate(() => window.Consentry!.getState().method)).toBe('stored')
  })

  test('a data-config file named in a preload hint is fetched once, from the hint, on every view', async ({
    page
  }) => {
    const seen = watch(page)
    const configRequests: string[] = []
    page.on('request', (r) => {
      if (r.url().includes('/fixtures/config.json')) configRequests.push(r.url())
    })
    const fromHint = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/fixtures/config.json'))
          .map((e) => (e as PerformanceResourceTiming).initiatorType)
      )
    await page.goto('/fixtures/config-preload.html')
    await expect(page.getByRole('region', { name: /privacy/i })).toBeVisible()
    // The page's own fetch of the file took the hint's response: one request, the link's.
    expect(configRequests).toHaveLength(1)
    expect(await fromHint()).toEqual(['link'])
    expect(await ran(page)).toEqual([])
    await page.evaluate(() => window.Consentry!.acceptAll())
    await expect.poll(() => ran(page), { timeout: 5000 }).toEqual(['statistical'])

    // A returning view needs the file too (its choice waits for it): the hint is used.
    configRequests.length = 0
    await page.reload()
    await expect.poll(() => ran(page), { timeout: 5000 }).toEqual(['statistical'])
    expect(configRequests).toHaveLength(1)
    expect(await fromHint()).toEqual(['link'])
    expect(seen.warnings.filter((w) => /preload/i.test(w))).toEqual([])
    expect(seen.pageErrors).toEqual([])
  })

  test('invariant: an invalid config names the field, fails closed and throws nothing', async ({
    page
  }) => {
    const seen = watch(page)
    await page.goto('/fixtures/invalid-config.html')
    await page.waitForLoadState('load')
    expect(seen.pageErrors).toEqual([])
    expect(seen.errors).toHaveLength(1)
    expect(seen.errors[0]).toContain('Consentry: invalid config; running fail-closed')
    expect(seen.errors[0]).toContain(
      'categories[2].id: expected a lower-case id such as "marketing", got 42'
    )
    // The config asked for regime "none" (grant everything): fail-closed ignores it.
    expect(await page.evaluate(() => window.Consentry!.getState())).toMatchObject({
      decided: false,
      regime: 'gdpr',
      categories: { statistical: false }
    })
    expect(await ran(page)).toEqual([])
  })

  test('invalid JSON in the inline config is named and fails closed', async ({
    page
  }) => {
    const seen = watch(page)
    await page.goto('/fixtures/broken-json.html')
    await page.waitForLoadState('load')
    expect(seen.pageErrors).toEqual([])
    expect(seen.errors.join('\n')).toMatch(/#consentry-config: expected valid JSON/)
    expect(await ran(page)).toEqual([])
    expect(await page.evaluate(() => window.Consentry!.getState().regime)).toBe('gdpr')
  })

  test('a data-config file that cannot be had is named with its HTTP status, and fails closed', async ({
    page
  }) => {
    await page.route('**/fixtures/gone.json', (route) =>
      route.fulfill({ status: 404, body: 'not here' })
    )
    await page.route('**/fixtures/gone.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>Gone</title>
          <script src="/dist/consentry.js" data-config="/fixtures/gone.json"></script>
          <script type="text/plain" data-consent="statistical">
            ;(window.__ran = window.__ran || []).push('statistical')
          </script></head><body><h1>Shop</h1></body></html>`
      })
    )
    const seen = watch(page)
    await page.goto('/fixtures/gone.html')
    // The engine words what the first file kept as data.
    await expect
      .poll(() => seen.errors.join('\n'))
      .toContain('data-config "/fixtures/gone.json": expected a JSON file, got HTTP 404')
    expect(seen.pageErrors).toEqual([])
    expect(await ran(page)).toEqual([])
    expect(await page.evaluate(() => window.Consentry!.getState().categories)).toEqual(
      ESSENTIAL_ONLY
    )
  })

  test('window.consentryConfig, data-region and data-lang are honoured', async ({
    page,
    context
  }) => {
    await page.goto('/fixtures/window-config.html')
    // US-CA: the opt-out regime, so tags run by default.
    await expect.poll(() => ran(page)).toEqual(['facebook'])
    expect(await page.evaluate(() => window.Consentry!.getState().regime)).toBe('us')
    // The Facebook tag ran by default; opting out withdraws it, so the page reloads once,
    // and after the reload it does not run again.
    await Promise.all([
      page.waitForEvent('load'),
      page.evaluate(() => window.Consentry!.optOut({ sale: true, share: true }))
    ])
    expect(await ran(page)).toEqual([])
    expect(await page.evaluate(() => window.Consentry!.vendorGranted('facebook'))).toBe(
      false
    )
    expect((await context.cookies()).map((c) => c.name)).toContain('shop_consent')
    // The record of the decision as it was made (and sent), on the reloaded page too.
    expect(await page.evaluate(() => window.Consentry!.getRecord())).toMatchObject({
      region: 'US-CA',
      language: 'de',
      method: 'api',
      optOut: { sale: true, share: true }
    })
  })

  test('invariant: a tampered or foreign cookie means no choice', async ({
    page,
    context
  }) => {
    await page.goto('/fixtures/gating.html')
    // Before the engine is here the call waits for it: the cookie comes a little later.
    await page.evaluate(() => window.Consentry!.rejectAll())
    const stored = async () =>
      (await context.cookies()).find((c) => c.name === 'consentry')
    await expect.poll(stored).toBeDefined()
    const cookie = (await stored())!
    const fields = cookie.value.split('.')
    fields[6] = 'f' // flip every category on without fixing the checksum
    for (const value of [fields.join('.'), '{"all":true}', '1.1.1.1', 'accepted']) {
      await context.addCookies([{ ...cookie, value }])
      const seen = watch(page)
      await page.reload()
      await page.waitForLoadState('load')
      expect(await ran(page)).toEqual(['essential'])
      expect(await page.evaluate(() => window.Consentry!.getState().decided)).toBe(false)
      expect(seen.pageErrors).toEqual([])
    }
  })

  test('invariant: gated scripts run under a strict CSP with the nonce', async ({
    page
  }) => {
    const seen = watch(page)
    await page.goto('/fixtures/strict.csp.html')
    // The UI file loads with the nonce and styles itself without 'unsafe-inline'.
    const banner = page.getByRole('region', { name: 'Your privacy choices' })
    await expect(banner).toBeVisible()
    expect(
      await banner
        .getByRole('button', { name: 'Accept all' })
        .evaluate((b) => getComputedStyle(b).minHeight)
    ).toBe('44px')
    // Keeping focus clear of the banner sets <html>'s style through the CSSOM, which a
    // style-src without 'unsafe-inline' allows.
    await page.keyboard.press('Tab')
    expect(
      await page.evaluate(() => document.documentElement.style.scrollPaddingBottom)
    ).toMatch(/px$/)
    await banner.getByRole('button', { name: 'Accept all' }).click()
    await expect.poll(() => ran(page)).toEqual(STRICT_CSP_RAN)
    expect(
      await page.evaluate(() => (window as { __violations?: string[] }).__violations)
    ).toEqual([])
    expect(seen.pageErrors).toEqual([])
  })

  test("a returning view's plain re-open button under the strict CSP: loaded with the nonce, styled", async ({
    page
  }) => {
    const seen = watch(page)
    await page.goto('/fixtures/strict.csp.html?reopen=1')
    const banner = page.getByRole('region', { name: 'Your privacy choices' })
    await banner.getByRole('button', { name: 'Reject all' }).click()
    await expect
      .poll(() => page.evaluate(() => window.Consentry!.getState().decided))
      .toBe(true)
    const requests = distRequests(page)
    await page.reload()
    const reopen = page.getByRole('button', { name: 'Cookie settings' })
    await expect(reopen).toBeVisible()
    expect(requests).toContain('/dist/consentry-reopen.js')
    expect(requests).not.toContain('/dist/consentry-ui.js')
    expect(await reopen.evaluate((b) => getComputedStyle(b).minHeight)).toBe('44px')
    expect(
      await page.evaluate(() => (window as { __violations?: string[] }).__violations)
    ).toEqual([])
    expect(seen.pageErrors).toEqual([])
  })

  test("a US visitor's first view under the strict CSP: the validator and the GPP file load with the nonce", async ({
    page
  }) => {
    const seen = watch(page)
    const requests = distRequests(page)
    await page.goto('/fixtures/strict.csp.html?region=US-CA')
    // The US defaults: the gated scripts run, inline and from a file, with the nonce.
    await expect.poll(() => ran(page)).toEqual(STRICT_CSP_RAN)
    await expect.poll(() => requests).toContain('/dist/consentry-gpp.js')
    expect(requests).toContain('/dist/consentry-validator.js')
    expect(requests).not.toContain('/dist/consentry-engine.js')
    expect(
      await page.evaluate(
        () =>
          new Promise((done) =>
            (window as any).__uspapi('getUSPData', 1, (v: unknown) => done(v))
          )
      )
    ).toEqual({ version: 1, uspString: '1YNN' })
    expect(
      await page.evaluate(() => (window as { __violations?: string[] }).__violations)
    ).toEqual([])
    expect(seen.pageErrors).toEqual([])
  })

  test('invariant: blocked cookies never break the page; the choice lasts the page view', async ({
    page
  }) => {
    const seen = watch(page)
    await page.goto('/fixtures/sandboxed.html')
    const frame = page.frameLocator('iframe').owner()
    await expect(frame).toBeVisible()
    const inner = page.frames().find((f) => f.url().includes('sandboxed-inner'))!
    await inner.waitForFunction(() => typeof window.Consentry !== 'undefined')
    expect(await inner.evaluate(() => window.Consentry!.getState().decided)).toBe(false)
    await inner.evaluate(() => window.Consentry!.acceptAll())
    await expect
      .poll(() => inner.evaluate(() => window.__ran ?? []))
      .toEqual(['statistical'])
    expect(await inner.evaluate(() => window.Consentry!.getState().decided)).toBe(true)
    expect(seen.pageErrors).toEqual([])
    expect(seen.warnings.some((w) => w.includes('cookies are unavailable'))).toBe(true)
  })

  test('including the script twice keeps the first instance', async ({ page }) => {
    const seen = watch(page)
    await page.goto('/fixtures/spa.html')
    const same = await page.evaluate(async () => {
      const first = window.Consentry
      await new Promise((done) => {
        const s = document.createElement('script')
        s.src = '/dist/consentry.js'
        s.onload = done
        document.head.append(s)
      })
      return window.Consentry === first
    })
    expect(same).toBe(true)
    expect(seen.warnings).toContain(
      'Consentry: the script is included twice; the second copy does nothing.'
    )
  })
})
