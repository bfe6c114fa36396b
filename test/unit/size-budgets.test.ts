import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
// @ts-expect-error plain JavaScript helper without types
import { budgetTable, measureBudgets } from '../../scripts/sizes.mjs'

const pkg = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8')
)

interface Measured {
  name: string
  gzip: number
  brotli: number
  measured: { gzip: number; brotli: number }
}

/** Every budget, measured once (brotli at quality 11 is the slow part). */
const budgets = measureBudgets(pkg) as Measured[]
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

describe('size budgets (package.json "sizeBudgets")', () => {
  it.each(budgets)('$name fits its budget', (budget) => {
    expect(budget.measured.gzip, 'gzip bytes').toBeLessThanOrEqual(budget.gzip)
    expect(budget.measured.brotli, 'brotli bytes').toBeLessThanOrEqual(budget.brotli)
  })

  it('the README quotes exactly the budgets', () => {
    expect(README).toContain(budgetTable(pkg))
  })

  // Sizes the README's prose quotes, each found by the words around it: a pattern whose
  // one group is the number, the budget it quotes (measured), and the decimals it shows.
  const PROSE: Array<[RegExp, string, number]> = [
    [/`consentry-banner\.js` alone\*\* \((\S+) kB/, 'first visit, EU, English', 2],
    [/`consentry-banner-modal\.js` \((\S+) kB/, 'first-visit modal banner', 1],
    [/\s(\S+) kB with `consentry\.js`, where it used to/, 'first visit, EU, modal', 1],
    [/`consentry-validator\.js` \((\S+) kB gzip\)/, 'validator', 1],
    [/instead of the engine \((\S+) kB\)/, 'engine', 1],
    [/A US first view is (\S+) kB in three files/, 'first visit, US (', 1],
    [/`consentry-reopen\.js`\s+\((\S+) kB gzip/, 're-open button', 1]
  ]

  it.each(PROSE)(
    'the README prose quotes the measured size: %s',
    (pattern, name, digits) => {
      const budget = budgets.find((b) => b.name.startsWith(name))!
      expect(budget, name).toBeDefined()
      expect(pattern.exec(README)?.[1], name).toBe(
        (budget.measured.gzip / 1000).toFixed(digits)
      )
    }
  )
})
