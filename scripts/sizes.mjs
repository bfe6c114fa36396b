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

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** The numbers of one source-map segment (base64 VLQ). */
function segmentFields(segment) {
  const fields = []
  let value = 0
  let shift = 0
  for (const char of segment) {
    const digit = BASE64.indexOf(char)
    if (digit < 0) throw new Error(`not a source-map segment: ${segment}`)
    value += (digit & 31) << shift
    if (digit & 32) shift += 5
    else {
      fields.push(value & 1 ? -(value >> 1) : value >> 1)
      value = 0
      shift = 0
    }
  }
  return fields
}

/**
 * Where a built file's bytes come from: each source's share of the minified output, by
 * its source map (each mapped segment runs to the next one; what no source claims, such
 * as the bundle's wrapper and the whitespace between lines, is `(unmapped)`). Bytes are
 * the output's characters (the files are ASCII but for translations' text).
 *
 * @param code The built file's text.
 * @param map Its source map (version 3).
 * @returns Each source with its bytes, largest first (a tie by name); they add up to
 *   `code.length`.
 */
export function sourceShares(code, map) {
  const shares = new Map()
  const add = (name, bytes) => shares.set(name, (shares.get(name) ?? 0) + bytes)
  const lines = code.split('\n')
  const lineMappings = map.mappings.split(';')
  let source = 0
  lineMappings.forEach((mappings, index) => {
    const line = lines[index] ?? ''
    let column = 0
    let at = 0 // where the current segment starts
    let owner = '(unmapped)'
    for (const segment of mappings ? mappings.split(',') : []) {
      const fields = segmentFields(segment)
      column += fields[0]
      add(owner, column - at)
      at = column
      if (fields.length > 1) {
        source += fields[1]
        owner = map.sources[source]
      } else owner = '(unmapped)'
    }
    add(owner, line.length - at)
  })
  // Newlines between lines, and lines the map does not reach.
  add('(unmapped)', lines.length - 1)
  for (const line of lines.slice(lineMappings.length)) add('(unmapped)', line.length)
  return [...shares]
    .filter(([, bytes]) => bytes > 0)
    .map(([name, bytes]) => ({ source: name.replace(/^(\.\.\/)+/, ''), bytes }))
    .sort((a, b) => b.bytes - a.bytes || (a.source < b.source ? -1 : 1))
}

/**
 * The same shares summed by folder: each source's path cut to its first `depth` segments
 * (`src/dom/auto-block/index.ts` at depth 2 is `src/dom`; `(unmapped)` stays itself).
 *
 * @param shares What {@link sourceShares} returns.
 * @param depth How many path segments name a group (1 or more).
 * @returns Each group with its bytes, largest first (a tie by name).
 */
export function sharesByFolder(shares, depth) {
  const groups = new Map()
  for (const { source, bytes } of shares) {
    const group = source.split('/').slice(0, depth).join('/')
    groups.set(group, (groups.get(group) ?? 0) + bytes)
  }
  return [...groups]
    .map(([source, bytes]) => ({ source, bytes }))
    .sort((a, b) => b.bytes - a.bytes || (a.source < b.source ? -1 : 1))
}
