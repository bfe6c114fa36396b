import type { Regime, GatingConfig } from '../config/types'
import { fnv1a } from '../../utils/fnv1a'
import type { Choice, DecisionMethod, StoredChoice } from './types'

/**
 * The stored-choice encoding, version 1 (CONTRACT.md §8): ten dot-separated fields and a
 * checksum, all in cookie-safe characters so the value is stored as is.
 *
 *   1.<revision>.<time>.<id>.<taxonomy>.<regime><method>.<categories>.<vendors>.<optOut>[.<key>].<sum>
 *
 * - revision, time (seconds), taxonomy (FNV-1a of the category and vendor ids in order)
 *   and sum (FNV-1a of everything before it) are base 36;
 * - categories and vendors are bit fields in hex, bit i for the i-th non-essential
 *   category or the i-th vendor, in config order;
 * - optOut is 0 to 7: 1 sale, 2 share, and 4 when a Global Privacy Control signal was in
 *   force as the decision was made (its record says `gpc: true`), so that a signal seen
 *   over a choice made without it is recorded once, and only once;
 * - key, when present, is the script tag's config key (see `configKey`): the engine wrote
 *   it after checking that the config's text, in this region and SDK version, is valid and
 *   that its gating part can be read from the text alone. A value without it (made by the
 *   npm package, or before the check) is as valid, only not read without the engine.
 *
 * The taxonomy field binds the bits to the ids they mean: a config with other or
 * re-ordered categories or vendors reads an old cookie as "no choice", never as a grant of
 * something else. The sum catches edited and truncated values; it is not a signature (the
 * page could write any cookie), it only makes damage read as "no choice".
 */
export const CODEC_VERSION = '1'

const REGIMES: Record<Regime, string> = { gdpr: 'g', us: 'u', none: 'n' }
const METHODS: Record<DecisionMethod, string> = {
  banner: 'b',
  preferences: 'p',
  'opt-out': 'o',
  api: 'a',
  gpc: 'g'
}
const FIELDS =
  /^1\.([0-9a-z]{1,7})\.([0-9a-z]{1,8})\.([0-9a-z]{8,32})\.([0-9a-z]{1,7})\.([gun])([bpoag])\.([0-9a-f]{1,64})\.([0-9a-f]{1,64})\.([0-7])(?:\.([0-9a-z]{1,16}))?\.([0-9a-z]{1,7})$/
const SECONDS_PER_DAY = 86400
/** How far in the future a stored time may be before it counts as tampered (clock skew). */
const MAX_CLOCK_SKEW_SECONDS = SECONDS_PER_DAY

/**
 * Encodes a decision for the cookie.
 *
 * @param config The resolved config the choice was made under.
 * @param stored The decision.
 * @returns The cookie value (about 55 characters for the default catalog).
 */
export function encodeChoice(config: GatingConfig, stored: StoredChoice): string {
  const optional = config.categories.filter((c) => !c.required)
  const body = [
    CODEC_VERSION,
    stored.revision.toString(36),
    Math.floor(stored.time / 1000).toString(36),
    stored.id,
    taxonomyHash(config),
    REGIMES[stored.regime] + METHODS[stored.method],
    toBits(optional.map((c) => stored.choice.categories[c.id] === true)),
    toBits(config.vendors.map((v) => stored.choice.vendors[v.id] === true)),
    String(
      (stored.choice.optOut.sale ? 1 : 0) +
        (stored.choice.optOut.share ? 2 : 0) +
        (stored.gpc ? 4 : 0)
    ),
    ...(stored.key ? [stored.key] : [])
  ].join('.')
  return `${body}.${fnv1a(body).toString(36)}`
}

/**
 * Decodes a cookie value. Anything malformed, tampered, foreign, from another taxonomy,
 * revision or regime, expired or dated in the future is "no choice". Never throws.
 *
 * A value of several lines is several copies of the cookie (see `readCookie`): the valid
 * one made last is the visitor's latest word and is the choice; two made in the same
 * second that differ are "no choice", since neither can be told to be the later.
 *
 * @param config The resolved config in force.
 * @param regime The regime in force: a choice made under another one does not carry over.
 * @param value The cookie value, or `undefined`.
 * @param now The current time in milliseconds.
 * @returns The stored decision, or `undefined` for "no choice".
 */
