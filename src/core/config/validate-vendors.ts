import { DEFAULT_VENDORS } from '../../catalog/index'
import type { Category, Vendor, VendorCookie } from '../../catalog/types'
import type { Checker } from './checker'
import { COOKIE_NAME_PATTERN, HOST_PATTERN, ID_PATTERN, URL_PATTERN } from './patterns'

export const VENDOR_KEYS = [
  'id',
  'name',
  'category',
  'purpose',
  'privacyPolicyUrl',
  'cookiePolicyUrl',
  'cookies',
  'storage',
  'hosts',
  'saleShare'
] as const

/**
 * Validates `vendors` and resolves it against the catalog: ids pick catalog vendors,
 * objects override catalog fields or define custom vendors.
 *
 * @param check Collects errors and warnings.
 * @param input The raw `vendors` value.
 * @param categories The resolved categories a vendor may belong to.
 * @param ownPurposes Receives the ids of catalog vendors whose purpose the site
 *   replaced: shipped translations of the catalog's purpose do not fit them.
 * @returns The resolved vendors (the valid ones; errors are in `check`).
 */
export function resolveVendors(
  check: Checker,
  input: unknown,
  categories: readonly Category[],
  ownPurposes: string[]
): Vendor[] {
  if (!check.array('vendors', input)) return []
  const categoryIds = categories.map((c) => c.id)
  const seen = new Set<string>()
  const vendors: Vendor[] = []
  input.forEach((raw, i) => {
    const path = `vendors[${i}]`
    const vendor = resolveVendor(check, path, raw, ownPurposes)
    if (!vendor) return
    if (seen.has(vendor.id)) {
      check.errors.push(`${path}: vendor "${vendor.id}" is listed twice`)
      return
    }
    seen.add(vendor.id)
    if (!categoryIds.includes(vendor.category)) {
      check.oneOf(`${path}.category`, vendor.category, categoryIds)
      return
    }
    vendors.push(vendor)
  })
  return vendors
}

function resolveVendor(
  check: Checker,
  path: string,
  raw: unknown,
  ownPurposes: string[]
): Vendor | undefined {
  if (typeof raw === 'string') {
    const found = DEFAULT_VENDORS.find((v) => v.id === raw)
    if (found) return { ...found }
    check.fail(path, `a catalog vendor id (${catalogIds()}) or a vendor object`, raw)
    return undefined
  }
  if (!check.object(path, raw)) return undefined
  check.knownKeys(path, raw, VENDOR_KEYS)
  if (
    !check.string(`${path}.id`, raw.id, ID_PATTERN, 'a lower-case id such as "my-chat"')
  ) {
    return undefined
  }
  const base = DEFAULT_VENDORS.find((v) => v.id === raw.id)
  const errorsBefore = check.errors.length
  const field = <T>(
    key: string,
    ok: (p: string, v: unknown) => boolean,
    fallback?: T
  ) => {
    const value = raw[key]
    if (value === undefined) {
      if (fallback === undefined)
        check.fail(`${path}.${key}`, 'a value (required for a custom vendor)', value)
      return fallback
    }
    return ok(`${path}.${key}`, value) ? (value as T) : fallback
  }
  const vendor: Vendor = {
    // Catalog-only fields (consentApi) carry over to an override.
    ...(base?.consentApi ? { consentApi: base.consentApi } : {}),
    id: raw.id,
    name: field('name', (p, v) => check.string(p, v), base?.name) ?? '',
    category: field('category', (p, v) => check.string(p, v), base?.category) ?? '',
    purpose: field('purpose', (p, v) => check.string(p, v), base?.purpose ?? ''),
    privacyPolicyUrl:
      field(
        'privacyPolicyUrl',
        (p, v) => checkUrl(check, p, v),
        base?.privacyPolicyUrl
      ) ?? '',
    cookiePolicyUrl: field(
      'cookiePolicyUrl',
      (p, v) => checkUrl(check, p, v),
      base?.cookiePolicyUrl ?? ''
    ),
    cookies:
      field('cookies', (p, v) => checkCookies(check, p, v), base?.cookies ?? []) ?? [],
    storage:
      field('storage', (p, v) => checkNames(check, p, v), base?.storage ?? []) ?? [],
    hosts: field('hosts', (p, v) => checkHosts(check, p, v), base?.hosts ?? []) ?? [],
    // A custom vendor counts as sale/share unless the owner says otherwise: the safe side.
    saleShare:
      field('saleShare', (p, v) => check.boolean(p, v), base?.saleShare ?? true) ?? true
  }
  if (base && vendor.purpose !== base.purpose) ownPurposes.push(raw.id)
  if (!vendor.purpose) delete vendor.purpose
  if (!vendor.cookiePolicyUrl) delete vendor.cookiePolicyUrl
  return check.errors.length === errorsBefore ? vendor : undefined
}

function checkUrl(check: Checker, path: string, value: unknown): boolean {
  return check.string(
    path,
    value,
    URL_PATTERN,
    'an http(s) URL or a path starting with "/"'
  )
}

function checkHosts(check: Checker, path: string, value: unknown): boolean {
  if (!check.array(path, value)) return false
  return value.every((host, i) =>
    check.string(
      `${path}[${i}]`,
      host,
      HOST_PATTERN,
      'a host name such as "cdn.example.com"'
    )
  )
}

function checkNames(check: Checker, path: string, value: unknown): boolean {
  if (!check.array(path, value)) return false
  return value.every((key, i) => check.string(`${path}[${i}]`, key))
}

/** A vendor cookie's fields. */
export const VENDOR_COOKIE_KEYS = ['name', 'days', 'thirdParty'] as const

function checkCookies(check: Checker, path: string, value: unknown): boolean {
  if (!check.array(path, value)) return false
  return value.every((cookie, i): boolean => {
    const at = `${path}[${i}]`
    if (!check.object(at, cookie)) return false
    check.knownKeys(at, cookie, VENDOR_COOKIE_KEYS)
    const entry = cookie as Partial<VendorCookie>
    const ok =
      check.string(
        `${at}.name`,
        entry.name,
        COOKIE_NAME_PATTERN,
        'a cookie name or pattern such as "_ga_*"'
      ) && check.integer(`${at}.days`, entry.days, 0, 3650)
    return (
      ok &&
      (entry.thirdParty === undefined ||
        check.boolean(`${at}.thirdParty`, entry.thirdParty))
    )
  })
}

function catalogIds(): string {
  return DEFAULT_VENDORS.map((v) => v.id).join(', ')
}
