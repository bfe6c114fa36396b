/**
 * Whether `url`, resolved against the page's address `here`, is that page: the same
 * origin and path, whatever the query or fragment, and a trailing `/` aside. Used to keep
 * the privacy policy and the legal notice readable on their own pages (see
 * `ui.blockPage`).
 *
 * @param url A link, absolute or relative (`/privacy`), or nothing.
 * @param here The page's address (`document.URL`).
 * @returns `false` for no link, or one that cannot be read as a URL.
 * @example
 * isSamePage('/privacy', 'https://shop.example/privacy/?lang=de#cookies') // true
 */
export function isSamePage(url: string | undefined, here: string): boolean {
  // The address up to its path, without a trailing `/`, a query or a fragment.
  const page = (link: string, base?: string) =>
    new URL(link, base).href.replace(/\/?([?#].*)?$/, '')
  try {
    return !!url && page(url, here) === page(here)
  } catch {
    return false
  }
}
