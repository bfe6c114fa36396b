/** Who a URL's host belongs to, for auto-blocking. */
export interface HostOwner {
  category: string
  vendor: string | undefined
}

/**
 * Finds the vendor (or site-mapped category) a URL loads from: its host equals a listed
 * host or is a subdomain of one (`www.google-analytics.com` → `google-analytics.com`).
 *
 * @param url The URL, absolute or relative to `base`.
 * @param base The page URL.
 * @param owners Listed hosts and their owners.
 * @returns The owner, or `undefined` for a host nobody listed (the site's own, say).
 */
export function ownerOf(
  url: string,
  base: string,
  owners: ReadonlyMap<string, HostOwner>
): HostOwner | undefined {
  let host: string
  try {
    host = new URL(url, base).hostname.toLowerCase()
  } catch {
    return undefined
  }
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const owner = owners.get(h)
    if (owner) return owner
  }
  return undefined
}