export function decodeChoice(
  config: GatingConfig,
  regime: Regime,
  value: unknown,
  now: number
): StoredChoice | undefined {
  if (typeof value === 'string' && value.includes('\n')) {
    const [latest, next] = value
      .split('\n')
      .map((copy) => decodeChoice(config, regime, copy, now))
      .filter((stored) => stored)
      .sort((a, b) => b!.time - a!.time)
    return latest?.time === next?.time ? undefined : latest
  }
  if (typeof value !== 'string' || value.length > 300) return undefined
  const match = FIELDS.exec(value)
  if (!match) return undefined
  const [
    ,
    rev,
    time,
    id,
    taxonomy,
    regimeCode,
    methodCode,
    cats,
    vends,
    optOut,
    key,
    sum
  ] = match as unknown as string[]
  const body = value.slice(0, value.lastIndexOf('.'))
  if (fnv1a(body).toString(36) !== sum) return undefined
  if (taxonomy !== taxonomyHash(config)) return undefined
  if (parseInt(rev!, 36) !== config.revision) return undefined
  if (regimeCode !== REGIMES[regime]) return undefined
  const seconds = parseInt(time!, 36)
  const nowSeconds = now / 1000
  if (seconds > nowSeconds + MAX_CLOCK_SKEW_SECONDS) return undefined
  if (seconds + config.cookie.expiryDays * SECONDS_PER_DAY <= nowSeconds) return undefined
  const optional = config.categories.filter((c) => !c.required)
  const categoryBits = fromBits(cats!, optional.length)
  const vendorBits = fromBits(vends!, config.vendors.length)
  if (!categoryBits || !vendorBits) return undefined
  const method = (Object.keys(METHODS) as DecisionMethod[]).find(
    (m) => METHODS[m] === methodCode
  )
  if (!method) return undefined
  const flags = Number(optOut)
  const choice: Choice = {
    categories: Object.fromEntries(
      config.categories.map((c) => [
        c.id,
        !!c.required || categoryBits[optional.indexOf(c)]!
      ])
    ),
    vendors: Object.fromEntries(config.vendors.map((v, i) => [v.id, vendorBits[i]!])),
    optOut: { sale: (flags & 1) > 0, share: (flags & 2) > 0 }
  }
  return {
    choice,
    regime,
    method,
    revision: config.revision,
    id: id!,
    time: seconds * 1000,
    gpc: (flags & 4) > 0,
    ...(key ? { key } : {})
  }
}

/**
 * The regime a cookie value says it was made under, read without checking anything else:
 * {@link decodeChoice} with it checks the rest.
 *
 * @param value The cookie value, or `undefined`.
 * @returns The regime, or `undefined` when the value has none.
 */
export function regimeOf(value: unknown): Regime | undefined {
  const code = typeof value === 'string' ? FIELDS.exec(value)?.[5] : undefined
  return (Object.keys(REGIMES) as Regime[]).find((r) => REGIMES[r] === code)
}

/**
 * A short hash of the category and vendor ids, in order.
 *
 * @param config The resolved config.
 * @returns Base-36 FNV-1a.
 */
export function taxonomyHash(config: GatingConfig): string {
  const ids = [
    ...config.categories.map((c) => c.id),
    '|',
    ...config.vendors.map((v) => v.id)
  ]
  return fnv1a(ids.join(',')).toString(36)
}

function toBits(flags: readonly boolean[]): string {
  let hex = ''
  for (let i = 0; i < Math.max(flags.length, 1); i += 4) {
    let nibble = 0
    for (let b = 0; b < 4; b++) if (flags[i + b]) nibble |= 1 << b
    hex += nibble.toString(16)
  }
  return hex
}

/** Reads `count` flags; `undefined` when the field has the wrong length or stray bits. */
function fromBits(hex: string, count: number): boolean[] | undefined {
  if (hex.length !== Math.max(Math.ceil(count / 4), 1)) return undefined
  const flags: boolean[] = []
  for (let i = 0; i < hex.length; i++) {
    const nibble = parseInt(hex[i]!, 16)
    for (let b = 0; b < 4; b++) {
      const on = (nibble & (1 << b)) !== 0
      if (i * 4 + b < count) flags.push(on)
      else if (on) return undefined
    }
  }
  return flags
}
