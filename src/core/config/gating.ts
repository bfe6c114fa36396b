import { DEFAULT_CATEGORY_TAGS } from '../../catalog/categories'
import { DEFAULT_VENDOR_TAGS } from '../../catalog/tags'
import { defaultCookie, DEFAULT_GOOGLE_CONSENT_MODE } from './defaults'
import type { GatingConfig } from './types'
import { isPlainObject } from '../../utils/is-plain-object'

type Raw = Record<string, unknown>

/**
 * What gating needs of a validated config (see {@link GatingConfig}): the script tag keeps
 * this, so that a returning visitor's tags can be released before the engine that
 * validated it is loaded again.
 *
 * @param config A resolved config (or a gating config, to compare two in one shape).
 * @returns Its gating part, plain JSON.
 */
export function gatingOf(config: GatingConfig): GatingConfig {
  return {
    revision: config.revision,
    categories: config.categories.map(({ id, required }) => ({ id, required })),
    vendors: config.vendors.map(({ id, category, hosts, consentApi, saleShare }) => ({
      id,
      category,
      hosts,
      consentApi,
      saleShare
    })),
    cookie: config.cookie,
    googleConsentMode: config.googleConsentMode,
    autoBlock: config.autoBlock,
    hosts: config.hosts,
    region: config.region,
    mspaCovered: config.mspaCovered
  }
}

/**
 * The gating config in force while the site's config is not validated yet: the default
 * taxonomy, every catalog vendor's hosts held and consent API prepared, and the hosts the
 * raw config names (its own vendors' and `hosts`) held too. Unvalidated input is used only
 * to hold more, never to allow anything.
 *
 * @param raw The site's config as found, not validated.
 * @returns A fresh gating config.
 */
export function pendingGatingConfig(raw?: unknown): GatingConfig {
  const given = (raw ?? {}) as { hosts?: unknown; vendors?: unknown }
  const text = (value: unknown, fallback: string) =>
    typeof value === 'string' ? value : fallback
  const hosts: Record<string, string> = {}
  if (given.hosts && typeof given.hosts === 'object') {
    for (const [host, category] of Object.entries(given.hosts))
      hosts[host.toLowerCase()] = text(category, 'marketing')
  }
  const vendors = [...DEFAULT_VENDOR_TAGS]
  for (const vendor of Array.isArray(given.vendors) ? (given.vendors as unknown[]) : []) {
    const { id, category, hosts: own } = (vendor ?? {}) as Record<string, unknown>
    if (typeof id !== 'string') continue
    const known = vendors.findIndex((v) => v.id === id)
    const base = vendors[known]
    const tags = {
      ...base,
      id,
      category: text(category, base?.category ?? 'marketing'),
      hosts: [
        ...(base?.hosts ?? []),
        ...(Array.isArray(own) ? own.filter((h) => typeof h === 'string') : [])
      ],
      saleShare: true
    }
    if (base) vendors[known] = tags
    else vendors.push(tags)
  }
  return {
    revision: 1,
    categories: [...DEFAULT_CATEGORY_TAGS],
    vendors,
    cookie: defaultCookie(),
    googleConsentMode: { ...DEFAULT_GOOGLE_CONSENT_MODE },
    autoBlock: true,
    hosts
  }
}

/**
 * The gating part a config resolves to, read from its text without the validator, as
 * {@link gatingOf} of the validated config would give it, for a config that is valid. The
 * script tag's first file uses it only when the engine, having validated this very text,
 * checked that both agree (in {@link gatingOf}'s shape) and stamped the stored choice with
 * the config's key; for any other input its answer means nothing (it never throws).
 *
 * @param input The site's config as found.
 * @returns The gating part, or `undefined` when the input cannot be read so.
 */
export function gatingFromRaw(input: unknown): GatingConfig | undefined {
  try {
    const raw: unknown = input ?? {}
    return isPlainObject(raw) ? derive(raw) : undefined
  } catch {
    return undefined // not a valid config: the engine will say why
  }
}

function derive(raw: Raw): GatingConfig {
  const categories = Array.isArray(raw.categories)
    ? (raw.categories as Raw[]).map(({ id }) => ({
        id: id as string,
        ...(id === DEFAULT_CATEGORY_TAGS[0]!.id ? { required: true } : {})
      }))
    : [...DEFAULT_CATEGORY_TAGS]
  if (!categories.some((c) => c.required)) categories.unshift(DEFAULT_CATEGORY_TAGS[0]!)
  const ids = categories.map((c) => c.id)
  const vendors = Array.isArray(raw.vendors)
    ? (raw.vendors as unknown[]).map((given) => {
        const own: Raw = isPlainObject(given) ? given : { id: given }
        const base = DEFAULT_VENDOR_TAGS.find((v) => v.id === own.id)
        return {
          id: own.id as string,
          category: (own.category ?? base?.category) as string,
          hosts: (own.hosts ?? base?.hosts ?? []) as string[],
          consentApi: base?.consentApi,
          saleShare: (own.saleShare ?? base?.saleShare ?? true) as boolean
        }
      })
    : DEFAULT_VENDOR_TAGS.filter((v) => ids.includes(v.category))
  const gcm = raw.googleConsentMode
  const hosts: Record<string, string> = {}
  for (const [host, category] of Object.entries(
    isPlainObject(raw.hosts) ? raw.hosts : {}
  ))
    hosts[host.toLowerCase()] = category as string
  return {
    revision: (raw.revision as number | undefined) ?? 1,
    categories,
    vendors,
    cookie: { ...defaultCookie(), ...(isPlainObject(raw.cookie) ? raw.cookie : {}) },
    googleConsentMode:
      gcm === false
        ? false
        : isPlainObject(gcm)
          ? {
              ...DEFAULT_GOOGLE_CONSENT_MODE,
              ...gcm,
              region: ((gcm.region ?? []) as string[]).map((r) => r.toUpperCase())
            }
          : { ...DEFAULT_GOOGLE_CONSENT_MODE },
    autoBlock: (raw.autoBlock as boolean | undefined) ?? true,
    hosts,
    region: (raw.region as string | undefined)?.toUpperCase(),
    mspaCovered: raw.mspaCovered === true
  } as GatingConfig
}
