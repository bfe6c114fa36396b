import { expect, test, type Page } from '@playwright/test'
import { confirmOptOut, keptRecords, outbox, receivedRecords } from './helpers'

const inspector = (page: Page, id: string) => page.locator(`#${id}`)
const tags = (page: Page) => page.locator('#tags li')

test.describe('demo walk-through, with the consent inspector', () => {
  test('the demo, its privacy page and its legal notice load clean: no error, no failed request', async ({
    page
  }) => {
    const problems: string[] = []
    page.on(
      'console',
      (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`)
    )
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
    page.on(
      'response',
      (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`)
    )
    for (const path of ['/?region=DE', '/privacy.html', '/imprint.html']) {
      await page.goto(path)
      await page.waitForLoadState('load')
      // The icon is asked for after load; give it a moment to fail, if it would.
      await page.waitForTimeout(300)
    }
    expect(problems).toEqual([])
    // The banner links both pages.
    await page.goto('/?region=DE')
    const links = page
      .getByRole('region', { name: 'Your privacy choices' })
      .getByRole('link')
    await expect(links).toHaveText(['Privacy policy', 'Legal notice'])
    expect(await links.last().getAttribute('href')).toBe('/imprint.html')
  })

  test('an EU visitor: held, chosen, recorded, withdrawn', async ({ page, context }) => {
    await page.goto('/?region=DE')
    const banner = page.getByRole('region', { name: 'Your privacy choices' })
    await expect(banner).toBeVisible()
    await expect(tags(page).filter({ hasText: ': held' })).toHaveCount(7)
    await expect(inspector(page, 'cookies')).toHaveText('(none)')
    await expect(inspector(page, 'consent-mode')).toContainText(
      'consent default: granted security_storage'
    )
    await expect(inspector(page, 'gpp')).toContainText(
      '"applicableSections": [\n    -1\n  ]'
    )

    await banner.getByRole('button', { name: 'Customize' }).click()
    const dialog = page.getByRole('dialog', { name: 'Cookie preferences' })
    await dialog.getByRole('switch', { name: 'Statistical' }).click()
    await dialog.getByRole('button', { name: 'Save choices' }).click()
    await expect(tags(page).filter({ hasText: ': ran' })).toHaveCount(2)
    await expect(inspector(page, 'cookies')).toContainText('_ga=')
    await expect(inspector(page, 'cookies')).toContainText('_ym_uid=')
    await expect(inspector(page, 'consent-mode')).toContainText(
      'consent update: granted analytics_storage'
    )
    const id = await page.evaluate(() => window.Consentry!.getRecord()!.id)
    await expect(inspector(page, 'record')).toContainText(`"method": "preferences"`)
    await expect(inspector(page, 'received')).toContainText(
      `preferences · gdpr · id ${id}`
    )

    // Withdraw from the footer link: the page reloads once and the cookies are gone.
    await page.getByRole('link', { name: 'Cookie settings' }).click()
    await Promise.all([
      page.waitForEvent('load'),
      dialog.getByRole('button', { name: 'Reject all' }).click()
    ])
    const names = (await context.cookies()).map((c) => c.name)
    expect(names.filter((n) => /^(_ga|_ym|_gcl|_fbp|cto_)/.test(n))).toEqual([])
    await expect(tags(page).filter({ hasText: ': ran' })).toHaveCount(0)
  })

  test('a Californian: tags run, the opt-out link stops sale and sharing, every signal agrees', async ({
    page
  }) => {
    await page.goto('/?region=US-CA')
    await expect(
      page.getByRole('region', { name: 'Your privacy choices' })
    ).toContainText('opt out of the sale and sharing')
    await expect(tags(page).filter({ hasText: ': ran' })).toHaveCount(5)
    await expect(inspector(page, 'usp')).toHaveText('1YNN')
    // The notice (fixed at the bottom) has the same link as the footer.
    await page
      .getByRole('region', { name: 'Your privacy choices' })
      .getByRole('button', { name: 'Do Not Sell or Share My Personal Information' })
      .click()
    await confirmOptOut(page)
    await expect(inspector(page, 'usp')).toHaveText('1YYN')
    await expect(inspector(page, 'gpp')).toContainText('"SaleOptOut": 1')
    await expect(inspector(page, 'consent-mode')).toContainText(
      'consent update: granted analytics_storage, functionality_storage, personalization_storage, security_storage'
    )
    await expect(
      tags(page).filter({ hasText: 'facebook (marketing): held' })
    ).toHaveCount(2)
    await expect(
      tags(page).filter({ hasText: 'google-analytics (statistical): ran' })
    ).toHaveCount(1)
    const id = await page.evaluate(() => window.Consentry!.getRecord()!.id)
    await expect
      .poll(async () => (await receivedRecords(page, id))[0]?.method)
      .toBe('opt-out')
  })

  test('a Californian with GPC: opted out before any tag, and it is recorded', async ({
    page
  }) => {
    await page.goto('/?region=US-CA&gpc=1')
    await expect(inspector(page, 'usp')).toHaveText('1YYN')
    await expect(inspector(page, 'gpp')).toContainText('"Gpc": true')
    await expect(tags(page).filter({ hasText: 'criteo (marketing): held' })).toHaveCount(
      1
    )
    await expect(inspector(page, 'record')).toContainText('"method": "gpc"')
    const id = await page.evaluate(() => window.Consentry!.getRecord()!.id)
    await expect
      .poll(async () => (await receivedRecords(page, id))[0]?.method)
      .toBe('gpc')
  })

  test('a visitor with no consent law: no banner, everything runs', async ({ page }) => {
    await page.goto('/?region=none')
    await expect(tags(page).filter({ hasText: ': held' })).toHaveCount(0)
    await expect(page.getByRole('region', { name: 'Your privacy choices' })).toHaveCount(
      0
    )
    await expect(inspector(page, 'state')).toContainText('"regime": "none"')
  })

  test('a record sent while offline waits in the outbox and arrives once the browser is back online', async ({
    page,
    context
  }) => {
    await page.goto('/?region=DE')
    await context.setOffline(true)
    await page
      .getByRole('region', { name: 'Your privacy choices' })
      .getByRole('button', { name: 'Accept all' })
      .click()
    const id = await page.evaluate(() => window.Consentry!.getRecord()!.id)
    const kept = (await keptRecords(page)).outbox.map((k) => k.record.id)
    expect(kept).toEqual([id])
    expect(await receivedRecords(page, id)).toHaveLength(0)
    // The inspector shows it waiting in this browser.
    await expect(inspector(page, 'waiting')).toHaveText(`waiting · banner · id ${id}`)
    await context.setOffline(false)
    await expect.poll(async () => (await receivedRecords(page, id)).length).toBe(1)
    await expect.poll(() => outbox(page)).toBeNull()
    await expect(inspector(page, 'waiting')).toHaveText('(none)')
    // The next page view sends nothing again.
    await page.reload()
    await page.waitForTimeout(300)
    expect(await receivedRecords(page, id)).toHaveLength(1)
  })
})
