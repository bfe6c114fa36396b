import { GppModel } from '@iabgpp/cmpapi'
import { expect, test, type Page } from '@playwright/test'
import { confirmOptOut, decide, distRequests, ran, visitOnce } from './helpers'

const gppCall = (page: Page, command: string, parameter?: string) =>
  page.evaluate(
    ([command, parameter]) =>
      new Promise((done) =>
        (window as unknown as { __gpp: (...call: unknown[]) => void }).__gpp(
          command,
          (value: unknown, success: boolean) => done({ value, success }),
          parameter
        )
      ),
    [command, parameter] as const
  )
const usp = (page: Page) =>
  page.evaluate(
    () =>
      new Promise((done) =>
        (window as any).__uspapi('getUSPData', 1, (v: unknown, ok: boolean) =>
          done({ v, ok })
        )
      )
  )

test.describe('US opt-outs: GPC, IAB GPP and the US Privacy string', () => {
  test('invariant: GPC opts a Californian out before any tag runs, and every signal says so', async ({
    page,
    context
  }) => {
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
        get: () => true
      })
    )
    const requests: string[] = []
    page.on(
      'request',
      (r) => r.url().includes('record.js') && requests.push(new URL(r.url()).search)
    )
    await page.goto('/fixtures/gpp.html?region=US-CA')
    await expect.poll(() => ran(page)).toEqual(['statistical'])
    expect(requests).toEqual(['?stat'])
    expect(await page.evaluate(() => window.Consentry!.getState())).toMatchObject({
      regime: 'us',
      method: 'gpc',
      gpc: true,
      optOut: { sale: true, share: true },
      categories: { marketing: false }
    })
    expect(await usp(page)).toEqual({ v: { version: 1, uspString: '1YYN' }, ok: true })
    expect((await context.cookies()).find((c) => c.name === 'usprivacy')?.value).toBe(
      '1YYN'
    )
    const ping = (await gppCall(page, 'ping')) as {
      value: { gppString: string; applicableSections: number[]; signalStatus: string }
    }
    expect(ping.value).toMatchObject({
      gppVersion: '1.1',
      cmpStatus: 'loaded',
      signalStatus: 'ready',
      applicableSections: [8],
      sectionList: [6, 7, 8]
    })
    // The IAB's own decoder reads the same opt-out.
    const model = new GppModel(ping.value.gppString)
    for (const field of ['SaleOptOut', 'SharingOptOut', 'TargetedAdvertisingOptOut']) {
      expect(model.getFieldValue('usnat', field)).toBe(1)
    }
    expect(model.getFieldValue('usnat', 'Gpc')).toBe(true)
    expect(model.getFieldValue('usca', 'SaleOptOut')).toBe(1)
    expect(await gppCall(page, 'getField', 'usnat.SaleOptOut')).toEqual({
      value: 1,
      success: true
    })
    // Consent Mode reads the same opt-out.
    const gcm = await page.evaluate(() => Array.from((window as any).dataLayer[0]))
    expect(gcm[2]).toMatchObject({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied'
    })
    // And the dialog says it was honoured.
    await page
      .getByRole('link', { name: 'Do Not Sell or Share My Personal Information' })
      .click()
    await expect(page.getByRole('dialog').getByRole('status')).toContainText(
      'Opt-Out Request Honored'
    )
  })

  test('invariant: a returning Californian fetches the GPP file beside the first file, no engine, and every signal carries the stored choice', async ({
    page,
    context
  }) => {
    // A first view that decides, on a site covered by the MSPA (the signals report it).
    await visitOnce(page, '/fixtures/gpp.html?region=US-CA&mspa=1&reload=0')
    await decide(page, 'optOut', { sale: true, share: true })
    const requests = distRequests(page)
    await page.reload()
    // The page's IAB stub queued calls before Consentry loaded: answered from the cookie.
    await expect
      .poll(() => page.evaluate(() => (window as any).__answers.slice(0, 2)))
      .toEqual([
        ['first', 1, true],
        ['second', true, true]
      ])
    expect(await usp(page)).toEqual({ v: { version: 1, uspString: '1YYY' }, ok: true })
    const ping = (await gppCall(page, 'ping')) as {
      value: { gppString: string; signalStatus: string; cmpStatus: string }
    }
    expect(ping.value).toMatchObject({ cmpStatus: 'loaded', signalStatus: 'ready' })
    const model = new GppModel(ping.value.gppString)
    expect(model.getFieldValue('usnat', 'SaleOptOut')).toBe(1)
    expect(model.getFieldValue('usnat', 'SharingOptOut')).toBe(1)
    expect(model.getFieldValue('usnat', 'MspaCoveredTransaction')).toBe(1)
    expect((await context.cookies()).find((c) => c.name === 'usprivacy')?.value).toBe(
      '1YYY'
    )
    expect(await ran(page)).toEqual(['statistical'])
    expect(requests).toEqual(['/dist/consentry.js', '/dist/consentry-gpp.js'])
    // A decision brings the engine, which drives the same APIs: a listener hears it, and
    // the GPP file is not fetched or started again.
    await page.evaluate(() => {
      ;(window as any).__events = []
      ;(window as any).__gpp(
        'addEventListener',
        (e: { eventName: string; data: unknown }) =>
          (window as any).__events.push(`${e.eventName}:${e.data}`)
      )
    })
    await decide(page, 'optOut', { sale: false, share: false })
    expect(requests).toEqual([
      '/dist/consentry.js',
      '/dist/consentry-gpp.js',
      '/dist/consentry-engine.js'
    ])
    expect(await page.evaluate(() => (window as any).__events)).toEqual([
      'listenerRegistered:true',
      'sectionChange:uspv1',
      'sectionChange:usnat',
      'sectionChange:usca'
    ])
    expect(await usp(page)).toEqual({ v: { version: 1, uspString: '1YNY' }, ok: true })
    await expect.poll(() => ran(page)).toEqual(['statistical', 'facebook'])
  })

  test('a returning view in Virginia with no GPP reader yet: the GPP file comes once the page is idle, and the USP cookie is kept', async ({
    page,
    context
  }) => {
    await visitOnce(page, '/fixtures/gpp.html?region=US-VA&stub=0')
    await decide(page, 'acceptAll')
    await context.clearCookies({ name: 'usprivacy' })
    const requests = distRequests(page)
    await page.reload()
    await expect.poll(() => requests).toContain('/dist/consentry-gpp.js')
    await expect
      .poll(async () => (await context.cookies()).find((c) => c.name === 'usprivacy'))
      .toMatchObject({ value: '1YNN' })
    expect(await usp(page)).toEqual({ v: { version: 1, uspString: '1YNN' }, ok: true })
    expect(await gppCall(page, 'getField', 'usnat.SaleOptOut')).toEqual({
      value: 2,
      success: true
    })
    await page.waitForTimeout(300)
    expect(requests).toEqual(['/dist/consentry.js', '/dist/consentry-gpp.js'])
  })

  test('a US visitor who never chose: later views fetch the GPP file, not the engine, until GPC is there to record', async ({
    page,
    context
  }) => {
    await visitOnce(page, '/fixtures/gpp.html?region=US-VA&stub=0')
    let requests = distRequests(page)
    await page.reload()
    await expect.poll(() => requests).toContain('/dist/consentry-gpp.js')
    await page.waitForTimeout(300)
    expect(requests).toEqual(['/dist/consentry.js', '/dist/consentry-gpp.js'])
    // The regime's defaults: nothing decided, nothing opted out, every tag runs.
    expect(await page.evaluate(() => window.Consentry!.getState())).toMatchObject({
      decided: false,
      regime: 'us',
      optOut: { sale: false, share: false }
    })
    expect(await ran(page)).toEqual(['facebook', 'statistical'])
    expect(await usp(page)).toEqual({ v: { version: 1, uspString: '1YNN' }, ok: true })
    // The visitor turns Global Privacy Control on, and comes back: that opt-out is recorded,
    // by the engine. (The first tab goes first: it would hear the decision and reload.)
    await page.close()
    const next = await context.newPage()
    await next.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
        get: () => true
      })
    )
    requests = distRequests(next)
    await next.goto('/fixtures/gpp.html?region=US-VA&stub=0')
    await expect
      .poll(() => next.evaluate(() => window.Consentry!.getState().method))
      .toBe('gpc')
    expect(requests).toContain('/dist/consentry-engine.js')
    expect(await ran(next)).toEqual(['statistical'])
  })

  test('calls queued on the IAB stub before Consentry loaded are answered in order', async ({
    page
  }) => {
    await page.goto('/fixtures/gpp.html?region=US-TX')
    const answers = await page.evaluate(() => (window as any).__answers)
    expect(answers.slice(0, 3)).toEqual([
      ['first', 2, true],
      ['second', false, true],
      ['event', 'listenerRegistered', true]
    ])
    expect(answers).toContainEqual(['event', 'signalStatus', 'ready'])
  })

  test("outside the US, the page's IAB stub is taken over: its calls are answered on a first and a returning view, which fetches the GPP file and no engine", async ({
    page
  }) => {
    const answered = () =>
      page.evaluate(() =>
        (window as any).__answers.slice(0, 3).map((a: unknown[]) => a[0] + ':' + a[2])
      )
    // A first visit behind the banner file's banner: the queued calls fetch the engine.
    await page.goto('/fixtures/gpp.html?region=DE&show=1')
    const banner = page.getByRole('region', { name: 'Your privacy choices' })
    await expect(banner).toBeVisible()
    await expect.poll(answered).toEqual(['first:true', 'second:true', 'event:true'])
    await banner.getByRole('button', { name: 'Accept all' }).click()
    await expect.poll(() => ran(page)).toEqual(['facebook', 'statistical'])
    // A returning view: the first file alone until a GPP reader calls, then the GPP file
    // (a stored choice leaves nothing for the engine to decide or show).
    const requests = distRequests(page)
    await page.reload()
    await expect.poll(answered).toEqual(['first:true', 'second:true', 'event:true'])
    expect(await page.evaluate(() => typeof (window as any).__gpp.queue)).toBe('object')
    expect(await gppCall(page, 'ping')).toMatchObject({
      value: {
        cmpStatus: 'loaded',
        cmpDisplayStatus: 'hidden',
        signalStatus: 'ready',
        applicableSections: [-1]
      }
    })
    await page.waitForTimeout(300)
    expect(requests).toEqual(['/dist/consentry.js', '/dist/consentry-gpp.js'])
  })

  test('the opt-out link flow: sale and sharing stop, and __gpp, __uspapi and listeners agree', async ({
    page,
    context
  }) => {
    await page.goto('/fixtures/gpp.html?region=US-CA')
    await expect.poll(() => ran(page)).toEqual(['facebook', 'statistical'])
    expect(await usp(page)).toEqual({ v: { version: 1, uspString: '1YNN' }, ok: true })
    await page.evaluate(() => {
      ;(window as any).__events = []
      ;(window as any).__gpp(
        'addEventListener',
        (e: { eventName: string; data: unknown }) =>
          (window as any).__events.push([e.eventName, e.data])
      )
    })
    await page
      .getByRole('link', { name: 'Do Not Sell or Share My Personal Information' })
      .click()
    // Facebook ran by default and is withdrawn by the opt-out: the page reloads once.
    await confirmOptOut(page)
    expect(await ran(page)).toEqual(['statistical'])
    expect(await usp(page)).toEqual({ v: { version: 1, uspString: '1YYN' }, ok: true })
    expect((await context.cookies()).find((c) => c.name === 'usprivacy')?.value).toBe(
      '1YYN'
    )
    expect(await gppCall(page, 'getField', 'usca.SharingOptOut')).toEqual({
      value: 1,
      success: true
    })
    expect(await gppCall(page, 'getSection', 'uspv1')).toMatchObject({
      value: { OptOutSale: 'Y' },
      success: true
    })
  })

  test('listeners hear sectionChange on a change, and can be removed', async ({
    page
  }) => {
    // No reload on withdrawal here: the opt-out would otherwise reload mid-evaluate.
    await page.goto('/fixtures/gpp.html?region=US-CO&reload=0')
    // A first decision fetches the engine (this first view ran on the validator alone), so
    // that the ones below are made at once, inside one evaluate.
    await decide(page, 'optOut', { sale: false })
    const events = await page.evaluate(async () => {
      const seen: string[] = []
      let id = 0
      ;(window as any).__gpp(
        'addEventListener',
        (e: { eventName: string; listenerId: number; data: unknown }) => {
          id = e.listenerId
          seen.push(`${e.eventName}:${e.data}`)
        }
      )
      window.Consentry!.optOut({ sale: true })
      const removed = await new Promise((done) =>
        (window as any).__gpp('removeEventListener', done, id)
      )
      window.Consentry!.optOut({ sale: false })
      return { seen, removed }
    })
    expect(events.seen).toEqual([
      'listenerRegistered:true',
      'sectionChange:uspv1',
      'sectionChange:usnat'
    ])
    expect(events.removed).toBe(true)
  })

  test('a nested frame reads __gpp and __uspapi through the locator frames', async ({
    page
  }) => {
    await page.goto('/fixtures/gpp.html?region=US-CA')
    await page.evaluate(() => {
      const frame = document.createElement('iframe')
      frame.src = '/fixtures/gpp-frame.html'
      frame.title = 'ad'
      document.body.append(frame)
    })
    const frame = page.frameLocator('iframe[title="ad"]')
    await expect(frame.locator('body')).toBeAttached()
    const inner = page.frames().find((f) => f.url().includes('gpp-frame'))!
    await expect
      .poll(() => inner.evaluate(() => Object.keys((window as any).__results).sort()))
      .toEqual(['field', 'ping', 'usp'])
    const results = await inner.evaluate(() => (window as any).__results)
    expect(results.field).toEqual({ returnValue: 2, success: true, callId: 'field' })
    expect(results.ping.returnValue).toMatchObject({
      gppVersion: '1.1',
      applicableSections: [8]
    })
    expect(results.usp.returnValue).toEqual({ version: 1, uspString: '1YNN' })
  })

  test('outside the US the API is present, with no section: applicableSections [-1], 1---', async ({
    page
  }) => {
    await page.goto('/fixtures/gpp.html?region=DE')
    const ping = (await gppCall(page, 'ping')) as {
      value: { applicableSections: number[]; sectionList: number[]; gppString: string }
    }
    expect(ping.value).toMatchObject({ applicableSections: [-1], sectionList: [] })
    expect(new GppModel(ping.value.gppString).getHeader().SectionIds).toEqual([])
    expect(await usp(page)).toEqual({ v: { version: 1, uspString: '1---' }, ok: true })
  })

  test('regions map to regimes in the browser', async ({ page }) => {
    const table: Record<string, string> = {}
    for (const region of [
      'DE',
      'FR',
      'GB',
      'CH',
      'BR',
      'US-CA',
      'US-VA',
      'US-TX',
      'US-AL',
      'JP',
      ''
    ]) {
      await page.goto(`/fixtures/gpp.html?region=${region}`)
      table[region || '(unknown)'] = await page.evaluate(
        () => window.Consentry!.getState().regime
      )
    }
    expect(table).toEqual({
      DE: 'gdpr',
      FR: 'gdpr',
      GB: 'gdpr',
      CH: 'gdpr',
      BR: 'gdpr',
      'US-CA': 'us',
      'US-VA': 'us',
      'US-TX': 'us',
      'US-AL': 'us',
      JP: 'gdpr',
      '(unknown)': 'gdpr'
    })
  })
})
