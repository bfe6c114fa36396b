import { expect, test } from '@playwright/test'
import {
  decide,
  distRequests,
  emptyScripts,
  keptRecords,
  outbox,
  ran,
  receivedRecords,
  visitOnce,
  watch
} from './helpers'

/** The config key stamped in the stored choice, if any (see `encodeChoice`). */
async function stamp(page: import('@playwright/test').Page): Promise<string | undefined> {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'consentry')
  const fields = cookie?.value.split('.') ?? []
  return fields.length === 11 ? fields[9] : undefined
}

/** The copies of the consent cookie in the browser, as `domain` + `path`, sorted. */
async function consentCopies(context: import('@playwright/test').BrowserContext) {
  return (await context.cookies())
    .filter((c) => c.name === 'consentry')
    .map((c) => `${c.domain}${c.path}`)
    .sort()
}

/**
 * Reloads the page as the returning view and lets it settle (its `load`, then `settle`
 * ms): the files of `/dist/` the view asked for, still collected after.
 */
async function reloadReturning(
  page: import('@playwright/test').Page,
  settle: number
): Promise<string[]> {
  const requests = distRequests(page)
  await page.reload()
  await page.waitForLoadState('load')
  await page.waitForTimeout(settle)
  return requests
}

test.describe('returning visitors: the first file alone', () => {
  test('invariant: a returning visitor downloads consentry.js alone and its gated tags run in the same task', async ({
    page
  }) => {
    await visitOnce(page, '/fixtures/returning.html')
    await page.evaluate(() => window.Consentry!.acceptAll())
    const requests = await reloadReturning(page, 200)
    expect(requests).toEqual(['/dist/consentry.js'])
    // Released while the parser was still at Consentry's script: before the next tag.
    expect((await ran(page)).slice(0, 2)).toEqual(['gated', 'next'])
    expect(await page.evaluate(() => window.Consentry!.getState().method)).toBe('stored')
    // The record of the decision, as the engine made it.
    expect(await page.evaluate(() => window.Consentry!.getRecord())).toMatchObject({
      id: await page.evaluate(() => window.Consentry!.getState().id),
      method: 'api',
      language: 'en',
      categories: { statistical: true, marketing: true }
    })
  })

  test('invariant: a config that changed since it was remembered is validated before anything it maps runs', async ({
    page,
    context
  }) => {
    const chat = await emptyScripts(context, 'https://chat.example/**')
    await visitOnce(page, '/fixtures/returning.html')
    await page.evaluate(() =>
      window.Consentry!.save({ categories: { statistical: true } })
    )
    // Without a mapping the chat widget is nobody's: it loads.
    await expect.poll(() => chat.length).toBe(1)
    chat.length = 0
    const before = await stamp(page)
    expect(before).toBeDefined()
    const requests = distRequests(page)
    await page.goto('/fixtures/returning.html?hosts=marketing')
    await page.waitForLoadState('load')
    await expect.poll(() => requests).toContain('/dist/consentry-engine.js')
    await expect.poll(async () => ran(page)).toContain('gated')
    await page.waitForTimeout(300)
    expect(chat).toEqual([])
    // The engine validated the new text and stamped the choice with its key: the next
    // view of it needs the first file alone.
    await expect.poll(() => stamp(page)).not.toBe(before)
    requests.length = 0
    await page.reload()
    await page.waitForLoadState('load')
    await page.waitForTimeout(200)
    expect(requests).toEqual(['/dist/consentry.js'])
    expect((await ran(page)).slice(0, 2)).toEqual(['gated', 'next'])
  })

  test('invariant: a record kept while offline is sent by the next view, with nothing else to decide; an empty outbox fetches nothing', async ({
    context
  }) => {
    // The visitor decides offline and leaves before the browser is back online.
    const first = await context.newPage()
    await visitOnce(first, '/fixtures/returning.html?records=1')
    await context.setOffline(true)
    await decide(first, 'acceptAll')
    const id = await first.evaluate(() => window.Consentry!.getState().id!)
    expect((await keptRecords(first)).outbox).toMatchObject([{ record: { id } }])
    // Left while still offline: closing the page itself would detach the test's offline
    // emulation first, and the page, back online for a moment, could send the record.
    await first.goto('about:blank')
    await first.close()
    await context.setOffline(false)
    // The returning view releases its tags on the stored choice and, once idle, finds the
    // record waiting: the engine comes to send it.
    const page = await context.newPage()
    const requests = distRequests(page)
    await page.goto('/fixtures/returning.html?records=1')
    expect((await ran(page)).slice(0, 2)).toEqual(['gated', 'next'])
    await expect.poll(() => receivedRecords(page, id)).toHaveLength(1)
    await expect.poll(() => outbox(page)).toBeNull()
    expect(requests).toEqual(['/dist/consentry.js', '/dist/consentry-engine.js'])
    // The outbox is empty: the next view is the first file alone, and sends nothing again.
    expect(await reloadReturning(page, 300)).toEqual(['/dist/consentry.js'])
    expect(await receivedRecords(page, id)).toHaveLength(1)
  })

  test('a record kept while offline is sent when the browser is back online, without a new page view', async ({
    page,
    context
  }) => {
    await visitOnce(page, '/fixtures/returning.html?records=1')
    await context.setOffline(true)
    await decide(page, 'rejectAll')
    const id = await page.evaluate(() => window.Consentry!.getState().id!)
    expect(await outbox(page)).toContain(id)
    await context.setOffline(false)
    await expect
      .poll(() => receivedRecords(page, id))
      .toMatchObject([{ id, method: 'api' }])
    await expect.poll(() => outbox(page)).toBeNull()
  })

  test('invariant: a record the endpoint failed three times is held: later views fetch the engine for it only when it is due (a day, then two), and the next view that runs the engine sends it', async ({
    page,
    context
  }) => {
    // The page's own endpoint answers 500: every send fails, and the record stays (a
    // beacon, whose answer no one sees, would have lost it on the first).
    let posts = 0
    await context.route('**/records', (route) =>
      route.request().method() === 'POST'
        ? (posts++, route.fulfill({ status: 500, body: '' }))
        : route.fallback()
    )
    const tries = async () => {
      const lists = await keptRecords(page)
      return [lists.outbox, lists.held].map((list) => list.map((kept) => kept.tries))
    }
    await visitOnce(page, '/fixtures/returning.html?records=1')
    await decide(page, 'acceptAll')
    const id = await page.evaluate(() => window.Consentry!.getState().id!)
    await expect.poll(() => posts).toBe(1)
    expect(await tries()).toEqual([[1], []])
    // Two returning views find it in the outbox and fetch the engine to try again.
    for (const [attempt, expected] of [
      [2, [[2], []]],
      [3, [[], [3]]]
    ] as const) {
      const requests = distRequests(page)
      await page.reload()
      await expect.poll(() => posts).toBe(attempt)
      await expect.poll(tries).toEqual(expected)
      expect(requests).toEqual(['/dist/consentry.js', '/dist/consentry-engine.js'])
    }
    // Held: the next view is the first file alone, and tries nothing.
    expect(await reloadReturning(page, 300)).toEqual(['/dist/consentry.js'])
    expect(posts).toBe(3)
    // A day later (its due time moved back a day here, as the clock would move on), a
    // view fetches the engine, tries once more, and holds it for two days.
    const held = () =>
      page.evaluate(
        () => JSON.parse(localStorage.getItem('consentry:outbox:held')!)[0].due as number
      )
    expect((await held()) - Date.now()).toBeGreaterThan(864e5 - 60_000)
    await page.evaluate(() => {
      const list = JSON.parse(localStorage.getItem('consentry:outbox:held')!)
      list[0].due -= 864e5
      localStorage.setItem('consentry:outbox:held', JSON.stringify(list))
    })
    const requests = distRequests(page)
    await page.reload()
    await expect.poll(() => posts).toBe(4)
    await expect.poll(tries).toEqual([[], [4]])
    expect(requests).toEqual(['/dist/consentry.js', '/dist/consentry-engine.js'])
    expect((await held()) - Date.now()).toBeGreaterThan(2 * 864e5 - 60_000)
    expect(await reloadReturning(page, 300)).toEqual(['/dist/consentry.js'])
    expect(posts).toBe(4)
    // The endpoint is mended; a view that runs the engine for something else (here the
    // preferences dialog) sends the held record, once.
    await context.unroute('**/records')
    await page.evaluate(() => window.Consentry!.showPreferences())
    await expect.poll(() => receivedRecords(page, id)).toHaveLength(1)
    await expect.poll(tries).toEqual([[], []])
    expect(await outbox(page)).toBeNull()
  })

  test('a record log on another origin gets each record by fetch, without credentials: delivered when it allows any origin, kept when it refuses', async ({
    page
  }) => {
    const port = process.env.E2E_PORT ?? 4179
    const site = `http://shop.example.test:${port}/fixtures/returning.html?records=`
    const log = `http://log.example.test:${port}/records`
    await page.addInitScript(() => {
      const seen = ((window as any).__beacons = [] as string[])
      const send = navigator.sendBeacon.bind(navigator)
      navigator.sendBeacon = (url, data) => (seen.push(String(url)), send(url, data))
    })
    const beacons = () => page.evaluate(() => (window as any).__beacons as string[])
    // The demo's receiver allows any origin (`Access-Control-Allow-Origin: *`), which a
    // beacon, sent with credentials, would not pass: it would be lost unseen. No beacon
    // is used, to any origin.
    await visitOnce(page, site + encodeURIComponent(log))
    await decide(page, 'acceptAll')
    const id = await page.evaluate(() => window.Consentry!.getState().id!)
    await expect.poll(() => receivedRecords(page, id)).toHaveLength(1)
    await expect.poll(() => outbox(page)).toBeNull()
    expect(await beacons()).toEqual([])
    // A log that answers other origins without CORS headers: the record waits. The page
    // is left first: a page still open hears its cookie go (another tab's withdrawal, as
    // it were), and its reload could cut the next navigation short.
    await page.goto('about:blank')
    await page.context().clearCookies()
    await visitOnce(page, site + encodeURIComponent(`${log}?cors=0`))
    await decide(page, 'acceptAll')
    const refused = await page.evaluate(() => window.Consentry!.getState().id!)
    await expect.poll(() => outbox(page)).toContain(refused)
    expect(await receivedRecords(page, refused)).toEqual([])
    expect(await beacons()).toEqual([])
  })

  test("invariant: a withdrawal's record reaches the endpoint though the page reloads at once, and nothing is left waiting", async ({
    page,
    context
  }) => {
    const posts: string[] = []
    await context.route('**/records', (route) => {
      const request = route.request()
      if (request.method() === 'POST') posts.push(JSON.parse(request.postData()!).id)
      return route.fallback()
    })
    await visitOnce(page, '/fixtures/returning.html?records=1')
    await decide(page, 'acceptAll')
    expect(await ran(page)).toContain('gated')
    // Withdrawn: the gated script ran, so the page reloads once the record is answered
    // (see the next test). Either way the record arrives, and one that was not confirmed
    // is sent again by the next view.
    await Promise.all([
      page.waitForEvent('load'),
      page.evaluate(() => window.Consentry!.rejectAll())
    ])
    const id = await page.evaluate(() => window.Consentry!.getState().id!)
    expect(await ran(page)).not.toContain('gated')
    await expect
      .poll(() => receivedRecords(page, id))
      .toMatchObject([{ id, method: 'api', categories: { marketing: false } }])
    await expect.poll(async () => (await keptRecords(page)).outbox).toEqual([])
    expect(posts.filter((p) => p === id).length).toBeGreaterThanOrEqual(1)
  })

  test("invariant: a withdrawal's reload waits for its record's answer: the endpoint gets it once, and the next view is the first file alone", async ({
    page,
    context
  }) => {
    // What the outbox held as each view began, before any script of the page ran.
    await page.addInitScript(() => {
      ;(window as { __outboxAtStart?: unknown }).__outboxAtStart =
        localStorage.getItem('consentry:outbox')
    })
    await visitOnce(page, '/fixtures/returning.html?records=1')
    await decide(page, 'acceptAll')
    await expect.poll(() => outbox(page)).toBeNull()
    // A slow endpoint: it answers 300 ms after each record arrives.
    const posts: string[] = []
    await context.route('**/records', async (route) => {
      const request = route.request()
      if (request.method() === 'POST') {
        posts.push(JSON.parse(request.postData()!).id)
        await new Promise((resolve) => setTimeout(resolve, 300))
      }
      return route.fallback()
    })
    const requests = distRequests(page)
    await Promise.all([
      page.waitForEvent('load'),
      page.evaluate(() => window.Consentry!.rejectAll())
    ])
    const id = await page.evaluate(() => window.Consentry!.getState().id!)
    expect(await ran(page)).not.toContain('gated')
    // The record was answered before the page went: nothing waited for the next view,
    // which fetched no engine to send it again.
    expect(
      await page.evaluate(() => (window as { __outboxAtStart?: unknown }).__outboxAtStart)
    ).toBeNull()
    await page.waitForTimeout(500)
    expect(posts).toEqual([id])
    expect(requests).toEqual(['/dist/consentry.js'])
    expect(await receivedRecords(page, id)).toHaveLength(1)
  })

  test('invariant: while a withdrawal waits to reload, what the withdrawn code adds from a host now denied is held', async ({
    page,
    context
  }) => {
    const analytics = await emptyScripts(context, 'https://www.google-analytics.com/**')
    await visitOnce(page, '/fixtures/returning.html?records=1')
    await decide(page, 'acceptAll')
    await expect.poll(() => outbox(page)).toBeNull()
    // A returning view that accepted all holds nothing: auto-blocking is not started.
    await page.reload()
    expect(await ran(page)).toContain('gated')
    // The endpoint answers 300 ms after the record: the reload waits that long.
    await context.route('**/records', async (route) => {
      if (route.request().method() === 'POST')
        await new Promise((resolve) => setTimeout(resolve, 300))
      return route.fallback()
    })
    await Promise.all([
      page.waitForEvent('load'),
      page
        .evaluate(
          () =>
            new Promise<void>((resolve) => {
              const api = window.Consentry!
              api.rejectAll()
              // Once withdrawn, the code still running adds an analytics script.
              const late = () => {
                if (api.getState().categories.statistical) return setTimeout(late, 5)
                const script = document.createElement('script')
                script.src = 'https://www.google-analytics.com/analytics.js'
                document.head.append(script)
                resolve()
              }
              late()
            })
        )
        .catch(() => undefined)
    ])
    await page.waitForTimeout(200)
    expect(await ran(page)).not.toContain('gated')
    expect(analytics).toEqual([])
  })

  for (const cookieStore of [true, false])
    test(`invariant: a view with the first file alone hears another tab withdraw, without a channel of its own (${cookieStore ? "the cookie's change event" : "no cookieStore: the record's storage event"})`, async ({
      page,
      context
    }) => {
      await page.addInitScript((cookieStore) => {
        const Native = window.BroadcastChannel
        const seen = { channels: 0, storage: 0 }
        ;(window as { __seen?: typeof seen }).__seen = seen
        window.BroadcastChannel = class extends Native {
          constructor(name: string) {
            super(name)
            seen.channels += 1
          }
        }
        // The storage event's listener opens the storage area: counted.
        const add = window.addEventListener.bind(window)
        window.addEventListener = ((type: string, ...rest: [never]) => {
          if (type === 'storage') seen.storage += 1
          return add(type, ...rest)
        }) as typeof window.addEventListener
        if (!cookieStore)
          Object.defineProperty(window, 'cookieStore', { value: undefined })
      }, cookieStore)
      await visitOnce(page, '/fixtures/returning.html')
      await page.evaluate(() => window.Consentry!.acceptAll())
      const requests = await reloadReturning(page, 300)
      expect(requests).toEqual(['/dist/consentry.js'])
      expect(await ran(page)).toContain('gated')
      expect(await page.evaluate(() => (window as { __seen?: object }).__seen)).toEqual({
        channels: 0,
        storage: cookieStore ? 0 : 1
      })
      // Another tab withdraws: this one (where the gated tag ran) reloads and runs nothing.
      const other = await context.newPage()
      await other.goto('/fixtures/returning.html')
      const reloaded = page.waitForEvent('load')
      await other.evaluate(() => window.Consentry!.rejectAll())
      await reloaded
      expect(await ran(page)).toEqual(['next'])
      expect(
        await page.evaluate(() => window.Consentry!.getState().categories.statistical)
      ).toBe(false)
    })

  test('the engine loads on a decision or a dialog, and takes over where the first file was', async ({
    page
  }) => {
    await visitOnce(page, '/fixtures/returning.html')
    await page.evaluate(() =>
      window.Consentry!.save({ categories: { statistical: true } })
    )
    await page.reload()
    const changes = await page.evaluate(() => {
      const seen: string[] = []
      window.Consentry!.onChange((s) => seen.push(String(s.categories.marketing)))
      ;(window as { __seen?: string[] }).__seen = seen
      return seen
    })
    expect(changes).toEqual([])
    await page.evaluate(() => window.Consentry!.showPreferences())
    await expect(page.getByRole('dialog', { name: 'Cookie preferences' })).toBeVisible()
    await page.getByRole('button', { name: 'Accept all' }).last().click()
    // The subscriber made before the engine loaded hears the change.
    await expect
      .poll(() => page.evaluate(() => (window as { __seen?: string[] }).__seen))
      .toEqual(['true'])
    expect(await page.evaluate(() => window.Consentry!.getRecord()?.method)).toBe(
      'preferences'
    )
  })

  test('GPP on a returning view: ping answers from the stub; a listener loads the GPP file, not the engine', async ({
    page
  }) => {
    await visitOnce(page, '/fixtures/returning.html')
    await page.evaluate(() => window.Consentry!.rejectAll())
    const requests = distRequests(page)
    await page.reload()
    const ping = await page.evaluate(
      () =>
        new Promise<{ cmpStatus: string }>((resolve) =>
          (window as any).__gpp('ping', (data: { cmpStatus: string }) => resolve(data))
        )
    )
    expect(ping.cmpStatus).toBe('stub')
    expect(requests).not.toContain('/dist/consentry-engine.js')
    const event = await page.evaluate(
      () =>
        new Promise<{ eventName: string; pingData: { cmpStatus: string } }>((resolve) =>
          (window as any).__gpp('addEventListener', (data: any) => resolve(data))
        )
    )
    expect(event.pingData.cmpStatus).toBe('loaded')
    await page.waitForTimeout(300)
    expect(requests).toEqual(['/dist/consentry.js', '/dist/consentry-gpp.js'])
  })

  test('invariant: with localStorage blocked, the stamped choice alone releases the tags, before the next tag', async ({
    page
  }) => {
    await page.addInitScript(() =>
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError')
        }
      })
    )
    const seen = watch(page)
    await page.goto('/fixtures/returning.html')
    await page.evaluate(() => window.Consentry!.acceptAll())
    // The engine stamped the choice with the config's key: the cookie says all.
    await expect.poll(() => stamp(page)).toMatch(/^[0-9a-z]{8,11}$/)
    const requests = await reloadReturning(page, 200)
    expect((await ran(page)).slice(0, 2)).toEqual(['gated', 'next'])
    expect(requests).toEqual(['/dist/consentry.js'])
    expect(seen.pageErrors).toEqual([])
  })

  test('invariant: with localStorage reads failing (a corrupt store), no error reaches the page and the choice still rules the tags', async ({
    page
  }) => {
    // Firefox throws from getItem on a corrupt store while `localStorage` itself answers.
    await page.addInitScript(() => {
      Storage.prototype.getItem = () => {
        throw new DOMException('corrupted', 'InvalidStateError')
      }
      // A cookie of the site's own: the first view looks for a lapsed choice's record.
      document.cookie = 'site=1; path=/'
    })
    const seen = watch(page)
    await page.goto('/fixtures/returning.html?records=1')
    await expect(page.getByRole('region', { name: 'Your privacy choices' })).toBeVisible()
    await page.waitForTimeout(300)
    await page.evaluate(() => window.Consentry!.acceptAll())
    await expect.poll(() => stamp(page)).toMatch(/^[0-9a-z]{8,11}$/)
    // The returning view, with records sent: it looks for records left waiting.
    await reloadReturning(page, 300)
    expect((await ran(page)).slice(0, 2)).toEqual(['gated', 'next'])
    expect(seen.pageErrors).toEqual([])
  })

  test('invariant: with cookies and storage disabled, a choice holds for its page view, the next view asks again, and nothing breaks', async ({
    page
  }) => {
    // A browser set to block all site data: cookies read as none and are not kept, and
    // localStorage and sessionStorage throw.
    await page.addInitScript(() => {
      Object.defineProperty(Document.prototype, 'cookie', {
        get: () => '',
        set: () => undefined,
        configurable: true
      })
      for (const name of ['localStorage', 'sessionStorage'])
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException('blocked', 'SecurityError')
          }
        })
    })
    const seen = watch(page)
    await page.goto('/fixtures/returning.html')
    const banner = page.getByRole('region', { name: 'Your privacy choices' })
    await banner.getByRole('button', { name: 'Accept all' }).click()
    await expect(banner).toBeHidden()
    await expect.poll(() => ran(page)).toContain('gated')
    expect(await page.evaluate(() => window.Consentry!.getState().decided)).toBe(true)
    // Nothing could be kept: the next view is a first visit again, and holds the tags.
    await page.reload()
    await expect(page.getByRole('region', { name: 'Your privacy choices' })).toBeVisible()
    expect(await ran(page)).toEqual(['next'])
    expect(seen.pageErrors).toEqual([])
  })

  test('invariant: a site that moved its cookie to the parent domain: an old host-only copy does not hide the new choice', async ({
    page,
    context
  }) => {
    const port = process.env.E2E_PORT ?? 4179
    // The choice kept before the site set `cookie.domain`: the browser lists this older
    // host-only copy first, so every read would find it and not the new one.
    await context.addCookies([
      { name: 'consentry', value: 'before', domain: 'shop.example.test', path: '/' }
    ])
    const seen = watch(page)
    await page.goto(
      `http://shop.example.test:${port}/fixtures/returning.html?domain=example.test`
    )
    const banner = page.getByRole('region', { name: 'Your privacy choices' })
    await banner.getByRole('button', { name: 'Accept all' }).click()
    await expect(banner).toBeHidden()
    expect(await consentCopies(context)).toEqual(['.example.test/'])
    expect(seen.warnings.filter((w) => /cookie/i.test(w))).toEqual([])
    await page.reload()
    expect((await ran(page)).slice(0, 2)).toEqual(['gated', 'next'])
    await expect(banner).toBeHidden()
    expect(seen.pageErrors).toEqual([])
  })

  test('invariant: an old host-only "Accept all" never outranks a later "Reject all" kept on the parent domain: the choice made last rules', async ({
    page,
    context
  }) => {
    const port = process.env.E2E_PORT ?? 4179
    const on = (host: string, domain?: string) =>
      `http://${host}.example.test:${port}/fixtures/returning.html${domain ? `?domain=${domain}` : ''}`
    // Before the site set `cookie.domain`: "Accept all" on shop, kept host-only.
    await visitOnce(page, on('shop'))
    await decide(page, 'acceptAll')
    // A choice's time is kept in whole seconds: the next is a later one.
    await page.waitForTimeout(1100)
    // After: "Reject all" on www, kept on the parent domain, where shop sees it too.
    await visitOnce(page, on('www', 'example.test'))
    await decide(page, 'rejectAll')
    const rejected = await page.evaluate(() => window.Consentry!.getState().id)
    expect(await consentCopies(context)).toEqual(['.example.test/', 'shop.example.test/'])
    // Back on shop, which lists its old copy first: the later "Reject all" rules, with
    // no banner and nothing gated run, whichever file reads it.
    const seen = watch(page)
    // The first view there runs the engine (this config is new to shop's localStorage);
    // the next, the first file alone, from what the engine left.
    for (const engine of [true, false]) {
      await page.goto(on('shop', 'example.test'))
      await expect
        .poll(() => page.evaluate(() => window.Consentry!.getState().id))
        .toBe(rejected)
      await page.waitForTimeout(200)
      expect(
        await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .some((e) => e.name.includes('consentry-engine'))
        )
      ).toBe(engine)
      expect(await ran(page)).toEqual(['next'])
      await expect(
        page.getByRole('region', { name: 'Your privacy choices' })
      ).toBeHidden()
    }
    expect(seen.tagRequests).toEqual([])
    // A decision on shop replaces both copies with one on the parent domain.
    await decide(page, 'acceptAll')
    expect(await consentCopies(context)).toEqual(['.example.test/'])
    expect(seen.pageErrors).toEqual([])
  })

  for (const [query, what, warning] of [
    [
      'domain=.example.com',
      "a cookie.domain that does not cover the page's host (the site's domain on a staging host)",
      'cookie.domain ".example.com" does not cover "127.0.0.1"; kept for "127.0.0.1"'
    ],
    [
      'path=/shop',
      'a cookie.path that does not hold the page (another part of the site)',
      'cookie.path "/shop" does not hold "/fixtures/returning.html"; "/" here'
    ]
  ]) {
    test(`${what} is left out, with a warning naming the field, and the choice lasts`, async ({
      page,
      context
    }) => {
      const seen = watch(page)
      await page.goto(`/fixtures/returning.html?${query}`)
      const banner = page.getByRole('region', { name: 'Your privacy choices' })
      await banner.getByRole('button', { name: 'Accept all' }).click()
      await expect(banner).toBeHidden()
      await expect.poll(() => seen.warnings).toContain(`Consentry: ${warning}`)
      expect(seen.warnings.filter((w) => w.includes('cookies are unavailable'))).toEqual(
        []
      )
      expect(await consentCopies(context)).toEqual(['127.0.0.1/'])
      // The next view reads it: no banner, the gated tag at once.
      await page.reload()
      expect((await ran(page)).slice(0, 2)).toEqual(['gated', 'next'])
      await expect(banner).toBeHidden()
    })
  }

  test('invariant: when the engine cannot be loaded, nothing non-essential runs and the page carries on', async ({
    page
  }) => {
    await page.route('**/dist/consentry-engine.js', (route) =>
      route.fulfill({ status: 404 })
    )
    const seen = watch(page)
    await page.goto('/fixtures/returning.html')
    await page.waitForLoadState('load')
    // A first visit's banner fetches the engine when the visitor is about to act.
    await page
      .getByRole('region', { name: 'Your privacy choices' })
      .getByRole('button', { name: 'Accept all' })
      .click()
    const failed = () =>
      seen.errors.filter((e) => e.includes('engine could not be loaded')).length
    await expect.poll(failed).toBe(1)
    // A file that could not be fetched is tried again on the next call.
    await page.evaluate(() => window.Consentry!.acceptAll())
    await expect.poll(failed).toBe(2)
    // The page's own script ran; the gated one did not, even after "accept".
    expect(await ran(page)).toEqual(['next'])
    expect(await page.evaluate(() => window.Consentry!.getState().decided)).toBe(false)
    expect(seen.pageErrors).toEqual([])
  })

  test('a fetched config (data-config): a returning view fetches it, then needs no engine', async ({
    page
  }) => {
    await visitOnce(page, '/fixtures/late-config.html')
    await page.evaluate(() => window.Consentry!.acceptAll())
    await expect.poll(() => ran(page)).toEqual(['statistical'])
    const requests = distRequests(page)
    await page.reload()
    // Nothing ran before the config arrived; then the stored choice released the tag.
    expect(
      await page.evaluate(() => (window as { __domReadyRan?: string[] }).__domReadyRan)
    ).toEqual([])
    await expect.poll(() => ran(page)).toEqual(['statistical'])
    expect(requests).toEqual(['/dist/consentry.js'])
  })

  test('a window config changed after Consentry read it is never remembered', async ({
    page
  }) => {
    await page.goto('/fixtures/returning.html?mutate=1')
    await page.waitForLoadState('load')
    await expect
      .poll(() => page.evaluate(() => window.Consentry!.getState().vendors.criteo))
      .toBe(false)
    expect(await page.evaluate(() => localStorage.getItem('consentry:boot'))).toBeNull()
  })

  test('a bad API call before the engine is here is logged; once it is, it throws to its caller', async ({
    page
  }) => {
    await visitOnce(page, '/fixtures/returning.html')
    await page.evaluate(() => window.Consentry!.rejectAll())
    await page.reload()
    const seen = watch(page)
    await page.evaluate(() => window.Consentry!.save({ categories: { nope: true } }))
    await expect.poll(() => seen.errors.join('\n')).toContain('nope')
    expect(seen.pageErrors).toEqual([])
    const thrown = await page.evaluate(() => {
      try {
        window.Consentry!.save({ categories: { nope: true } })
        return ''
      } catch (error) {
        return String(error)
      }
    })
    expect(thrown).toContain('nope')
    expect(await page.evaluate(() => window.Consentry!.getState().method)).toBe('stored')
  })
})

