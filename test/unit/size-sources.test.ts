import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
// @ts-expect-error plain JavaScript helper without types
import { sharesByFolder, sourceShares } from '../../scripts/sizes.mjs'

interface Share {
  source: string
  bytes: number
}
const shares = (code: string, map: object) => sourceShares(code, map) as Share[]

describe('sourceShares (npm run size -- --why)', () => {
  it("gives each mapped segment's bytes to its source, up to the next segment", () => {
    // Line 1: "ab" ('a' from a.ts, 'b' from b.ts); line 2: "cd" ('c' from a.ts, 'd' from
    // no source). Segments: [column, source delta, line, column], base64 VLQ.
    const code = 'ab\ncd'
    const map = {
      version: 3,
      sources: ['../src/a.ts', '../src/b.ts'],
      mappings: 'AAAA,CCAA;ADAA,C'
    }
    // Largest first; a tie by name.
    expect(shares(code, map)).toEqual([
      { source: '(unmapped)', bytes: 2 }, // the newline and 'd'
      { source: 'src/a.ts', bytes: 2 },
      { source: 'src/b.ts', bytes: 1 }
    ])
  })

  it('counts what comes before the first segment and lines the map does not reach', () => {
    const code = '(()=>{x\n})()'
    const map = { version: 3, sources: ['../src/x.ts'], mappings: 'MAAA' } // column 6
    expect(shares(code, map)).toEqual([
      { source: '(unmapped)', bytes: 6 + 1 + 4 }, // '(()=>{', the newline, '})()'
      { source: 'src/x.ts', bytes: 1 }
    ])
  })

  it('accounts for every byte of the built first file, which carries no UI code', () => {
    const code = readFileSync('dist/consentry.js', 'utf8')
    const map = JSON.parse(readFileSync('dist/consentry.js.map', 'utf8'))
    const found = shares(code, map)
    expect(found.reduce((sum, share) => sum + share.bytes, 0)).toBe(code.length)
    expect(found[0]!.source).toBe('src/boot.ts')
    // No UI (components, styles, Preact): a returning view runs without it (issue 7).
    expect(found.filter((s) => /src\/ui\/|preact|themes\//.test(s.source))).toEqual([])
  })

  it('refuses a mapping that is not base64 VLQ', () => {
    expect(() => shares('a', { version: 3, sources: ['a'], mappings: 'A!AA' })).toThrow(
      /not a source-map segment/
    )
  })
})

describe('sharesByFolder (npm run size -- --why <file> --depth N)', () => {
  const bySource: Share[] = [
    { source: 'src/boot.ts', bytes: 40 },
    { source: 'src/dom/gate/index.ts', bytes: 30 },
    { source: 'src/dom/auto-block/index.ts', bytes: 20 },
    { source: 'src/core/consent/codec.ts', bytes: 25 },
    { source: '(unmapped)', bytes: 5 }
  ]
  const byFolder = (depth: number) => sharesByFolder(bySource, depth) as Share[]

  it('sums the sources of each folder, largest first', () => {
    expect(byFolder(2)).toEqual([
      { source: 'src/dom', bytes: 50 },
      { source: 'src/boot.ts', bytes: 40 },
      { source: 'src/core', bytes: 25 },
      { source: '(unmapped)', bytes: 5 }
    ])
  })

  it('keeps deeper folders apart, and loses no byte at any depth', () => {
    expect(byFolder(3).map((s) => s.source)).toEqual([
      'src/boot.ts',
      'src/dom/gate',
      'src/core/consent',
      'src/dom/auto-block',
      '(unmapped)'
    ])
    for (const depth of [1, 2, 3, 9])
      expect(byFolder(depth).reduce((sum, s) => sum + s.bytes, 0)).toBe(120)
  })
})
