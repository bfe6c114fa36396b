import { Checker } from './checker'
import { defaultConfig, DEFAULT_GOOGLE_CONSENT_MODE } from './defaults'
import {
  COOKIE_NAME_PATTERN,
  HOST_PATTERN,
  LANGUAGE_PATTERN,
  REGION_PATTERN,
  URL_PATTERN
} from './patterns'
import type { Regime, ResolvedConfig } from './types'
import { resolveCategories } from './validate-categories'
import { resolveVendors } from './validate-vendors'

/** The config's fields (and nested ones below): schema/consent-config.schema.json follows them. */
export const CONFIG_KEYS = [
  // An editor's pointer to the JSON Schema; ignored.
  '$schema',
  'revision',
  'regime',
  'region',
  'regionRegimes',
  'language',
  'texts',
  'categories',
  'vendors',
  'cookie',
  'googleConsentMode',
  'recordEndpoint',
  'privacyPolicyUrl',
  'legalNoticeUrl',
  'ui',
  'reloadOnWithdraw',
  'autoBlock',
  'hosts',
  'mspaCovered'
] as const
export const COOKIE_KEYS = ['name', 'domain', 'path', 'sameSite', 'expiryDays'] as const
export const GCM_KEYS = [
  'waitForUpdate',
  'urlPassthrough',
  'adsDataRedaction',
  'region'
] as const
export const UI_KEYS = [
  'layout',
  'blockPage',
  'theme',
  'reopenButton',
  'autoShow',
  'usNotice'
] as const
const REGIMES: readonly Regime[] = ['gdpr', 'us', 'none']

/** What {@link validateConfig} found. */
export interface ConfigResult {
  /** The config to run on: the given one, or the default (fail-closed) when it has errors. */
  config: ResolvedConfig
  /** One line per problem, each naming the path and what was expected. */
  errors: string[]
  /** Unknown keys and other things ignored. */
  warnings: string[]
  /** True when `errors` is non-empty and the defaults are in force instead. */
  failClosed: boolean
}

/**
 * Validates a site's config and resolves it with defaults. Never throws.
 *
 * @param input The config as given (parsed JSON, an object, or `undefined`).
 * @returns The resolved config, or the default one with `failClosed` when any error was
 *   found, and the messages.
 * @example
 * validateConfig({ categories: [{ id: 42 }] }).errors
 * // ['categories[0].id: expected a lower-case id such as "marketing", got 42']
 */
export function validateConfig(input: unknown): ConfigResult {
  const check = new Checker()
  const config = defaultConfig()
  if (input === undefined || input === null) return done(check, config)
  if (!check.object('config', input)) return done(check, config)
  check.knownKeys('', input, CONFIG_KEYS)
  const raw = input

  if (
    raw.revision !== undefined &&
    check.integer('revision', raw.revision, 0, 2 ** 31 - 1)
  ) {
    config.revision = raw.revision
  }
  if (
    raw.regime !== undefined &&
    check.oneOf('regime', raw.regime, ['auto', ...REGIMES])
  ) {
    config.regime = raw.regime
  }
  if (raw.region !== undefined && checkRegion(check, 'region', raw.region)) {
    config.region = raw.region.toUpperCase()
  }
  if (
    raw.regionRegimes !== undefined &&
    check.object('regionRegimes', raw.regionRegimes)
  ) {
    for (const [region, regime] of Object.entries(raw.regionRegimes)) {
      const path = `regionRegimes.${region}`
      if (checkRegion(check, path, region) && check.oneOf(path, regime, REGIMES)) {
        config.regionRegimes[region.toUpperCase()] = regime
      }
    }
  }
  if (
    raw.language !== undefined &&
    check.string(
      'language',
      raw.language,
      LANGUAGE_PATTERN,
      'a language tag such as "de" or "pt-BR"'
    )
  ) {
    config.language = raw.language
  }
  if (raw.texts !== undefined) config.texts = resolveTexts(check, raw.texts)
  if (raw.categories !== undefined) {
    const resolved = resolveCategories(check, raw.categories)
    config.categories = resolved.categories
    config.categoryTexts = resolved.texts
  }
  if (raw.vendors !== undefined) {
    config.vendors = resolveVendors(
      check,
      raw.vendors,
      config.categories,
      config.ownPurposes
    )
  } else if (raw.categories !== undefined) {
    // The default catalog, less the vendors whose category the site does not use.
    const ids = config.categories.map((c) => c.id)
    config.vendors = config.vendors.filter((v) => ids.includes(v.category))
  }
  if (raw.cookie !== undefined) resolveCookie(check, raw.cookie, config)
  if (raw.googleConsentMode !== undefined)
    resolveGcm(check, raw.googleConsentMode, config)
  for (const key of ['recordEndpoint', 'privacyPolicyUrl', 'legalNoticeUrl'] as const) {
    const value = raw[key]
    if (
      value !== undefined &&
      check.string(key, value, URL_PATTERN, 'an http(s) URL or a path starting with "/"')
    ) {
      config[key] = value
    }
  }
  if (raw.ui !== undefined) resolveUi(check, raw.ui, config)
  for (const key of ['reloadOnWithdraw', 'autoBlock', 'mspaCovered'] as const) {
    if (raw[key] !== undefined && check.boolean(key, raw[key])) config[key] = raw[key]
  }
  if (raw.hosts !== undefined) resolveHosts(check, raw.hosts, config)
  return done(check, config)
}

