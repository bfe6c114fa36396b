import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { decide, emptyScripts, ran, visitOnce } from './helpers'

const VENDOR_HOSTS =
  /^https:\/\/([^/]*\.)?(google-analytics\.com|facebook\.net|facebook\.com|criteo\.net|yandex\.ru|youtube\.com|bing\.com)\//

/** Stands in for every vendor host: records each request, answers like the real tag. */
async function standIns(context: BrowserContext) {
  const requests: string[] = []
  await context.route(VENDOR_HOSTS, async (route) => {
    const url = new URL(route.request().url())
    const label = `${url.hostname}${url.pathname}?${url.search.slice(1).split('&').pop()}`
    requests.push(label)
    if (url.pathname.endsWith('.js')) {
      const cookie = url.hostname.includes('google')
        ? '_ga'
        : url.hostname.includes('facebook')
          ? '_fbp'
          : url.hostname.includes('criteo')
            ? 'cto_bundle'
            : url.hostname.includes('yandex')
              ? '_ym_uid'
              : '_uetsid'
      await route.fulfill({
        contentType: 'text/javascript',
        body: `;(window.__ran = window.__ran || []).push(${JSON.stringify(label)}); document.cookie = '${cookie}=1; path=/'`
      })
    } else if (url.pathname.startsWith('/tr')) {
      await route.fulfill({
        contentType: 'image/gif',
        body: Buffer.from(
          'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7',
          'base64'
        )
      })
    } else {
      await route.fulfill({ contentType: 'text/html', body: '<p>stand-in embed</p>' })
    }
  })
  return requests
}

/** Whether test/fixtures/vendor.css (the chat widget's stylesheet) applies: '1' or ''. */
const vendorCss = (page: Page) =>
  page.evaluate(() =>
    getComputedStyle(document.body).getPropertyValue('--vendor-css-loaded').trim()
  )

