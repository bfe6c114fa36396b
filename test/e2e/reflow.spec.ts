import { expect, test, type Locator, type Page } from '@playwright/test'
import { LANGUAGES as TRANSLATIONS } from '../../src/utils/pick-language'

// Reflow (WCAG 2.2 SC 1.4.10): on a 320 px wide screen (the modal banner, the US notice,
// the bar banner, the preferences and opt-out dialogs, the re-open buttons), and on wider
// ones (the 26rem box, the modal banner, the bar from 600 px, where its buttons share a
// row), every text of every shipped language stays inside its box, and a button's label
// inside its padding: a button whose label cannot share a row moves to a row of its own,
// a category's switch moves below a long name, a word wider than its box breaks. Once
// decided, the dialogs' consent id line fits too.
const LANGUAGES = ['en', ...TRANSLATIONS]

/**
 * Elements of the UI's shadow roots whose content is wider than their box, described
 * with their text and widths (empty: nothing spills).
 *
 * @param spaced With the text spacing a reader may set (WCAG 2.2 SC 1.4.12: line height
 *   1.5, paragraphs 2em apart, letters 0.12em, words 0.16em), put in for the measurement.
 */
const spills = (page: Page, spaced: boolean) =>
  page.evaluate((spaced) => {
    const roots = [...document.querySelectorAll('consentry-root')].map(
      (h) => h.shadowRoot!
    )
    const styles = (spaced ? roots : []).map((root) => {
      const style = document.createElement('style')
      style.textContent =
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important;' +
        ' word-spacing: 0.16em !important } p { margin-bottom: 2em !important }'
      return root.appendChild(style)
    })
    /** A button's label is wider than its box less the padding (it runs into the edge). */
    const labelSpills = (el: Element) => {
      if (el.localName !== 'button' || !el.textContent!.trim()) return false
      const style = getComputedStyle(el)
      const range = document.createRange()
      range.selectNodeContents(el)
      const room =
        el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
      return range.getBoundingClientRect().width > room + 1
    }
    const found = roots.flatMap((root) =>
      [...root.querySelectorAll('*')]
        .filter(
          (el) =>
            el.getClientRects().length > 0 &&
            getComputedStyle(el).display !== 'inline' &&
            (el.scrollWidth > el.clientWidth + 1 || labelSpills(el))
        )
        .map(
          (el) =>
            `${el.localName}.${el.className} "${el.textContent!.trim().slice(0, 30)}" ${el.scrollWidth} > ${el.clientWidth}`
        )
    )
    for (const style of styles) style.remove()
    return found
  }, spaced)

/** Nothing in the UI spills, as shipped and with a reader's text spacing. */
async function expectFits(page: Page, what: string) {
  expect(await spills(page, false), what).toEqual([])
  expect(await spills(page, true), `${what}, with text spacing`).toEqual([])
}

/**
 * Waits for `layer` to show in `language`: it speaks the language asked for (its texts
 * were fetched), or the test is moot.
 */
async function shownIn(layer: Locator, language: string) {
  await expect(layer).toBeVisible()
  await expect(layer.locator('xpath=ancestor-or-self::*[@lang][1]')).toHaveAttribute(
    'lang',
    language
  )
}

/** Waits for the first layer (a region, or the modal banner's dialog) in `language`. */
const firstLayer = (page: Page, language: string, role: 'region' | 'dialog') =>
  shownIn(page.getByRole(role).first(), language)

/** The re-open button shows in `language`, inside the screen, its label inside it. */
async function expectReopenFits(page: Page, language: string, what: string) {
  const reopen = page.locator('.cy-reopen')
  await shownIn(reopen, language)
  const box = (await reopen.boundingBox())!
  expect(box.x, what).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width, what).toBeLessThanOrEqual(320)
  await expectFits(page, what)
}

