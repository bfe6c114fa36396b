import { expect, test, type Page } from '@playwright/test'
import { decide, visitOnce } from './helpers'

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
    await decide(page, 'acceptAll')
    let q = await queues(page)
    expect(q.fbq.at(-1)).toEqual(['consent', 'grant'])
    expect(q.uetq.slice(-3)).toEqual(['consent', 'update', { ad_storage: 'granted' }])
    expect(q.ttq.at(-1)).toBe('["grantConsent"]')
    await decide(page, 'save', {
      vendors: { facebook: false, bing: false, tiktok: false }
    })
    q = await queues(page)
    expect(q.fbq.at(-1)).toEqual(['consent', 'revoke'])
    expect(q.uetq.slice(-3)).toEqual(['consent', 'update', { ad_storage: 'denied' }])
    expect(q.ttq.at(-1)).toBe('["revokeConsent"]')
  })

  test('a returning visitor who granted: the first instruction is "grant"', async ({
    page
  }) => {
    await page.goto('/fixtures/vendor-apis.html')
    await decide(page, 'acceptAll')
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

test.describe('Facebook Limited Data Use under US opt-outs', () => {
  test('first view: revoke before init (fail closed) until the engine knows the regime', async ({
    page
  }) => {
    await visitOnce(page, '/fixtures/vendor-apis.html?region=US-CA')
    const q = await queues(page)
    expect(q.fbq.slice(0, 2)).toEqual([
      ['consent', 'revoke'],
      ['init', '1234567890']
    ])
    expect(q.fbq).toContainEqual(['consent', 'grant'])
  })

  test('not opted out: consent granted and LDU off, before init', async ({ page }) => {
    await visitOnce(page, '/fixtures/vendor-apis.html?region=US-CA')
    await page.goto('/fixtures/vendor-apis.html?region=US-CA')
    const q = await queues(page)
    expect(q.fbq.slice(0, 3)).toEqual([
      ['consent', 'grant'],
      ['dataProcessingOptions', []],
      ['init', '1234567890']
    ])
  })

  test('GPC: revoke and LDU before init; opting out later switches LDU on', async ({
    page
  }) => {
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
        get: () => true
      })
    )
    await visitOnce(page, '/fixtures/vendor-apis.html?region=US-CA')
    await page.goto('/fixtures/vendor-apis.html?region=US-CA')
    const q = await queues(page)
    expect(q.fbq.slice(0, 3)).toEqual([
      ['consent', 'revoke'],
      ['dataProcessingOptions', ['LDU'], 0, 0],
      ['init', '1234567890']
    ])
  })

  test('an opt-out by the visitor sends LDU and revoke; opting back in lifts both', async ({
    page
  }) => {
    await page.goto('/fixtures/vendor-apis.html?region=US-TX')
    // A first view with nothing to decide loads the validator, not the engine: the first
    // decision waits for the engine.
    await decide(page, 'optOut', { sale: true, share: true })
    let q = await queues(page)
    expect(q.fbq.slice(-2)).toEqual([
      ['consent', 'revoke'],
      ['dataProcessingOptions', ['LDU'], 0, 0]
    ])
    await page.evaluate(() => window.Consentry!.optOut({ sale: false, share: false }))
    q = await queues(page)
    expect(q.fbq.slice(-2)).toEqual([
      ['consent', 'grant'],
      ['dataProcessingOptions', []]
    ])
  })
})

test('data-gpc="1" from the server is a GPC signal before any script reads navigator', async ({
  page
}) => {
  await page.route('**/fixtures/data-gpc.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><head><title>x</title><script src="/dist/consentry.js" data-region="US-CA" data-gpc="1"></script></head><body><main>x</main></body></html>'
    })
  )
  await page.goto('/fixtures/data-gpc.html')
  expect(await page.evaluate(() => window.Consentry!.getState())).toMatchObject({
    gpc: true,
    method: 'gpc',
    optOut: { sale: true }
  })
})
