// `npm run size`: every size budget, measured against the current build.
import { readFileSync } from 'node:fs'
import { measureBudgets } from './sizes.mjs'

const pkg = JSON.parse(readFileSync('package.json', 'utf8'))
let over = false
for (const b of measureBudgets(pkg)) {
  const bad = b.measured.gzip > b.gzip || b.measured.brotli > b.brotli
  over ||= bad
  console.log(
    `${bad ? '✗' : '✓'} ${b.name.padEnd(52)} gzip ${String(b.measured.gzip).padStart(6)} / ${b.gzip}   brotli ${String(b.measured.brotli).padStart(6)} / ${b.brotli}`
  )
}
process.exitCode = over ? 1 : 0
