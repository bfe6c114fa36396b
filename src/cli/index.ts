import type { ResolvedConfig } from '../core/config/types'
import { validateConfig } from '../core/config/validate'
import { regimeOf } from '../core/regime/resolve-regime'
import { checkMarkup } from './markup'
import { checkOwnNames } from './own-names'
import { checkTexts } from './texts'

/** What {@link checkConfig} is asked. */
export interface CheckOptions {
  /** The name the report gives the config (its file name). */
  name: string
  /**
   * Visitor regions to resolve the regime for (`DE`, `US-CA`), as the script tag's
   * `data-region` would give them.
   * @default [] (the config's own `region`, or none)
   */
  regions?: string[]
  /**
   * Count warnings (unknown keys, things ignored) as failures.
   * @default false
   */
  strict?: boolean
  /**
   * Pages whose gating markup to check against the config (see `checkMarkup`); their
   * findings join the errors and warnings, as `<file>:<line>: …`.
   * @default []
   */
  pages?: Array<{ name: string; html: string }>
}

/** What {@link checkConfig} found. */
export interface CheckReport {
  /** True when the page would run on this config (no errors; no warnings if strict). */
  ok: boolean
  /** The report for a person, one line per entry. */
  lines: string[]
  /** The config a page runs on: none when it has errors. */
  config: ResolvedConfig | undefined
  /** The same for a program (`--json`). */
  json: {
    name: string
    ok: boolean
    errors: string[]
    warnings: string[]
    regimes: Record<string, string>
  }
}

/** What the regime asks of a visitor, in a few words. */
const REGIME_NOTES: Record<string, string> = {
  gdpr: 'opt-in: non-essential waits for consent, the banner asks',
  us: 'opt-out: allowed until the visitor opts out of sale/sharing; GPC is an opt-out',
  none: 'no law applies: everything is allowed, no banner'
}

/**
 * Checks a config's JSON text the way the SDK does on a page (`validateConfig`), and says
 * what a page on it would do: the regime for each region asked, the categories, vendors
 * and cookie. Pure: the command line (`consentry check`) reads the file and prints.
 *
 * @param text The config file's text (JSON).
 * @param options See {@link CheckOptions}.
 * @returns The report.
 * @example
 * checkConfig('{"categories":[{"id":42}]}', { name: 'consent.json' }).lines[1]
 * // '  error    categories[0].id: expected a lower-case id such as "marketing", got 42'
 */
export function checkConfig(text: string, options: CheckOptions): CheckReport {
  const { name, regions = [], strict = false, pages = [] } = options
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, '')) // a byte-order mark is no error
  } catch (error) {
    const message = `config: not valid JSON (${(error as Error).message})`
    return report(name, [message], [], {}, undefined, strict)
  }
  // An empty file, or `null`, is no config: the page would run on the defaults, so it is
  // most likely a mistake here.
  const result =
    value === null
      ? {
          errors: ['config: expected an object, got null'],
          warnings: [],
          config: undefined
        }
      : validateConfig(value)
  const config = result.errors.length ? undefined : result.config
  // Markup is checked against the config the page runs on: not against the defaults an
  // invalid one falls back to.
  const errors = [...result.errors]
  // The config's own texts, which the page takes as given (see `checkTexts`), and patterns
  // that withdrawal narrows without a word (see `checkOwnNames`).
  const warnings = [
    ...result.warnings,
    ...(config ? [...checkTexts(config), ...checkOwnNames(config, value)] : [])
  ]
  if (config)
    for (const page of pages)
      for (const { line, level, message } of checkMarkup(page.html, config))
        (level === 'error' ? errors : warnings).push(`${page.name}:${line}: ${message}`)
  const regimes: Record<string, string> = {}
  if (config)
    for (const region of regions.length ? regions : [config.region ?? ''])
      regimes[region || '(no data-region)'] = regimeOf(config, region || undefined)
  return report(name, errors, warnings, regimes, config, strict)
}

/** Puts the findings into lines (and JSON). */
function report(
  name: string,
  errors: string[],
  warnings: string[],
  regimes: Record<string, string>,
  config: ResolvedConfig | undefined,
  strict: boolean
): CheckReport {
  const ok = errors.length === 0 && !(strict && warnings.length > 0)
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`
  const lines = [
    errors.length
      ? `${name}: ${count(errors.length, 'error')}, ${count(warnings.length, 'warning')}`
      : `${name}: valid${warnings.length ? `, ${count(warnings.length, 'warning')}` : ''}`,
    ...errors.map((e) => `  error    ${e}`),
    ...warnings.map((w) => `  warning  ${w}`)
  ]
  if (errors.length && !config)
    lines.push(
      'A page given this config runs on the default taxonomy with nothing non-essential ' +
        'granted (fail closed), and logs these errors in the console.'
    )
  if (config) lines.push(...summary(config, regimes))
  return { ok, lines, config, json: { name, ok, errors, warnings, regimes } }
}

/** What a page on a valid config does. */
function summary(config: ResolvedConfig, regimes: Record<string, string>): string[] {
  const lines = Object.entries(regimes).map(
    ([region, regime]) => `  regime   ${region}: ${regime} (${REGIME_NOTES[regime]})`
  )
  for (const category of config.categories) {
    const vendors = config.vendors.filter((v) => v.category === category.id)
    lines.push(
      `  category ${category.id}${category.required ? ' (always on)' : ''}: ` +
        (vendors.length ? vendors.map((v) => v.id).join(', ') : 'no vendors')
    )
  }
  // The catalog's vendor hosts and the site's own (`hosts`), each held until granted.
  const hosts = new Set([
    ...config.vendors.flatMap((v) => v.hosts),
    ...Object.keys(config.hosts)
  ]).size
  const { cookie } = config
  lines.push(
    `  cookie   ${cookie.name}, ${cookie.expiryDays} days` +
      (cookie.domain ? `, domain ${cookie.domain}` : ''),
    `  blocking ${config.autoBlock ? `${hosts} hosts blocked until granted` : 'markup only (autoBlock: false)'}`,
    `  records  ${config.recordEndpoint ? `sent to ${config.recordEndpoint}` : 'kept in the browser only (no recordEndpoint)'}`
  )
  return lines
}
