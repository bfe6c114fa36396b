// Compressed sizes of built files, as a browser downloads them: each file compressed on
// its own (gzip level 9, brotli quality 11), summed over a budget's files. Deterministic.
import { readFileSync } from 'node:fs'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/** The compressed size of one file. */
export function fileSize(path) {
  const data = readFileSync(path)
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      .length
  }
}

/** The sizes of every budget in package.json, measured against the build. */
export function measureBudgets(pkg) {
  return pkg.sizeBudgets.map((budget) => {
    const sizes = budget.files.map(fileSize)
    const sum = (key) => sizes.reduce((n, s) => n + s[key], 0)
    return {
      ...budget,
      measured: { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') }
    }
  })
}

/** The README's size table, generated from the budgets (the README must quote exactly this). */
export function budgetTable(pkg) {
  const kb = (n) => `${(n / 1000).toFixed(1)} kB`
  const rows = pkg.sizeBudgets.map(
    (b) => `| ${b.name} | ${kb(b.gzip)} | ${kb(b.brotli)} |`
  )
  return ['| what | gzip budget | brotli budget |', '| --- | --- | --- |', ...rows].join(
    '\n'
  )
}
