import { DEFAULT_CATEGORY_TAGS } from '../../catalog/categories'
import { DEFAULT_VENDOR_TAGS } from '../../catalog/tags'
import { defaultCookie, DEFAULT_GOOGLE_CONSENT_MODE } from './defaults'
import type { GatingConfig, ResolvedConfig } from './types'

/**
 * What gating needs of a validated config (see {@link GatingConfig}): the script tag keeps
 * this, so that a returning visitor's tags can be released before the engine that
 * validated it is loaded again.
 *
 * @param config A resolved config.
 * @returns Its gating part, plain JSON.
 */
export function gatingOf(config: ResolvedConfig): GatingConfig {
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
    hosts: config.hosts
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
