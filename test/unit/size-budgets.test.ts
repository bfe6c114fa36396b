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

describe('size budgets (package.json "sizeBudgets")', () => {
  it.each(measureBudgets(pkg) as Measured[])('$name fits its budget', (budget) => {
    expect(budget.measured.gzip, 'gzip bytes').toBeLessThanOrEqual(budget.gzip)
    expect(budget.measured.brotli, 'brotli bytes').toBeLessThanOrEqual(budget.brotli)
  })

  it('the README quotes exactly the budgets', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    expect(readme).toContain(budgetTable(pkg))
  })
})
