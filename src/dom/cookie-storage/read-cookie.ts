/**
 * Reads one cookie as js-cookie would (percent-decoded), without it: the script tag's
 * first file reads the stored choice with this. Blocked cookies read as nothing.
 *
 * @param name The cookie name.
 * @param cookies The page's cookies, as {@link allCookies} gives them (by default, read
 *   now).
 * @returns Its value, or `undefined`.
 */
export function readCookie(name: string, cookies = allCookies()): string | undefined {
  for (const pair of cookies ? cookies.split('; ') : []) {
    const at = pair.indexOf('=')
    try {
      if (decodeURIComponent(pair.slice(0, at)) === name)
        return decodeURIComponent(pair.slice(at + 1))
    } catch {
      // A malformed pair is skipped, as js-cookie does.
    }
  }
  return undefined
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
