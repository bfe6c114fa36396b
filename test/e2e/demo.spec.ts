import { expect, test } from '@playwright/test'

test('demo: tags are held until the banner choice, released by it, and their cookies appear', async ({
  page,
  context
}) => {
  const vendorRequests: string[] = []
  page.on('request', (r) => r.url().includes('/vendors/') && vendorRequests.push(r.url()))
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Consentry demo' })).toBeVisible()
  const banner = page.getByRole('region', { name: 'Your privacy choices' })
  await expect(banner).toBeVisible()
  const tags = page.locator('#tags li')
  await expect(tags).toHaveCount(5)
  await expect(tags.filter({ hasText: ': held' })).toHaveCount(5)
  expect(vendorRequests).toEqual([])

  await banner.getByRole('button', { name: 'Customize' }).click()
  const dialog = page.getByRole('dialog', { name: 'Cookie preferences' })
  await dialog.getByRole('switch', { name: 'Statistical' }).click()
  await dialog.getByRole('button', { name: 'Save choices' }).click()
  await expect(tags.filter({ hasText: ': ran' })).toHaveCount(2)
  await expect(page.locator('#cookies')).toContainText('_ga=')
  await expect(page.locator('#cookies')).not.toContainText('_fbp=')

  await page.getByRole('link', { name: 'Cookie settings' }).click()
  await dialog.getByRole('button', { name: 'Accept all' }).click()
  await expect(tags.filter({ hasText: ': ran' })).toHaveCount(5)
  const names = (await context.cookies()).map((c) => c.name)
  expect(names).toEqual(
    expect.arrayContaining([
      '_ga',
      '_ym_uid',
      '_fbp',
      '_gcl_au',
      'cto_bundle',
      'consentry'
    ])
  )
  await expect(page.locator('#state')).toContainText('"method": "preferences"')
})
