import { expect, test } from '@playwright/test'
import { decide, engineStarted } from './helpers'

// consentry/server: a page rendered by what the request's cookie allows, read on the
// server exactly as the script tag reads it (see demo/server.mjs, *.ssr.html).
const PAGE = '/fixtures/server-gated.ssr.html'

test('invariant: the server reads the choice the page made: what it renders by consent appears only once allowed, and goes once withdrawn', async ({
  page
}) => {
  const recommended = page.getByRole('region', { name: 'Recommended for you' })
  const capi = page.locator('#capi')

  // First visit: nothing decided, the server rendered neither block.
  await page.goto(PAGE)
  await engineStarted(page)
  await expect(page.getByRole('region', { name: /privacy/i })).toBeVisible()
  await expect(recommended).toHaveCount(0)
  await expect(capi).toHaveCount(0)

  // Personalisation granted, marketing not: the next page has the one block.
  await decide(page, 'save', { categories: { personalisation: true } })
  await page.reload()
  await expect(recommended).toBeVisible()
  await expect(capi).toHaveCount(0)

  // Everything granted, then withdrawn: the server follows each choice.
  await decide(page, 'acceptAll')
  await page.reload()
  await expect(capi).toBeVisible()
  await decide(page, 'rejectAll')
  await page.reload()
  await expect(recommended).toHaveCount(0)
  await expect(capi).toHaveCount(0)
})

test('a tampered or foreign cookie renders nothing by consent on the server, as on the page', async ({
  page,
  context,
  request
}) => {
  await page.goto(PAGE)
  await engineStarted(page)
  await decide(page, 'acceptAll')
  const [cookie] = (await context.cookies()).filter((c) => c.name === 'consentry')
  const html = async (value: string) =>
    // A request of its own, with no cookie but the one given.
    (await request.get(PAGE, { headers: { cookie: `consentry=${value}` } })).text()
  expect(await html(cookie!.value)).toContain('id="capi"')
  // One bit of the vendors' field flipped: the checksum no longer holds.
  const tampered = cookie!.value.replace(
    /\.([0-9a-f]+)\.([0-3])\./,
    (_, bits: string, optOut: string) =>
      `.${bits.replace(/.$/, (d) => (d === '0' ? '1' : '0'))}.${optOut}.`
  )
  expect(tampered).not.toBe(cookie!.value)
  for (const value of [tampered, 'granted', '1.1.all']) {
    const rendered = await html(value)
    expect(rendered, value).not.toContain('id="capi"')
    expect(rendered, value).not.toContain('Recommended for you"')
  }
})