test.describe('reflow: every shipped language fits', () => {
  for (const language of LANGUAGES) {
    test(`${language}: every layer and dialog at 320 px, the first layer wider`, async ({
      page
    }) => {
      // Each layer is measured at 320 px, then at the wider screens by resizing the same
      // page (the layouts answer to the width alone, as a phone turned or a window
      // widened would see them).
      await page.setViewportSize({ width: 320, height: 640 })
      await page.goto(`/fixtures/ui.html?lang=${language}&layout=modal`)
      await firstLayer(page, language, 'dialog')
      await expectFits(page, 'modal banner')
      await page.setViewportSize({ width: 1280, height: 800 })
      await expectFits(page, 'modal banner at 1280 px')

      await page.setViewportSize({ width: 320, height: 640 })
      await page.goto(`/fixtures/ui.html?lang=${language}&region=US-CA&notice=1`)
      await firstLayer(page, language, 'region')
      await expectFits(page, 'US notice')

      await page.goto(`/fixtures/ui.html?lang=${language}`)
      await firstLayer(page, language, 'region')
      await expectFits(page, 'banner')
      // The bar where its buttons share a row: below the text, or beside it.
      for (const width of [600, 900, 1280]) {
        await page.setViewportSize({ width, height: 800 })
        await expectFits(page, `banner at ${width} px`)
      }

      await page.setViewportSize({ width: 320, height: 640 })
      await page.evaluate(() => window.Consentry!.showPreferences())
      const dialog = page.getByRole('dialog')
      await expect(dialog).toBeVisible()
      const disclosures = await dialog.locator('button[aria-expanded]').all()
      expect(disclosures.length).toBeGreaterThan(0)
      for (const disclosure of disclosures) await disclosure.click()
      await expectFits(page, 'preferences')

      await page.keyboard.press('Escape')
      await expect(dialog).toBeHidden()
      await page.evaluate(() => window.Consentry!.showOptOut())
      await expect(page.getByRole('dialog')).toBeVisible()
      await expectFits(page, 'opt-out')

      await page.setViewportSize({ width: 1280, height: 800 })
      await page.goto(`/fixtures/ui.html?lang=${language}&layout=box`)
      await firstLayer(page, language, 'region')
      await expectFits(page, 'box')

      // Last, as it decides: the re-open button at 320 px, the UI's and then, on a
      // returning view, the plain one of consentry-reopen.js.
      await page.setViewportSize({ width: 320, height: 640 })
      await page.goto(`/fixtures/ui.html?lang=${language}&reopen=1`)
      await firstLayer(page, language, 'region')
      await page.evaluate(() => window.Consentry!.rejectAll())
      await expectReopenFits(page, language, "UI's re-open button")
      // Decided, the dialogs end with the consent id and its time.
      for (const show of ['showPreferences', 'showOptOut'] as const) {
        await page.evaluate((show) => window.Consentry![show](), show)
        const decidedDialog = page.getByRole('dialog')
        await expect(decidedDialog.locator('.cy-proof time')).toBeVisible()
        await expectFits(page, `${show}, decided, with the consent id`)
        await page.keyboard.press('Escape')
        await expect(decidedDialog).toBeHidden()
      }
      await page.reload()
      await expectReopenFits(page, language, 'plain re-open button')
    })
  }
})

test('a long word breaks where its translation allows: the German heading at 320 px', async ({
  page
}) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto('/fixtures/ui.html?lang=de&layout=modal')
  const heading = page.getByRole('dialog').getByRole('heading')
  await expect(heading).toBeVisible()
  // "Datenschutzeinstellungen" is wider than the modal at 320 px: it breaks at the soft
  // hyphen the translation carries (shown as "Datenschutz-"), not wherever it overflows.
  const lines = await heading.evaluate((el) => {
    const text = el.firstChild!
    const whole = text.textContent!
    /** The line (its bottom edge) of the first character of `part`, at or after `from`. */
    const line = (part: string, from = 0) => {
      const range = document.createRange()
      const index = whole.indexOf(part, from)
      range.setStart(text, index)
      range.setEnd(text, index + 1)
      return Math.round(range.getBoundingClientRect().bottom)
    }
    const second = whole.indexOf('einstellungen')
    return { z: line('z'), i: line('i', second), last: line('n', whole.length - 1) }
  })
  // "…schutz" ends a line, and "einstellungen" is whole on the next.
  expect(lines.i).toBeGreaterThan(lines.z)
  expect(lines.last).toBe(lines.i)
})
