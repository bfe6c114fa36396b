import { Checker } from '../core/config/checker'
import type { ConsentRecord } from '../core/consent/record'
import { isPlainObject } from '../utils/is-plain-object'

/** The longest body taken as a record (a record of the default catalog is about 700 B). */
export const MAX_RECORD_SIZE = 65536

/** {@link readRecord}'s one error for a body over {@link MAX_RECORD_SIZE}. */
export const TOO_LONG = `body: expected at most ${MAX_RECORD_SIZE} characters`

/** What {@link readRecord} found: the record, or why there is none. */
export type RecordReading =
  | { record: ConsentRecord; errors: readonly [] }
  | { record?: undefined; errors: readonly string[] }

const REGIMES = ['gdpr', 'us', 'none'] as const
const METHODS = ['banner', 'preferences', 'opt-out', 'api', 'gpc', 'stored'] as const
const REQUIRED = [
  'id',
  'timestamp',
  'expires',
  'regime',
  'method',
  'categories',
  'vendors',
  'optOut',
  'gpc',
  'revision',
  'configHash',
  'version'
]
const KEYS = [...REQUIRED, 'region', 'language']
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const DATE_TIME =
  /^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(\.\d+)?(?:[Zz]|([+-])(\d\d)(?::?(\d\d))?)$/

/**
 * Whether `text` is an RFC 3339 date and time (the JSON Schema `date-time` format): a day
 * that exists, a time zone, and a leap second only at 23:59 UTC.
 */
export function isDateTime(text: string): boolean {
  const m = DATE_TIME.exec(text)
  if (!m) return false
  const n = (group: number) => Number(m[group] ?? 0)
  const [year, month, day, hour, minute, second] = [n(1), n(2), n(3), n(4), n(5), n(6)]
  const leapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  const days = month === 2 && leapYear ? 29 : MONTH_DAYS[month - 1]
  if (!days || day < 1 || day > days) return false
  if (n(9) > 23 || n(10) > 59 || hour > 23 || minute > 59 || second > 60) return false
  if (second < 60) return true
  // A leap second ends a UTC day: 23:59:60Z, or the same moment in another zone.
  const offset = (m[8] === '-' ? -1 : 1) * (n(9) * 60 + n(10))
  return (hour * 60 + minute - offset + 1440) % 1440 === 1439
}

/** A map of booleans (`categories`, `vendors`), copied; its errors go to `check`. */
function booleans(check: Checker, path: string, value: unknown): Record<string, boolean> {
  const out: Record<string, boolean> = {}
  if (!check.object(path, value)) return out
  for (const [key, flag] of Object.entries(value)) {
    if (check.boolean(`${path}.${key}`, flag)) out[key] = flag
  }
  return out
}

/**
 * Reads a consent record as Consentry POSTs it to `recordEndpoint`, for a back end that
 * keeps them as proof: every field checked as the published JSON Schema
 * (`consentry/schema/consent-record.schema.json`) checks it, so that what is stored is a
 * record and nothing else (the endpoint takes POSTs from anyone). Never throws.
 *
 * @param body The request's body: its text, or JSON already parsed.
 * @returns The record (a fresh copy) with no errors, or each problem with its field.
 * @example
 * const { record, errors } = readRecord(await request.text())
 * if (record) await db.records.put(record.id, record) // the id is the idempotency key
 */
export function readRecord(body: unknown): RecordReading {
  const check = new Checker()
  let value = body
  if (typeof body === 'string') {
    if (body.length > MAX_RECORD_SIZE) {
      return { errors: [TOO_LONG] }
    }
    try {
      value = JSON.parse(body)
    } catch {
      return { errors: ['body: expected JSON'] }
    }
  }
  if (!check.object('record', value)) return { errors: check.errors }
  for (const key of REQUIRED) if (!(key in value)) check.errors.push(`${key}: missing`)
  for (const key of Object.keys(value)) {
    if (!KEYS.includes(key)) check.errors.push(`${key}: unknown field`)
  }
  const v = value as Record<keyof ConsentRecord, unknown>
  const present = (key: keyof ConsentRecord) => key in value
  const date = (key: 'timestamp' | 'expires') => {
    const text = v[key]
    if (present(key) && !(typeof text === 'string' && isDateTime(text)))
      check.fail(key, 'an ISO 8601 date and time with its time zone', text)
  }
  if (present('id'))
    check.string('id', v.id, /^[0-9a-z]{8,32}$/, '8 to 32 lower-case letters and digits')
  date('timestamp')
  date('expires')
  if (present('regime')) check.oneOf('regime', v.regime, REGIMES)
  if (present('region'))
    check.string(
      'region',
      v.region,
      /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/,
      'a region such as "DE" or "US-CA"'
    )
  if (present('method')) check.oneOf('method', v.method, METHODS)
  const categories = present('categories')
    ? booleans(check, 'categories', v.categories)
    : {}
  // Always granted: a record that says otherwise was not made by Consentry.
  const essential = isPlainObject(v.categories) ? v.categories.essential : true
  if (essential === undefined) check.errors.push('categories.essential: missing')
  else if (essential === false) check.fail('categories.essential', 'true', essential)
  const vendors = present('vendors') ? booleans(check, 'vendors', v.vendors) : {}
  let optOut = { sale: false, share: false }
  if (present('optOut') && check.object('optOut', v.optOut)) {
    const given = v.optOut as Record<string, unknown>
    for (const key of Object.keys(given))
      if (key !== 'sale' && key !== 'share')
        check.errors.push(`optOut.${key}: unknown field`)
    for (const key of ['sale', 'share'] as const) {
      if (!(key in given)) check.errors.push(`optOut.${key}: missing`)
      else check.boolean(`optOut.${key}`, given[key])
    }
    optOut = { sale: given.sale === true, share: given.share === true }
  }
  if (present('gpc')) check.boolean('gpc', v.gpc)
  if (present('revision'))
    check.integer('revision', v.revision, 0, Number.MAX_SAFE_INTEGER)
  if (present('configHash'))
    check.string(
      'configHash',
      v.configHash,
      /^[0-9a-z]{1,7}$/,
      '1 to 7 lower-case letters and digits'
    )
  if (present('language') && typeof v.language !== 'string')
    check.fail('language', 'a string', v.language)
  if (present('version') && typeof v.version !== 'string')
    check.fail('version', 'a string', v.version)
  if (check.errors.length) return { errors: check.errors }
  const record: ConsentRecord = {
    id: v.id as string,
    timestamp: v.timestamp as string,
    expires: v.expires as string,
    regime: v.regime as ConsentRecord['regime'],
    ...(present('region') ? { region: v.region as string } : {}),
    method: v.method as ConsentRecord['method'],
    categories,
    vendors,
    optOut,
    gpc: v.gpc as boolean,
    revision: v.revision as number,
    configHash: v.configHash as string,
    ...(present('language') ? { language: v.language as string } : {}),
    version: v.version as string
  }
  return { record, errors: [] }
}
