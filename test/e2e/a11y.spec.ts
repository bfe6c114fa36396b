import { createRequire } from 'node:module'
import { expect, test, type Page } from '@playwright/test'

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

interface AxeResult {
  violations: Array<{
    id: string
    impact: string
    nodes: Array<{ target: unknown; failureSummary: string }>
  }>
}

/** Runs axe-core (WCAG 2.0–2.2 A and AA rules) on the page, shadow roots included. */
async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE })
  const result = await page.evaluate(() =>
    (
      window as unknown as {
        axe: { run: (c: unknown, o: unknown) => Promise<AxeResult> }
      }
    ).axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
      },
      resultTypes: ['violations']
    })
  )
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary}`).join(' | ')}`
  )
}

const CASES = [
  { name: 'light', query: 'theme=light', scheme: 'light' },
  { name: 'dark', query: 'theme=dark', scheme: 'dark' },
  { name: 'auto, light scheme', query: 'theme=auto', scheme: 'light' },
  { name: 'auto, dark scheme', query: 'theme=auto', scheme: 'dark' },
  { name: 'high contrast', query: 'theme=high-contrast', scheme: 'light' },
  { name: 'right-to-left (Arabic)', query: 'lang=ar', scheme: 'light' }
] as const

for (const c of CASES) {
  test(`axe finds no violations: ${c.name}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: c.scheme, reducedMotion: 'reduce' })
    await page.goto(`/fixtures/ui.html?${c.query}`)
    await expect(page.locator('consentry-root')).toBeAttached()
    await expect(page.getByRole('region').first()).toBeVisible()
    expect(await axe(page), 'banner').toEqual([])

    await page.evaluate(() => window.Consentry!.showPreferences())
    const dialog = page.getByRole('dialog')
    await expect(dialog).toBeVisible()
    for (const toggle of await dialog.locator('button[aria-expanded]').all())
      await toggle.click()
    expect(await axe(page), 'preferences').toEqual([])

    await page.keyboard.press('Escape')
    await page.evaluate(() => window.Consentry!.showOptOut())
    await expect(page.getByRole('dialog')).toBeVisible()
    expect(await axe(page), 'opt-out').toEqual([])
  })
}

test('the themes differ as intended (the checks above ran on distinct colours)', async ({
  page
}) => {
  const colours: Record<string, string> = {}
  for (const theme of ['light', 'dark', 'high-contrast']) {
    await page.goto(`/fixtures/ui.html?theme=${theme}`)
    const region = page.getByRole('region', { name: 'Your privacy choices' })
    await expect(region).toBeVisible()
    colours[theme] = await region.evaluate(
      (el) => getComputedStyle(el).backgroundColor + ' ' + getComputedStyle(el).color
    )
  }
  expect(new Set(Object.values(colours)).size).toBe(3)
})
