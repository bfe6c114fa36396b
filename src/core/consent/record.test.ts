import { readFileSync } from 'node:fs'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { validateConfig } from '../config/validate'
import { createConsentCore } from '../consentry-core'
import { createConsentStore } from '../stores/consent-store'
import { memoryStorage } from '../storage/memory-storage'
import type { ConsentRecord } from './record'

const schema = JSON.parse(
  readFileSync(
    new URL('../../../schema/consent-record.schema.json', import.meta.url),
    'utf8'
  )
)
const ajv = new Ajv2020({ allErrors: true, strict: true })
addFormats(ajv)
const valid = ajv.compile(schema)

function setup(options: { gpc?: boolean; region?: string } = {}) {
  const records: ConsentRecord[] = []
  let n = 0
  const core = createConsentCore({
    storage: memoryStorage(),
    store: createConsentStore,
    randomId: () => `rec${String(++n).padStart(13, '0')}`,
    version: '0.1.0',
    language: () => 'de',
    onRecord: (r) => records.push(r),
    ...options
  })
  core.configure(validateConfig(undefined))
  return { core, records }
}

describe('consent records', () => {
  it('every decision method produces one record, valid under the published JSON Schema', () => {
    const { core, records } = setup({ region: 'US-CA' })
    core.acceptAll('banner')
    core.save({ categories: { marketing: false } }, 'preferences')
    core.optOut({ sale: true }, 'opt-out')
    core.rejectAll('api')
    expect(records.map((r) => r.method)).toEqual([
      'banner',
      'preferences',
      'opt-out',
      'api'
    ])
    expect(new Set(records.map((r) => r.id)).size).toBe(4)
    for (const record of records) {
      expect(valid(record), JSON.stringify(valid.errors)).toBe(true)
      expect(record).toMatchObject({
        regime: 'us',
        region: 'US-CA',
        language: 'de',
        version: '0.1.0',
        revision: 1
      })
    }
    expect(records[2]!.optOut).toEqual({ sale: true, share: false })
    expect(core.getRecord()).toEqual(records[3])
  })

  it('a GPC signal is a decision recorded once, then read back as stored', () => {
    const storage = memoryStorage()
    const first: ConsentRecord[] = []
    const make = (records: ConsentRecord[]) => {
      const core = createConsentCore({
        storage,
        store: createConsentStore,
        gpc: true,
        region: 'US-CA',
        randomId: () => 'gpcrecord0000001',
        version: '0.1.0',
        onRecord: (r) => records.push(r)
      })
      core.configure(validateConfig(undefined))
      return core
    }
    make(first)
    expect(first).toHaveLength(1)
    expect(first[0]).toMatchObject({
      method: 'gpc',
      gpc: true,
      optOut: { sale: true, share: true }
    })
    expect(valid(first[0])).toBe(true)
    const later: ConsentRecord[] = []
    const again = make(later)
    expect(later).toEqual([])
    expect(again.$state.get()).toMatchObject({ method: 'stored', id: 'gpcrecord0000001' })
  })

  it('the schema rejects what is not a record', () => {
    const { core, records } = setup()
    core.acceptAll('banner')
    const record = records[0]!
    expect(valid({ ...record, method: 'default' })).toBe(false)
    expect(valid({ ...record, categories: { essential: false } })).toBe(false)
    expect(valid({ ...record, extra: 1 })).toBe(false)
    expect(valid({ ...record, id: 'NOT VALID' })).toBe(false)
  })
})
