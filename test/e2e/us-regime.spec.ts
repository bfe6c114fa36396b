import { expect, test } from '@playwright/test'
import { ran } from './helpers'

const gpcOn = () =>
  Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true })

test('GPC over a stored "allowed" choice: the signal wins and the dialog explains the conflict', async ({
  browser
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/fixtures/ui.html?region=US-CA')
  await page.evaluate(() => window.Consentry!.acceptAll())
  await page.close()
  // The same visitor comes back with Global Privacy Control switched on.
  const again = await context.newPage()
  await again.addInitScript(gpcOn)
  await again.goto('/fixtures/ui.html?region=US-CA')
  expect(await again.evaluate(() => window.Consentry!.getState())).toMatchObject({
    method: 'stored',
    gpc: true,
    optOut: { sale: true, share: true },
    categories: { marketing: false }
  })
  await again
    .getByRole('link', { name: 'Do Not Sell or Share My Personal Information' })
    .click()
  const dialog = again.getByRole('dialog', {
    name: 'Do Not Sell or Share My Personal Information'
  })
  await expect(dialog.getByRole('status')).toContainText('Opt-Out Request Honored')
  await expect(dialog).toContainText(
    'Your browser now sends a Global Privacy Control signal, which takes precedence'
  )
  await context.close()
})

test('the optional US notice: non-blocking, links the opt-out, and OK is remembered', async ({
  page
}) => {
  await page.route('**/fixtures/us-notice.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>US notice</title>
        <script>window.consentryConfig = { region: 'US-TX', ui: { usNotice: true } }</script>
        <script src="/dist/consentry.js"></script>
        <script type="text/plain" data-consent="marketing" src="/fixtures/scripts/record.js" data-name="ads"></script>
        </head><body><main><h1>Shop</h1></main></body></html>`
    })
  )
  await page.goto('/fixtures/us-notice.html')
  const notice = page.getByRole('region', { name: 'Your privacy choices' })
  await expect(notice).toBeVisible()
  // Tags already run under the US regime: the notice blocks nothing.
  await expect.poll(() => page.evaluate(() => window.__ran ?? [])).toEqual(['ads'])
  await notice
    .getByRole('button', { name: 'Do Not Sell or Share My Personal Information' })
    .click()
  await expect(
    page.getByRole('dialog', { name: 'Do Not Sell or Share My Personal Information' })
  ).toBeVisible()
  await page.keyboard.press('Escape')
  await notice.getByRole('button', { name: 'OK' }).click()
  await expect(notice).toBeHidden()
  expect(await page.evaluate(() => window.Consentry!.getState())).toMatchObject({
    decided: true,
    method: 'banner',
    optOut: { sale: false, share: false }
  })
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Shop' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Your privacy choices' })).toHaveCount(0)
})

test('invariant: a decision the page asks for before the engine is here is made before the US defaults release anything', async ({
  page
}) => {
  // The engine is held back; meanwhile the page opts the visitor out (a site that knows
  // its signed-in visitor's choice, say). No reload on withdrawal: this view is read.
  let release!: () => void
  const released = new Promise<void>((done) => (release = done))
  await page.route('**/dist/consentry-engine.js', async (route) => {
    const response = await route.fetch()
    await released
    await route.fulfill({ response })
  })
  await page.goto('/fixtures/gpp.html?region=US-VA&stub=0&reload=0', {
    waitUntil: 'domcontentloaded'
  })
  await page.evaluate(() => window.Consentry!.optOut({ sale: true, share: true }))
  await page.waitForTimeout(300)
  release()
  await expect
    .poll(() => page.evaluate(() => window.Consentry!.getState().decided))
    .toBe(true)
  await expect.poll(() => ran(page)).toEqual(['statistical'])
  await page.waitForTimeout(300)
  // Facebook sells or shares: it never ran, not even for a moment on the defaults.
  expect(await ran(page)).toEqual(['statistical'])
  expect(await page.evaluate(() => window.Consentry!.getState())).toMatchObject({
    method: 'api',
    optOut: { sale: true, share: true }
  })
})
