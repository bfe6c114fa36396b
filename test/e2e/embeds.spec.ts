import { createRequire } from 'node:module'
import { expect, test, type Page } from '@playwright/test'
import { decide, distRequests, lateConfigPage, ran } from './helpers'

const GATED = [
  'vendor.css',
  'module.js',
  'record.js?defer',
  'record.js?async',
  'embed.html?youtube',
  'pixel.gif?fb',
  'clip.webm?video',
  'embed.html?embed',
  'embed.html?object'
]

function requests(page: Page) {
  const seen: string[] = []
  page.on('request', (r) => {
    const url = new URL(r.url())
    seen.push(url.pathname.split('/').pop() + url.search)
  })
  return seen
}
const gatedRequests = (seen: string[]) =>
  seen.filter((s) =>
    GATED.some((g) => s.startsWith(g.split('?')[0]!) && s.includes(g.split('?')[1] ?? ''))
  )

test.describe('gating every kind of element', () => {
  test('invariant: nothing gated loads before a choice, of any element kind', async ({
    page
  }) => {
    const seen = requests(page)
    await page.goto('/fixtures/embeds.html')
    await page.waitForLoadState('load')
    await page.waitForTimeout(200)
    expect(gatedRequests(seen)).toEqual([])
    expect(await ran(page)).toEqual([])
  })

  test('granting loads each kind: link, module, defer and async scripts, iframe, img, video, embed, object', async ({
    page
  }) => {
    const seen = requests(page)
    await page.goto('/fixtures/embeds.html')
    await page.evaluate(() => window.Consentry!.acceptAll())
    await expect.poll(() => gatedRequests(seen).length).toBe(GATED.length)
    await expect
      .poll(() => ran(page))
      .toEqual(
        expect.arrayContaining(['module:/fixtures/scripts/module.js', 'defer', 'async'])
      )
    await expect
      .poll(() =>
        page.evaluate(() =>
          getComputedStyle(document.body).getPropertyValue('--vendor-css-loaded').trim()
        )
      )
      .toBe('1')
    expect(await page.locator('iframe[title="Product video"]').getAttribute('src')).toBe(
      '/fixtures/embed.html?youtube'
    )
    expect(
      await page.locator('iframe[title="Product video"]').getAttribute('data-src')
    ).toBeNull()
  })

  test('a blocked iframe shows a same-size placeholder naming the vendor', async ({
    page
  }) => {
    await page.goto('/fixtures/embeds.html')
    const placeholder = page.getByRole('group', { name: 'YouTube' })
    await expect(placeholder).toBeVisible()
    await expect(placeholder).toContainText(
      'This content is provided by YouTube. Loading it may set cookies'
    )
    await expect(
      placeholder.getByRole('link', { name: /Privacy policy of YouTube/ })
    ).toBeVisible()
    const box = await page.locator('consentry-placeholder').boundingBox()
    expect([Math.round(box!.width), Math.round(box!.height)]).toEqual([480, 270])
    await expect(page.locator('iframe[title="Product video"]')).toBeHidden()
  })

  test('a placeholder with more text than its embed has room for scrolls from its top', async ({
    page
  }) => {
    // 224 px wide (the iframe's max-width is the page's), still 270 px high: its text, two
    // stacked buttons and the policy link need more. Centred content would spill above the
    // top, out of reach of scrolling.
    await page.setViewportSize({ width: 240, height: 640 })
    await page.goto('/fixtures/embeds.html')
    const placeholder = page.getByRole('group', { name: 'YouTube' })
    await expect(placeholder).toBeVisible()
    const fit = await placeholder.evaluate((el) => {
      const box = el.getBoundingClientRect()
      const first = el.firstElementChild!.getBoundingClientRect()
      el.scrollTop = el.scrollHeight
      const last = el.lastElementChild!.getBoundingClientRect()
      return {
        overflows: el.scrollHeight > el.clientHeight,
        firstFromTop: first.top >= box.top,
        lastReached: last.bottom <= box.bottom
      }
    })
    expect(fit).toEqual({ overflows: true, firstFromTop: true, lastReached: true })
  })

  test('a returning visitor who declined gets the placeholder too (the engine loads for it)', async ({
    page
  }) => {
    await page.goto('/fixtures/embeds.html')
    await decide(page, 'rejectAll')
    await page.reload()
    await expect(page.getByRole('group', { name: 'YouTube' })).toBeVisible()
    await expect(page.locator('iframe[title="Product video"]')).toBeHidden()
  })

  test('with a fetched config, an iframe seen before it arrived gets its placeholder on a first visit, and is released on a returning view without the engine', async ({
    page
  }) => {
    await lateConfigPage(
      page,
      { region: 'DE' },
      {
        body: `<iframe title="Product video" width="480" height="270" data-consent="personalisation"
          data-vendor="youtube" data-src="/fixtures/embed.html?youtube"></iframe>`
      }
    )
    await page.goto('/fixtures/late.html')
    await expect(page.getByRole('group', { name: 'YouTube' })).toBeVisible()
    await decide(page, 'acceptAll')
    const seen = distRequests(page)
    await page.reload()
    await expect(page.locator('iframe[title="Product video"]')).toHaveAttribute(
      'src',
      '/fixtures/embed.html?youtube'
    )
    await page.waitForTimeout(300)
    expect(seen).toEqual(['/dist/consentry.js'])
  })

  test('"Load once" loads this embed only and records nothing', async ({ page }) => {
    const seen = requests(page)
    await page.goto('/fixtures/embeds.html')
    await page.getByRole('button', { name: 'Load once' }).click()
    await expect(page.locator('iframe[title="Product video"]')).toBeVisible()
    await expect(page.locator('consentry-placeholder')).toHaveCount(0)
    expect(await page.locator('iframe[title="Product video"]').getAttribute('src')).toBe(
      '/fixtures/embed.html?youtube'
    )
    expect(await page.evaluate(() => window.Consentry!.getState())).toMatchObject({
      decided: false,
      vendors: { youtube: false }
    })
    // The video of the same vendor is still held.
    expect(gatedRequests(seen)).toEqual(['embed.html?youtube'])
  })

  test('"Always allow YouTube" records consent for YouTube only', async ({ page }) => {
    await page.goto('/fixtures/embeds.html')
    await page.getByRole('button', { name: 'Always allow YouTube' }).click()
    await expect(page.locator('iframe[title="Product video"]')).toBeVisible()
    expect(await page.evaluate(() => window.Consentry!.getState())).toMatchObject({
      decided: true,
      method: 'preferences',
      categories: { personalisation: true, marketing: false },
      vendors: { youtube: true, google: false }
    })
    await page.reload()
    await expect(page.locator('consentry-placeholder')).toHaveCount(0)
    await expect(page.locator('iframe[title="Product video"]')).toHaveAttribute(
      'src',
      '/fixtures/embed.html?youtube'
    )
  })

  test('an iframe added later by a single-page app is gated and gets a placeholder', async ({
    page
  }) => {
    const seen = requests(page)
    await page.goto('/fixtures/embeds.html')
    await page.evaluate(() => {
      const frame = document.createElement('iframe')
      frame.title = 'Late video'
      frame.setAttribute('data-consent', 'personalisation')
      frame.setAttribute('data-vendor', 'youtube')
      frame.setAttribute('data-src', '/fixtures/embed.html?late')
      document.querySelector('main')!.append(frame)
    })
    await expect(page.locator('consentry-placeholder')).toHaveCount(2)
    expect(seen.filter((s) => s.includes('late'))).toEqual([])
    await page.evaluate(() =>
      window.Consentry!.save({ categories: { personalisation: true } })
    )
    await expect(page.locator('consentry-placeholder')).toHaveCount(0)
    await expect
      .poll(() => seen.filter((s) => s.includes('late')))
      .toEqual(['embed.html?late'])
  })

  test('the placeholder passes axe', async ({ page }) => {
    await page.goto('/fixtures/embeds.html')
    await expect(page.getByRole('group', { name: 'YouTube' })).toBeVisible()
    await page.addScriptTag({
      path: createRequire(import.meta.url).resolve('axe-core/axe.min.js')
    })
    const violations = await page.evaluate(async () =>
      (
        (
          await (window as any).axe.run(document, {
            runOnly: {
              type: 'tag',
              values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']
            }
          })
        ).violations as Array<{ id: string }>
      ).map((v) => v.id)
    )
    expect(violations).toEqual([])
  })
})