/**
 * Records, in the page, at each cookie read and at each insertion of one of the first
 * file's files: how many of the first file's frames are on the stack, and whether one of
 * them is the script's top level (the whole file, for V8 to re-parse).
 */
async function recordStacks(page: import('@playwright/test').Page): Promise<void> {
  await page.addInitScript(() => {
    Error.stackTraceLimit = 100
    // `[depth, top level]`, from V8's structured stack (each frame's enclosing function).
    const frames = (): [number, boolean] => {
      const before = Error.prepareStackTrace
      Error.prepareStackTrace = (_, sites) =>
        sites.filter((site) => site.getFileName()?.includes('/dist/consentry'))
      const ours = new Error().stack as unknown as NodeJS.CallSite[]
      Error.prepareStackTrace = before
      const top = ours.some(
        (site) =>
          site.getEnclosingLineNumber() === 1 && site.getEnclosingColumnNumber() === 1
      )
      return [ours.length, top]
    }
    const depth = () => frames()[0]
    const log: Array<[string, number] | [string, number, boolean]> = ((
      window as unknown as { __stacks: unknown }
    ).__stacks = [])
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!
    Object.defineProperty(Document.prototype, 'cookie', {
      ...cookie,
      get(this: Document) {
        log.push(['cookie', ...frames()])
        return cookie.get!.call(this)
      }
    })
    const fetch = window.fetch
    window.fetch = function (...args: Parameters<typeof window.fetch>) {
      log.push(['fetch', depth()])
      return fetch.apply(this, args)
    }
    const append = Element.prototype.append
    Element.prototype.append = function (this: Element, ...nodes: Array<Node | string>) {
      for (const node of nodes)
        if (node instanceof HTMLScriptElement && node.src.includes('/dist/consentry'))
          log.push([node.src.replace(/.*\//, ''), depth()])
      return append.apply(this, nodes)
    }
  })
}

const stacks = (page: import('@playwright/test').Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as {
          __stacks: Array<[string, number] | [string, number, boolean]>
        }
      ).__stacks
  )

test.describe('the first file under DevTools (Lighthouse, the benchmark)', () => {
  // Chromium with DevTools attached records the stack of the first cookie read and of each
  // request, and re-parses every function on it for its source positions: the script's
  // top level and `start` cost 7–60 ms at 4× throttling when they are on it.
  test('its first cookie read and the banner file are asked for from short stacks, outside the bundle and start()', async ({
    page
  }) => {
    await recordStacks(page)
    await page.goto('/fixtures/returning.html')
    await expect(page.getByRole('region', { name: 'Your privacy choices' })).toBeVisible()
    const first = await stacks(page)
    // From a microtask: its callback and the function that reads (two frames), neither of
    // them the script's top level or `start`.
    expect(first[0]).toEqual(['cookie', 2, false])
    const banner = first.find(([what]) => what === 'consentry-banner.js')
    // From a microtask: the loader's callback and the function that inserts the file.
    expect(banner?.[1]).toBeLessThanOrEqual(2)
  })

  test('a returning view reads its cookie once in its first task, from a short stack', async ({
    page
  }) => {
    await visitOnce(page, '/fixtures/returning.html')
    await page.evaluate(() => window.Consentry!.acceptAll())
    await expect
      .poll(() => page.evaluate(() => window.Consentry!.getState().method))
      .toBe('api')
    await recordStacks(page)
    await page.reload()
    await page.waitForLoadState('load')
    expect((await ran(page)).slice(0, 2)).toEqual(['gated', 'next'])
    const reads = (await stacks(page)).filter(([what]) => what === 'cookie')
    expect(reads[0]).toEqual(['cookie', 2, false])
  })

  test('a fetched config (data-config) is asked for from a short stack', async ({
    page
  }) => {
    await recordStacks(page)
    await page.goto('/fixtures/late-config.html')
    await expect.poll(async () => (await stacks(page)).length).toBeGreaterThan(1)
    const [first, fetched] = await stacks(page)
    expect(first).toEqual(['cookie', 2, false])
    // The fetch comes from the function that reads the config, resumed in a microtask.
    expect(fetched).toEqual(['fetch', 1])
  })
})
