/**
 * The domains a cookie set for `host` may live on: the host itself and each parent down to
 * the registrable domain, longest first (`a.shop.example.co.uk`, `shop.example.co.uk`,
 * `example.co.uk`). Never a public suffix (`co.uk`).
 *
 * @param host The page's host name.
 * @param registrable The registrable domain (see {@link findRegistrableDomain}).
 * @returns The domains.
 */
export function domainsUpTo(host: string, registrable: string | undefined): string[] {
  const labels = host.split('.')
  const domains: string[] = []
  for (let i = 0; i < labels.length; i++) {
    const domain = labels.slice(i).join('.')
    domains.push(domain)
    if (domain === registrable) break
  }
  return registrable && domains.includes(registrable) ? domains : [host]
}

/**
 * Finds the registrable domain ("eTLD+1") without a public-suffix list: browsers refuse
 * cookies on a public suffix, so a probe cookie is written on each parent from the
 * shortest up, and the first that sticks is the one.
 *
 * @param document The document (its cookies are probed and the probe removed).
 * @returns The registrable domain, or `undefined` for an IP address, `localhost` or when
 *   cookies are blocked.
 */
export function findRegistrableDomain(document: Document): string | undefined {
  const host = document.location?.hostname ?? ''
  // The answer is fixed per host: probe (cookie writes) once, not on every clean-up.
  if (registrable.has(host)) return registrable.get(host)
  const found = probeRegistrableDomain(document, host)
  registrable.set(host, found)
  return found
}

const registrable = new Map<string, string | undefined>()

function probeRegistrableDomain(document: Document, host: string): string | undefined {
  if (!host.includes('.') || /^[\d.]+$/.test(host) || host.includes(':')) return undefined
  const labels = host.split('.')
  const probe = `consentry_probe_${Math.random().toString(36).slice(2, 8)}`
  try {
    for (let i = labels.length - 2; i >= 0; i--) {
      const domain = labels.slice(i).join('.')
      document.cookie = `${probe}=1; path=/; domain=${domain}; SameSite=Lax`
      const stuck = document.cookie.split('; ').some((c) => c.startsWith(`${probe}=`))
      if (stuck) {
        document.cookie = `${probe}=; path=/; domain=${domain}; max-age=0; SameSite=Lax`
        return domain
      }
    }
  } catch {
    // Cookies blocked (sandboxed frame): nothing to probe, nothing to clear.
  }
  return undefined
}

/**
 * The paths a cookie visible on `pathname` may have been set with: `/`, then each prefix
 * (`/shop`, `/shop/`, `/shop/cart`).
 *
 * @param pathname The page's path.
 * @returns The paths, shortest first.
 */
export function pathsFor(pathname: string): string[] {
  const paths = new Set(['/'])
  const segments = pathname.split('/').filter(Boolean)
  let current = ''
  for (const segment of segments) {
    current += `/${segment}`
    paths.add(current)
    paths.add(`${current}/`)
  }
  return [...paths]
}
