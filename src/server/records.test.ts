import { readFileSync } from 'node:fs'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { validateConfig } from '../core/config/validate'
import { createConsentCore } from '../core/consentry-core'
import type { ConsentRecord } from '../core/consent/record'
import { memoryStorage } from '../core/storage/memory-storage'
import { createConsentStore } from '../core/stores/consent-store'
import { MAX_RECORD_SIZE, readRecord } from './index'

const schema = JSON.parse(
  readFileSync(
    new URL('../../schema/consent-record.schema.json', import.meta.url),
    'utf8'
  )
)
const ajv = new Ajv2020({ allErrors: true, strict: true })
addFormats(ajv)
const schemaValid = ajv.compile(schema)

/** Records as the SDK makes them: every method, with and without region and language. */
function madeRecords(): ConsentRecord[] {
  const records: ConsentRecord[] = []
  let n = 0
  const make = (options: { gpc?: boolean; region?: string; language?: string }) => {
    const core = createConsentCore({
      storage: memoryStorage(),
      store: createConsentStore,
      randomId: () => `rec${String(++n).padStart(13, '0')}`,
      version: '0.1.0',
      language: () => options.language,
      onRecord: (record) => records.push(record),
      ...(options.gpc ? { gpc: true } : {}),
      ...(options.region ? { region: options.region } : {})
    })
    core.configure(validateConfig(undefined))
    return core
  }
  const us = make({ region: 'US-CA', language: 'en' })
  us.acceptAll('banner')
  us.optOut({ sale: true }, 'opt-out')
  const eu = make({ region: 'DE', language: 'de' })
  eu.save({ categories: { statistical: true } }, 'preferences')
  eu.rejectAll('api')
  make({ gpc: true, region: 'US-CO' })
  make({}).acceptAll('banner')
  return records
}

const records = madeRecords()
const base = records[0]!

/** A record changed at one field (`undefined` deletes it). */
const changed = (field: string, value: unknown) => {
  const copy: Record<string, unknown> = structuredClone(base) as never
  if (value === undefined) delete copy[field]
  else copy[field] = value
  return copy
}