test.describe('auto-blocking by vendor host, with no markup', () => {
  test('invariant: no insertion path runs a vendor tag or sets its cookie before a choice', async ({
    page,
    context
  }) => {
    const requests = await standIns(context)
    await page.goto('/fixtures/autoblock.html')
    await page.waitForLoadState('load')
    await page.waitForTimeout(300)
    expect(await ran(page)).toEqual(['own'])
    const cookies = (await context.cookies()).map((c) => c.name)
    expect(
      cookies.filter((c) =>
        ['_ga', '_fbp', 'cto_bundle', '_ym_uid', '_uetsid'].includes(c)
      )
    ).toEqual([])
    // Every path by code or by HTML string makes no request at all. (A tag written in the
    // page's own HTML may be fetched by the browser's preload scanner, but never runs.)
    expect(requests.filter((r) => !r.endsWith('?html'))).toEqual([])
    const held = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-consent]')).map(
        (e) => `${e.localName}:${e.getAttribute('data-vendor')}`
      )
    )
    expect(held).toEqual(
      expect.arrayContaining([
        'script:google-analytics',
        'script:facebook',
        'script:criteo',
        'script:yandex-metrica',
        'iframe:youtube',
        'img:facebook',
        'script:bing',
        'link:facebook',
        'link:criteo',
        'link:null'
      ])
    )
    // The chat widget's stylesheet, from a host the site maps, is not applied either.
    expect(await vendorCss(page)).toBe('')
    // The held iframe gets its contextual-consent placeholder.
    await expect(page.getByRole('group', { name: 'YouTube' })).toBeVisible()
  })

  test("invariant: what a granted category's own code adds from a denied vendor's host is held too, on a first visit and a returning one", async ({
    page,
    context
  }) => {
    const requests = await standIns(context)
    await page.goto('/fixtures/autoblock-gated.html')
    await decide(page, 'save', { categories: { statistical: true } })
    await expect.poll(() => ran(page)).toEqual(['statistical'])
    // The returning view releases the statistical tag while the page is parsed.
    await page.reload()
    await expect.poll(() => ran(page)).toEqual(['statistical'])
    await page.waitForLoadState('load')
    expect(requests).toEqual([])
    await decide(page, 'save', { categories: { marketing: true } })
    await expect
      .poll(() => [...requests].sort())
      .toEqual([
        'connect.facebook.net/en_US/fbevents.js?inside',
        'www.facebook.com/tr?inside'
      ])
  })

  test('granting releases the held tags once each, in document order', async ({
    page,
    context
  }) => {
    const requests = await standIns(context)
    await page.goto('/fixtures/autoblock.html')
    await page.waitForLoadState('load')
    const order = await page.evaluate(() =>
      Array.from(document.querySelectorAll('script[data-consent]')).map((s) => {
        const url = new URL(s.getAttribute('src')!)
        return `${url.hostname}${url.pathname}?${url.search.slice(1)}`
      })
    )
    await page.evaluate(() => window.Consentry!.acceptAll())
    await expect.poll(async () => (await ran(page)).length).toBe(order.length + 1)
    expect((await ran(page)).filter((r) => r !== 'own')).toEqual(
      order.map((o) => (o.includes('chat.example') ? 'chat' : o))
    )
    await expect.poll(() => requests.some((r) => r.includes('/tr?image'))).toBe(true)
    // The held preload goes out now, as its page asked.
    await expect
      .poll(() => requests.includes('connect.facebook.net/en_US/sdk.js?preload'))
      .toBe(true)
    expect(requests.filter((r) => r.includes('/embed/'))).toEqual([
      'www.youtube.com/embed/abc?inner'
    ])
    expect((await context.cookies()).map((c) => c.name)).toEqual(
      expect.arrayContaining(['_ga', '_fbp', 'cto_bundle', '_ym_uid', '_uetsid'])
    )
  })

  test('"Reject all" keeps every vendor request away; only granted vendors load', async ({
    page,
    context
  }) => {
    const requests = await standIns(context)
    await page.goto('/fixtures/autoblock.html')
    await page.waitForLoadState('load')
    await decide(page, 'rejectAll')
    await page.waitForTimeout(300)
    expect(requests.filter((r) => !r.endsWith('?html'))).toEqual([])
    await page.evaluate(() =>
      window.Consentry!.save({ categories: { statistical: true } })
    )
    await expect
      .poll(() => ran(page))
      .toEqual(
        expect.arrayContaining([
          'www.google-analytics.com/analytics.js?html',
          'mc.yandex.ru/metrika/tag.js?insertBefore'
        ])
      )
    expect(
      requests.some(
        (r) => r.includes('facebook') || r.includes('criteo') || r.includes('bing')
      )
    ).toBe(false)
  })

  test('a host the site maps to a category is held until that category is granted', async ({
    page,
    context
  }) => {
    await standIns(context)
    await page.goto('/fixtures/autoblock.html')
    await page.waitForLoadState('load')
    expect(await ran(page)).not.toContain('chat')
    expect(
      await page.locator('script[data-name="chat"]').getAttribute('data-consent')
    ).toBe('personalisation')
    await page.evaluate(() =>
      window.Consentry!.save({ categories: { personalisation: true } })
    )
    await expect.poll(() => ran(page)).toContain('chat')
    await expect.poll(() => vendorCss(page)).toBe('1')
    expect((await ran(page)).filter((r) => r.includes('facebook'))).toEqual([])
  })

  test('a returning visitor who granted: held tags run by themselves', async ({
    page,
    context
  }) => {
    await standIns(context)
    await page.goto('/fixtures/autoblock.html')
    await decide(page, 'acceptAll')
    await page.reload()
    await expect.poll(async () => (await ran(page)).length).toBeGreaterThan(5)
    expect(await ran(page)).toEqual(
      expect.arrayContaining([
        'www.google-analytics.com/analytics.js?html',
        'connect.facebook.net/en_US/fbevents.js?append'
      ])
    )
  })

  test('invariant: with everything granted auto-blocking is idle, and starts the moment something is withdrawn', async ({
    page,
    context
  }) => {
    const facebook = await emptyScripts(context, 'https://connect.facebook.net/**')
    const patched = () =>
      page.evaluate(
        () =>
          !String(
            Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src')!.set
          ).includes('[native code]')
      )
    const insert = () =>
      page.evaluate(() => {
        const s = document.createElement('script')
        s.src = 'https://connect.facebook.net/en_US/fbevents.js'
        document.head.append(s)
        return s.type
      })
    await visitOnce(page, '/fixtures/accept-all.html')
    expect(await patched()).toBe(true)
    await page.evaluate(() => window.Consentry!.acceptAll())
    await page.reload()
    // A returning visitor who accepted all: nothing to hold, nothing patched.
    expect(await patched()).toBe(false)
    expect(await insert()).toBe('')
    await expect.poll(() => facebook.length).toBe(1)
    // Withdrawn without a reload: from then on, the vendor's tags are held.
    await page.evaluate(() => window.Consentry!.save({ vendors: { facebook: false } }))
    await expect.poll(patched).toBe(true)
    expect(await insert()).toBe('text/plain')
    await page.waitForTimeout(300)
    expect(facebook.length).toBe(1)
  })
})