function done(check: Checker, config: ResolvedConfig): ConfigResult {
  const failClosed = check.errors.length > 0
  return {
    config: failClosed ? defaultConfig() : config,
    errors: check.errors,
    warnings: check.warnings,
    failClosed
  }
}

function checkRegion(check: Checker, path: string, value: unknown): value is string {
  return check.string(
    path,
    value,
    REGION_PATTERN,
    'an ISO 3166 region such as "DE" or "US-CA"'
  )
}

function resolveTexts(check: Checker, value: unknown): ResolvedConfig['texts'] {
  const texts: ResolvedConfig['texts'] = {}
  if (!check.object('texts', value)) return texts
  for (const [language, entries] of Object.entries(value)) {
    const path = `texts.${language}`
    if (!check.string(path, language, LANGUAGE_PATTERN, 'a language tag')) continue
    if (!check.object(path, entries)) continue
    const own: Record<string, string> = {}
    for (const [key, text] of Object.entries(entries)) {
      if (check.string(`${path}.${key}`, text)) own[key] = text
    }
    texts[language] = own
  }
  return texts
}

function resolveCookie(check: Checker, value: unknown, config: ResolvedConfig): void {
  if (!check.object('cookie', value)) return
  check.knownKeys('cookie', value, COOKIE_KEYS)
  const cookie = config.cookie
  if (
    value.name !== undefined &&
    check.string(
      'cookie.name',
      value.name,
      COOKIE_NAME_PATTERN,
      "a cookie name (letters, digits and !#$%&'*+-.^_`|~)"
    )
  ) {
    cookie.name = value.name
  }
  if (
    value.domain !== undefined &&
    check.string(
      'cookie.domain',
      value.domain,
      /^\.?[a-z0-9.-]+$/i,
      'a domain such as ".example.com"'
    )
  ) {
    cookie.domain = value.domain
  }
  if (
    value.path !== undefined &&
    check.string('cookie.path', value.path, /^\/[^\s;]*$/, 'a path starting with "/"')
  ) {
    cookie.path = value.path
  }
  if (
    value.sameSite !== undefined &&
    check.oneOf('cookie.sameSite', value.sameSite, ['Lax', 'Strict', 'None'] as const)
  ) {
    cookie.sameSite = value.sameSite
  }
  if (
    value.expiryDays !== undefined &&
    check.integer('cookie.expiryDays', value.expiryDays, 1, 400)
  ) {
    cookie.expiryDays = value.expiryDays
  }
}

function resolveGcm(check: Checker, value: unknown, config: ResolvedConfig): void {
  if (value === false) {
    config.googleConsentMode = false
    return
  }
  if (value === true) return
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    check.fail('googleConsentMode', 'true, false or an object of options', value)
    return
  }
  const raw = value as Record<string, unknown>
  check.knownKeys('googleConsentMode', raw, GCM_KEYS)
  const options = { ...DEFAULT_GOOGLE_CONSENT_MODE, region: [] as string[] }
  if (
    raw.waitForUpdate !== undefined &&
    check.integer('googleConsentMode.waitForUpdate', raw.waitForUpdate, 0, 60000)
  ) {
    options.waitForUpdate = raw.waitForUpdate
  }
  for (const key of ['urlPassthrough', 'adsDataRedaction'] as const) {
    if (raw[key] !== undefined && check.boolean(`googleConsentMode.${key}`, raw[key])) {
      options[key] = raw[key]
    }
  }
  if (raw.region !== undefined && check.array('googleConsentMode.region', raw.region)) {
    const regions = raw.region.filter((r, i): r is string =>
      checkRegion(check, `googleConsentMode.region[${i}]`, r)
    )
    options.region = regions.map((r) => r.toUpperCase())
  }
  config.googleConsentMode = options
}

/**
 * A result for a config that could not even be read (bad JSON, failed fetch): the
 * default config, fail-closed, with one error.
 *
 * @param error What went wrong, naming where.
 * @returns A fail-closed result.
 */
export function failedConfig(error: string): ConfigResult {
  return { config: defaultConfig(), errors: [error], warnings: [], failClosed: true }
}

function resolveUi(check: Checker, value: unknown, config: ResolvedConfig): void {
  if (!check.object('ui', value)) return
  check.knownKeys('ui', value, UI_KEYS)
  const ui = config.ui
  if (
    value.layout !== undefined &&
    check.oneOf('ui.layout', value.layout, ['bar', 'box', 'modal'] as const)
  ) {
    ui.layout = value.layout
  }
  if (
    value.theme !== undefined &&
    check.oneOf('ui.theme', value.theme, [
      'light',
      'dark',
      'auto',
      'high-contrast'
    ] as const)
  ) {
    ui.theme = value.theme
  }
  for (const key of ['blockPage', 'reopenButton', 'autoShow', 'usNotice'] as const) {
    if (value[key] !== undefined && check.boolean(`ui.${key}`, value[key]))
      ui[key] = value[key]
  }
}

function resolveHosts(check: Checker, value: unknown, config: ResolvedConfig): void {
  if (!check.object('hosts', value)) return
  const ids = config.categories.map((c) => c.id)
  for (const [host, category] of Object.entries(value)) {
    const path = `hosts.${host}`
    if (
      check.string(
        path,
        host,
        HOST_PATTERN,
        'a host name such as "widget.chat.example"'
      ) &&
      check.oneOf(path, category, ids)
    ) {
      config.hosts[host.toLowerCase()] = category
    }
  }
}
