import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { sourceFiles as files, SRC } from './source-files'

/** Source without comments and string contents, so only code is inspected. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, "''")
}

describe('architecture (STYLE.md §1)', () => {
  it('core and catalog touch no browser global', () => {
    const offenders = [
      ...files(join(SRC, 'core')),
      ...files(join(SRC, 'catalog'))
    ].filter((f) =>
      /\b(window|document|navigator|location|localStorage|sessionStorage|globalThis)\b/.test(
        code(f)
      )
    )
    expect(offenders.map((f) => relative(SRC, f))).toEqual([])
  })

  it('the UI never reads cookies itself: it goes through stores and actions', () => {
    const offenders = files(join(SRC, 'ui')).filter((f) =>
      /js-cookie|document\.cookie|storage\//.test(readFileSync(f, 'utf8'))
    )
    expect(offenders.map((f) => relative(SRC, f))).toEqual([])
  })

  it('dependencies point one way: core imports nothing from dom, ui or entries', () => {
    const offenders = files(join(SRC, 'core')).filter((f) =>
      /from '(\.\.\/)+(dom|ui|integrations|create-consentry|engine|boot)/.test(
        readFileSync(f, 'utf8')
      )
    )
    expect(offenders.map((f) => relative(SRC, f))).toEqual([])
  })

  it('the catalog is data: no functions', () => {
    const offenders = files(join(SRC, 'catalog')).filter((f) =>
      /\bfunction\b|=>/.test(code(f))
    )
    expect(offenders.map((f) => relative(SRC, f))).toEqual([])
  })

  it('only the script-tag entry acts on load: no top-level statement runs code', () => {
    const offenders = files(SRC).filter((f) => {
      // The script-tag entries: the first file, the engine, the validator, the GPP API,
      // the UI, the first-visit banner and the re-open button; and the command line's.
      if (
        [
          'boot.ts',
          'cli-entry.ts',
          'engine-entry.ts',
          'validator-entry.ts',
          'ui/register.ts',
          'gpp/register.ts',
          'banner/register.ts',
          'banner/register-modal.ts',
          'banner/register-reopen.ts'
        ].some((e) => f.endsWith(e))
      )
        return false
      const source = ts.createSourceFile(
        f,
        readFileSync(f, 'utf8'),
        ts.ScriptTarget.Latest
      )
      return source.statements.some(
        (s) =>
          ts.isExpressionStatement(s) ||
          ts.isIfStatement(s) ||
          ts.isForStatement(s) ||
          ts.isForOfStatement(s) ||
          ts.isTryStatement(s)
      )
    })
    expect(offenders.map((f) => relative(SRC, f))).toEqual([])
  })
})
