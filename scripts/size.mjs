// `npm run size`: every size budget, measured against the current build.
// `npm run size -- --why dist/consentry.js`: where that file's bytes come from, by source.
import { existsSync, readFileSync } from 'node:fs'
import { fileSize, measureBudgets, sourceShares } from './sizes.mjs'

const why = process.argv.indexOf('--why')
const file = why >= 0 ? process.argv[why + 1] : undefined
if (why >= 0 && !(file && existsSync(file) && existsSync(`${file}.map`))) {
  console.error(
    `--why needs a built file with its source map, e.g. dist/consentry.js (got ${file ?? 'nothing'}; npm run build makes them)`
  )
  process.exitCode = 2
} else if (why >= 0) {
  const code = readFileSync(file, 'utf8')
  const shares = sourceShares(code, JSON.parse(readFileSync(`${file}.map`, 'utf8')))
  const { gzip, brotli } = fileSize(file)
  console.log(
    `${file}: ${code.length} bytes minified (gzip ${gzip}, brotli ${brotli}), by source:`
  )
  for (const { source, bytes } of shares)
    console.log(
      `${String(bytes).padStart(7)} ${((100 * bytes) / code.length).toFixed(1).padStart(5)} %  ${source}`
    )
} else {
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
}
