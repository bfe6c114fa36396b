import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cookieDeclaration } from '../../src/cli/declaration'
import { validateConfig } from '../../src/core/config/validate'
import { sourceFiles, SRC } from './source-files'

const README = new URL('../../README.md', import.meta.url).pathname

/** Every storage key the source declares: `export const …_KEY = 'consentry:…'`. */
function declaredKeys(): string[] {
  return sourceFiles(SRC)
    .flatMap((path) => [
      ...readFileSync(path, 'utf8').matchAll(
        /export const \w+_KEY = '(consentry:[a-z:-]+)'/g
      )
    ])
    .map((match) => match[1]!)
    .sort()
}

const NUMBERS = ['none', 'one', 'two', 'three', 'four', 'five', 'six', 'seven']

describe("every localStorage entry is disclosed, in the README and in the cookie declaration (site owners' cookie policies list them)", () => {
  it('names each key the source declares, and counts them right', () => {
    const readme = readFileSync(README, 'utf8')
    const start = readme.indexOf('Beside the cookie, the script tag keeps')
    expect(start).toBeGreaterThan(-1)
    const paragraph = readme.slice(start, readme.indexOf('\n\n', start))
    const named = [...paragraph.matchAll(/`(consentry:[a-z:-]+)`/g)].map((m) => m[1]!)
    const keys = declaredKeys()
    // The records' outbox, the held records, the remembered config and the record.
    expect(keys.length).toBeGreaterThanOrEqual(4)
    expect([...new Set(named)].sort()).toEqual(keys)
    expect(paragraph).toContain(`keeps ${NUMBERS[keys.length]} \`localStorage\` entries`)
  })

  it('`consentry declaration` lists each of them too, under Consentry', () => {
    const md = cookieDeclaration(validateConfig({}).config, {
      language: 'en',
      format: 'md'
    })
    const consentry = md.slice(md.indexOf('### Consentry'), md.indexOf('## Statistical'))
    const listed = [...consentry.matchAll(/`(consentry:[a-z:-]+)`/g)].map((m) => m[1]!)
    expect(listed.sort()).toEqual(declaredKeys())
  })
})
