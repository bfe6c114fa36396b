import { expect, test } from '@playwright/test'
import {
  DOCUMENT_WRITE_EXTERNAL_RAN,
  DOCUMENT_WRITE_EXTERNAL_VIEW,
  DOCUMENT_WRITE_VIEW,
  documentWriteView,
  GATING_ALL_ALLOWED
} from '../fixtures-data'
import { emptyScripts, engineStarted, ESSENTIAL_ONLY, ran, watch } from './helpers'

const ALL_ALLOWED = GATING_ALL_ALLOWED

test.describe('script-tag bundle: gating', () => {
  test('invariant: nothing gated runs before a choice', async ({ page, context }) => {
    const seen = watch(page)
    await page.goto('/fixtures/gating.html')
    await page.waitForLoadState('load')
    expect(await ran(page)).toEqual(['essential'])
    expect(seen.tagRequests).toEqual([])
    const cookies = (await context.cookies()).map((c) => c.name)
    expect(cookies).not.toContain('_ga')
    expect(cookies).not.toContain('_fbp')
    expect(cookies).not.toContain('consentry')
    expect(await page.evaluate(() => window.Consentry!.getState())).toMatchObject({
      decided: false,
      method: 'default',
      regime: 'gdpr',
      categories: ESSENTIAL_ONLY
    })
    expect(seen.pageErrors).toEqual([])
  })

  test('acceptAll runs the gated scripts in document order, each once', async ({
    page
  }) => {
    await page.goto('/fixtures/gating.html')
    await page.evaluate(() => window.Consentry!.acceptAll())
    // The GA stand-in answers after 300 ms; what follows it waits for it.
    await expect.poll(() => ran(page)).toEqual(ALL_ALLOWED)
    await page.evaluate(() => window.Consentry!.acceptAll())
    await page.evaluate(() =>
      window.Consentry!.save({ categories: { statistical: true } })
    )
    await page.waitForTimeout(100)
    expect(await ran(page)).toEqual(ALL_ALLOWED)
  })

  test('invariant: a reload keeps the choice and runs what it allows, nothing more', async ({
    page,
    context
  }) => {
    await page.goto('/fixtures/gating.html')
    await page.evaluate(() =>
      window.Consentry!.save({ categories: { statistical: true } })
    )
    await expect
      .poll(() => ran(page))
      .toEqual(['essential', 'inline-statistical', 'ga-src', 'after-slow'])
    const cookie = (await context.cookies()).find((c) => c.name === 'consentry')
    expect(cookie).toMatchObject({ sameSite: 'Lax', path: '/', secure: false })
    expect(cookie!.value.length).toBeLessThan(200)
    // About 180 days from now.
    expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(179 * 86400000)
    expect(cookie!.expires * 1000 - Date.now()).toBeLessThan(181 * 86400000)

    const seen = watch(page)
    await page.reload()
    await expect
      .poll(() => ran(page))
      .toEqual(['essential', 'inline-statistical', 'ga-src', 'after-slow'])
    expect(await page.evaluate(() => window.Consentry!.getState())).toMatchObject({
      decided: true,
      method: 'stored',
      categories: { statistical: true, marketing: false }
    })
    expect(seen.tagRequests.some((u) => u.includes('criteo'))).toBe(false)
  })

  test('invariant: reset forgets the choice and nothing runs after a reload', async ({
    page,
    context
  }) => {
    await page.goto('/fixtures/gating.html')
    await page.evaluate(() => window.Consentry!.acceptAll())
    await expect.poll(() => ran(page)).toEqual(ALL_ALLOWED)
    // What ran is withdrawn by the reset: the page reloads once, by itself.
    const seen = watch(page)
    await Promise.all([
      page.waitForEvent('load'),
      page.evaluate(() => window.Consentry!.reset())
    ])
    expect((await context.cookies()).map((c) => c.name)).not.toContain('consentry')
    expect(await page.evaluate(() => window.Consentry!.getState().decided)).toBe(false)
    expect(await ran(page)).toEqual(['essential'])
    expect(seen.tagRequests).toEqual([])
  })

  test('a vendor stays blocked while its category is granted but the vendor is not', async ({
    page
  }) => {
    const seen = watch(page)
    await page.goto('/fixtures/gating.html')
    await page.evaluate(() =>
      window.Consentry!.save({
        categories: { marketing: true },
        vendors: { facebook: false }
      })
    )
    await expect.poll(() => ran(page)).toEqual(['essential', 'criteo'])
    expect(seen.tagRequests.every((u) => u.includes('criteo'))).toBe(true)
    expect(await page.evaluate(() => window.Consentry!.vendorGranted('facebook'))).toBe(
      false
    )
    expect(await page.evaluate(() => window.Consentry!.granted('marketing'))).toBe(true)
  })

  test('an unknown category or vendor stays blocked, with one warning naming it', async ({
    page
  }) => {
    const seen = watch(page)
    await page.goto('/fixtures/gating.html')
    await page.evaluate(() => window.Consentry!.acceptAll())
    await expect.poll(() => ran(page)).toEqual(ALL_ALLOWED)
    // The message is followed by the element itself, for the developer to inspect.
    const unknown = seen.warnings
      .filter((w) => w.includes('unknown'))
      .map((w) => w.split(';')[0])
    expect(unknown).toEqual([
      'Consentry: unknown vendor "vimeo" in data-vendor',
      'Consentry: unknown consent category "ads" in data-consent'
    ])
  })

  test("invariant: a gated script's document.write (a legacy counter) writes after it, on a first visit and a returning one, and never wipes the page", async ({
    page,
    context
  }) => {
    const facebook = await emptyScripts(context, 'https://connect.facebook.net/**')
    const seen = watch(page)
    await page.goto('/fixtures/document-write.html')
    expect(await ran(page)).toEqual([])
    // Only the counter's category: the vendor tag it writes stays held.
    await page.evaluate(() =>
      window.Consentry!.save({ categories: { statistical: true } })
    )
    // The written script runs within the write, before the counter's next line, as the
    // parser would run it.
    await expect.poll(() => ran(page)).toEqual(['written', 'counter'])
    expect(await page.evaluate(documentWriteView)).toEqual(DOCUMENT_WRITE_VIEW)
    expect(facebook).toEqual([])
    // The returning view releases the counter while the page is still being parsed.
    await page.reload()
    await page.waitForLoadState('load')
    expect(await ran(page)).toEqual(['written', 'counter'])
    expect(await page.evaluate(documentWriteView)).toEqual(DOCUMENT_WRITE_VIEW)
    expect(facebook).toEqual([])
    // Marketing granted: the written vendor tag loads.
    await page.evaluate(() => window.Consentry!.save({ categories: { marketing: true } }))
    await expect.poll(() => facebook.length).toBe(1)
    expect(seen.pageErrors).toEqual([])
  })

  test("invariant: an external gated tag's document.write (an ad server's tag) lands where the parser puts it, and what it writes after a library waits for the library", async ({
    page,
    context
  }) => {
    const facebook = await emptyScripts(context, 'https://connect.facebook.net/**')
    const seen = watch(page)
    await page.goto('/fixtures/document-write-external.html')
    expect(await ran(page)).toEqual([])
    await page.evaluate(() =>
      window.Consentry!.save({
        categories: { marketing: true },
        vendors: { facebook: false }
      })
    )
    await expect.poll(() => ran(page)).toEqual(DOCUMENT_WRITE_EXTERNAL_RAN)
    expect(await page.evaluate(documentWriteView)).toEqual(DOCUMENT_WRITE_EXTERNAL_VIEW)
    // The returning view releases the tag while the page is still being parsed.
    await page.reload()
    await page.waitForLoadState('load')
    await expect.poll(() => ran(page)).toEqual(DOCUMENT_WRITE_EXTERNAL_RAN)
    expect(await page.evaluate(documentWriteView)).toEqual(DOCUMENT_WRITE_EXTERNAL_VIEW)
    // The same page with the tags not gated, read by the parser: the same order and page.
    await page.route('**/fixtures/document-write-parsed.html', async (route) => {
      const gated = await route.fetch({
        url: route.request().url().replace('-parsed', '-external')
      })
      await route.fulfill({
        response: gated,
        body: (await gated.text()).replace(
          /type="text\/plain"\s+data-consent="marketing"/g,
          ''
        )
      })
    })
    await page.goto('/fixtures/document-write-parsed.html')
    await page.waitForLoadState('load')
    expect(
      await page.locator('script[src$="ad-tag.js"]:not([data-consent])').count()
    ).toBe(1)
    expect(await ran(page)).toEqual(DOCUMENT_WRITE_EXTERNAL_RAN)
    expect(await page.evaluate(documentWriteView)).toEqual(DOCUMENT_WRITE_EXTERNAL_VIEW)
    expect(facebook).toEqual([])
    expect(seen.pageErrors).toEqual([])
  })

  test('scripts added later by a single-page app are gated the same way', async ({
    page
  }) => {
    await page.goto('/fixtures/spa.html')
    const add = (name: string, category: string) =>
      page.evaluate(
        ([name, category]) => {
          const s = document.createElement('script')
          s.type = 'text/plain'
          s.setAttribute('data-consent', category!)
          s.text = `;(window.__ran = window.__ran || []).push(${JSON.stringify(name)})`
          document.getElementById('app')!.append(s)
        },
        [name, category]
      )
    await add('early-marketing', 'marketing')
    await page.waitForTimeout(50)
    expect(await ran(page)).toEqual([])
    await page.evaluate(() =>
      window.Consentry!.save({ categories: { statistical: true } })
    )
    await add('late-statistical', 'statistical')
    await expect.poll(() => ran(page)).toEqual(['late-statistical'])
    await page.evaluate(() => window.Consentry!.save({ categories: { marketing: true } }))
    await expect.poll(() => ran(page)).toEqual(['late-statistical', 'early-marketing'])
  })

  test('consentry:change and onChange report every change', async ({ page }) => {
    await page.goto('/fixtures/spa.html')
    // Once the engine is here, API calls act at once (before, they wait for it).
    await engineStarted(page)
    const events = await page.evaluate(() => {
      const seen: string[] = []
      document.addEventListener('consentry:change', (e) => {
        const state = (e as CustomEvent).detail
        seen.push(`event:${state.method}:${state.categories.marketing}`)
      })
      const stop = window.Consentry!.onChange((state) => seen.push(`cb:${state.method}`))
      window.Consentry!.onChange(() => {
        throw new Error('a broken subscriber')
      })
      window.Consentry!.acceptAll()
      stop()
      window.Consentry!.rejectAll()
      return seen
    })
    expect(events).toEqual(['event:api:true', 'cb:api', 'event:api:false'])
    expect(await page.evaluate(() => window.Consentry!.granted('marketing'))).toBe(false)
  })

  test('save with an unknown id is a clear error and changes nothing', async ({
    page
  }) => {
    await page.goto('/fixtures/spa.html')
    await engineStarted(page)
    const result = await page.evaluate(() => {
      try {
        window.Consentry!.save({ categories: { marketng: true } })
        return 'no error'
      } catch (error) {
        return `${(error as Error).name}: ${(error as Error).message}`
      }
    })
    expect(result).toBe(
      'ConsentryError: Consentry.save: categories.marketng: unknown id; expected one of essential, statistical, personalisation, marketing'
    )
    expect(await page.evaluate(() => window.Consentry!.getState().decided)).toBe(false)
  })

  test('save with a category outside `categories`, or no object, is a clear error and records nothing', async ({
    page
  }) => {
    await page.goto('/fixtures/spa.html')
    await engineStarted(page)
    const results = await page.evaluate(() =>
      [{ statistical: true }, 42].map((input) => {
        try {
          window.Consentry!.save(input as never)
          return 'no error'
        } catch (error) {
          return `${(error as Error).name}: ${(error as Error).message}`
        }
      })
    )
    expect(results).toEqual([
      'ConsentryError: Consentry.save: statistical: unknown field; expected categories or vendors',
      'ConsentryError: Consentry.save: expected { categories?, vendors? }, got 42'
    ])
    expect(await page.evaluate(() => window.Consentry!.getState().decided)).toBe(false)
    expect(await page.evaluate(() => window.Consentry!.getRecord())).toBeUndefined()
  })
})
