/**
 * Reads one cookie, percent-decoded as js-cookie writes it: the stored choice is read with
 * this everywhere (the first file, the engine, the server). Blocked cookies read as
 * nothing.
 *
 * Copies of the name that differ come back together, one a line. They are copies set
 * with other attributes: a site that set `cookie.domain`, or changed `cookie.path`, after
 * visitors had chosen keeps their old host-only copy beside the new parent-domain one,
 * which another subdomain may have changed since. The browser lists the oldest first, so
 * taking the first would let an old "Accept all" outrank a later "Reject all":
 * `decodeChoice` takes the one made last instead.
 *
 * @param name The cookie name.
 * @param cookies The page's cookies, as {@link allCookies} gives them (by default, read
 *   now).
 * @returns Its value (its copies that differ, one a line), or `undefined`.
 */
export function readCookie(name: string, cookies = allCookies()): string | undefined {
  const found: string[] = []
  for (const pair of cookies ? cookies.split('; ') : []) {
    const at = pair.indexOf('=')
    try {
      // The name first: only the value of a match is decoded (a page may have dozens of
      // cookies, and this runs in the first file's first task).
      if (decodeURIComponent(pair.slice(0, at)) === name) {
        const value = decodeURIComponent(pair.slice(at + 1))
        if (!found.includes(value)) found.push(value)
      }
    } catch {
      // A malformed pair is skipped, as js-cookie does.
    }
  }
  return found.join('\n') || undefined
}

/**
 * The page's cookies as `document.cookie` gives them: after the first read (a round trip
 * to the browser), a cheap one. The first file reads them first from a short stack (see the
 * end of src/boot.ts).
 *
 * @returns The cookie string; empty where there is none, or cookies are blocked (a
 *   sandboxed frame).
 */
export function allCookies(): string {
  try {
    return document.cookie
  } catch {
    return ''
  }
}