describe('readRecord', () => {
  it('reads every kind of record the SDK sends, as sent, from text or parsed JSON', () => {
    expect(new Set(records.map((r) => r.method))).toEqual(
      new Set(['banner', 'opt-out', 'preferences', 'api', 'gpc'])
    )
    for (const record of records) {
      expect(schemaValid(record)).toBe(true)
      expect(readRecord(JSON.stringify(record))).toEqual({ record, errors: [] })
      expect(readRecord(record).record).toEqual(record)
    }
    // A copy: what the caller stores is not the object it was given.
    expect(readRecord(base).record).not.toBe(base)
  })

  // Each case is a body the published schema is asked about too: both must agree.
  const cases: Array<[string, unknown]> = [
    ...Object.keys(base).map(
      (key) => [`no ${key}`, changed(key, undefined)] as [string, unknown]
    ),
    ['an unknown field', { ...base, extra: 1 }],
    ['no region', changed('region', undefined)],
    ['no language', changed('language', undefined)],
    ['a short id', changed('id', 'abc1234')],
    ['an id in capitals', changed('id', 'REC0000000001')],
    ['an id of 33 characters', changed('id', 'a'.repeat(33))],
    ['an id of 32 characters', changed('id', 'a'.repeat(32))],
    ['30 February', changed('timestamp', '2026-02-30T10:00:00Z')],
    ['29 February of a leap year', changed('timestamp', '2024-02-29T10:00:00Z')],
    ['29 February of 2100', changed('timestamp', '2100-02-29T10:00:00Z')],
    ['month 13', changed('timestamp', '2026-13-01T10:00:00Z')],
    ['a leap second at 23:59 UTC', changed('timestamp', '2026-12-31T23:59:60Z')],
    [
      'a leap second at 23:59 in Paris',
      changed('timestamp', '2026-12-31T23:59:60+01:00')
    ],
    [
      'a leap second at 23:59 UTC, in Paris',
      changed('timestamp', '2027-01-01T00:59:60+01:00')
    ],
    ['no time zone', changed('timestamp', '2026-11-24T10:00:00')],
    ['a space for T', changed('timestamp', '2026-11-24 10:00:00Z')],
    ['lower-case t and z', changed('expires', '2026-11-24t10:00:00.5z')],
    ['an offset', changed('expires', '2026-11-24T10:00:00.123-05:30')],
    ['an offset of 24 hours', changed('expires', '2026-11-24T10:00:00+24:00')],
    ['hour 24', changed('expires', '2026-11-24T24:00:00Z')],
    ['a date alone', changed('expires', '2026-11-24')],
    ['a timestamp as a number', changed('timestamp', 1764000000000)],
    ['an unknown regime', changed('regime', 'eu')],
    ['a region in lower case', changed('region', 'us-ca')],
    ['a long subdivision', changed('region', 'US-CALI')],
    ['a country alone', changed('region', 'DE')],
    ['the method "default"', changed('method', 'default')],
    [
      'essential refused',
      changed('categories', { ...base.categories, essential: false })
    ],
    ['no essential', changed('categories', { statistical: true })],
    ['essential as text', changed('categories', { essential: 'yes' })],
    [
      'a category as a number',
      changed('categories', { ...base.categories, marketing: 1 })
    ],
    ['categories as a list', changed('categories', ['essential'])],
    ['vendors as null', changed('vendors', null)],
    ['a vendor as null', changed('vendors', { facebook: null })],
    ['no vendors granted', changed('vendors', {})],
    ['optOut without share', changed('optOut', { sale: true })],
    ['optOut with more', changed('optOut', { sale: true, share: false, sell: true })],
    ['optOut as text', changed('optOut', { sale: 'no', share: false })],
    ['gpc as text', changed('gpc', 'true')],
    ['a revision of 0', changed('revision', 0)],
    ['a negative revision', changed('revision', -1)],
    ['a fractional revision', changed('revision', 1.5)],
    ['a revision as text', changed('revision', '1')],
    ['an empty config hash', changed('configHash', '')],
    ['a config hash of 8 characters', changed('configHash', '12345678')],
    ['a config hash in capitals', changed('configHash', 'ABC')],
    ['an empty language', changed('language', '')],
    ['a language as a number', changed('language', 5)],
    ['a version as null', changed('version', null)],
    ['null', null],
    ['a list', [base]],
    ['text', 'record']
  ]

  it.each(cases)('%s: read as the published schema reads it', (_name, body) => {
    const { record, errors } = readRecord(body)
    expect(record !== undefined, JSON.stringify(schemaValid.errors)).toBe(
      schemaValid(body)
    )
    // A refusal always says why; a record comes alone.
    expect(errors.length > 0).toBe(record === undefined)
  })

  it('names each field and what was expected', () => {
    expect(readRecord({ ...base, id: 'X', gpc: 'no', extra: 1 }).errors).toEqual([
      'extra: unknown field',
      'id: expected 8 to 32 lower-case letters and digits, got "X"',
      'gpc: expected true or false, got "no"'
    ])
    expect(readRecord(changed('timestamp', '2026-02-30T10:00:00Z')).errors).toEqual([
      'timestamp: expected an ISO 8601 date and time with its time zone, got "2026-02-30T10:00:00Z"'
    ])
    expect(readRecord(changed('categories', { essential: false })).errors).toEqual([
      'categories.essential: expected true, got false'
    ])
    expect(readRecord(changed('optOut', undefined)).errors).toEqual(['optOut: missing'])
  })

  it('refuses text that is no JSON, or too long, without reading it', () => {
    expect(readRecord('{"id":')).toEqual({ errors: ['body: expected JSON'] })
    const long = JSON.stringify({ ...base, version: 'x'.repeat(MAX_RECORD_SIZE) })
    expect(readRecord(long)).toEqual({
      errors: [`body: expected at most ${MAX_RECORD_SIZE} characters`]
    })
  })
})
