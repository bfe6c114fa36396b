import { describe, expect, it } from 'vitest'
import { loadScriptFile, registerScriptFile } from './index'

describe('handing over a script-tag file (register ↔ load)', () => {
  const key = Symbol.for('consentry.test')

  it('a file that runs before anyone asks leaves its exports for the first load', async () => {
    const target: Record<symbol, unknown> = {}
    const exports = { mountUI: () => 'ui' }
    registerScriptFile(target, key, exports)
    await expect(
      loadScriptFile(target, key, 'x.js', 'https://a.example/', undefined)
    ).resolves.toBe(exports)
  })

  it('a function export is left as well (the engine hands over a function)', async () => {
    const target: Record<symbol, unknown> = {}
    const start = () => 'engine'
    registerScriptFile(target, key, start)
    await expect(
      loadScriptFile(target, key, 'x.js', 'https://a.example/', undefined)
    ).resolves.toBe(start)
  })

  it('a file that runs after the load asked calls the function waiting there', () => {
    const got: unknown[] = []
    const target: Record<symbol, unknown> = { [key]: (e: unknown) => got.push(e) }
    registerScriptFile(target, key, { gpp: true })
    expect(got).toEqual([{ gpp: true }])
  })

  it('does nothing without window.Consentry', () => {
    expect(() => registerScriptFile(undefined, key, {})).not.toThrow()
  })
})
