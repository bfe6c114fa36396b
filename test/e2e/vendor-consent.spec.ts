import { expect, test, type Page } from '@playwright/test'

const queues = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as {
      fbq: { queue: IArguments[] }
      uetq: unknown[]
      ttq: unknown[]
    }
    return {
      fbq: w.fbq.queue.map((a) => Array.from(a)),
      uetq: w.uetq.slice(),
      ttq: Array.from(w.ttq).map((e) => JSON.stringify(e))
    }
  })

test.describe("vendors' own consent calls", () => {
  test('invariant: each vendor is told "denied" before its tag initialises', async ({
    page
  }) => {
    await page.goto('/fixtures/vendor-apis.html')
    const q = await queues(page)
    expect(q.fbq).toEqual([
      ['consent', 'revoke'],
      ['init', '1234567890'],
      ['track', 'PageView']
    ])
    expect(q.uetq).toEqual([
      'consent',
      'default',
      { ad_storage: 'denied' },
      'event',
      'page_view',
      {}
    ])
    expect(q.ttq).toEqual(['["holdConsent"]', '["load","PIXEL"]', '["page"]'])
  })

  test('granting and withdrawing are signalled through each API', async ({ page }) => {
    await page.goto('/fixtures/vendor-apis.html')
    await page.evaluate(() => window.Consentry!.acceptAll())
    let q = await queues(page)
    expect(q.fbq.at(-1)).toEqual(['consent', 'grant'])
    expect(q.uetq.slice(-3)).toEqual(['consent', 'update', { ad_storage: 'granted' }])
    expect(q.ttq.at(-1)).toBe('["grantConsent"]')
    await page.evaluate(() =>
      window.Consentry!.save({ vendors: { facebook: false, bing: false, tiktok: false } })
    )
    q = await queues(page)
    expect(q.fbq.at(-1)).toEqual(['consent', 'revoke'])
    expect(q.uetq.slice(-3)).toEqual(['consent', 'update', { ad_storage: 'denied' }])
    expect(q.ttq.at(-1)).toBe('["revokeConsent"]')
  })

  test('a returning visitor who granted: the first instruction is "grant"', async ({
    page
  }) => {
    await page.goto('/fixtures/vendor-apis.html')
    await page.evaluate(() => window.Consentry!.acceptAll())
    await page.reload()
    const q = await queues(page)
    expect(q.fbq[0]).toEqual(['consent', 'grant'])
    expect(q.uetq.slice(0, 6)).toEqual([
      'consent',
      'default',
      { ad_storage: 'denied' },
      'consent',
      'update',
      { ad_storage: 'granted' }
    ])
    expect(q.ttq[0]).toBe('["grantConsent"]')
  })
})
