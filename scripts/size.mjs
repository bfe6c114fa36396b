// `npm run size`: every size budget, measured against the current build.
// `npm run size -- --why dist/consentry.js`: where that file's bytes come from, by source
// (`--depth 2`: by folder, the sources' paths cut to two segments).
import { existsSync, readFileSync } from 'node:fs'
import { fileSize, measureBudgets, sharesByFolder, sourceShares } from './sizes.mjs'

const option = (name) => {
  const at = process.argv.indexOf(name)
  return at >= 0 ? (process.argv[at + 1] ?? '') : undefined
}
const file = option('--why')
const depth = option('--depth')
if (file !== undefined && !(file && existsSync(file) && existsSync(`${file}.map`))) {
  console.error(
    `--why needs a built file with its source map, e.g. dist/consentry.js (got ${file || 'nothing'}; npm run build makes them)`
  )
  process.exitCode = 2
} else if (depth !== undefined && !(file && Number.isInteger(+depth) && +depth >= 1)) {
  console.error(
    `--depth goes with --why, and needs a whole number of path segments, 1 or more (got ${depth || 'nothing'})`
  )
  process.exitCode = 2
} else if (file !== undefined) {
  const code = readFileSync(file, 'utf8')
  const bySource = sourceShares(code, JSON.parse(readFileSync(`${file}.map`, 'utf8')))
  const shares = depth === undefined ? bySource : sharesByFolder(bySource, +depth)
  const { gzip, brotli } = fileSize(file)
  console.log(
    `${file}: ${code.length} bytes minified (gzip ${gzip}, brotli ${brotli}), by ${depth === undefined ? 'source' : 'folder'}:`
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
