/**
 * A request's headers, as Node's `IncomingMessage.headers` or the Fetch API's `Headers`
 * (Next.js, Remix, Deno, Cloudflare Workers…) give them.
 */
export type RequestHeaders =
  { get(name: string): string | null } | Record<string, string | string[] | undefined>

/**
 * One header's value, whatever the shape of the headers; headers that throw have none.
 *
 * @param headers The request's headers.
 * @param name The header's name, in lower case.
 * @returns Its value (repeated values joined by `; `), or `undefined`.
 */
export function header(headers: RequestHeaders, name: string): string | undefined {
  try {
    let value: string | string[] | null | undefined
    if (typeof headers.get === 'function') {
      value = (headers as { get(name: string): string | null }).get(name)
    } else {
      // Node gives names in lower case; an object made by hand may not.
      const record = headers as Record<string, string | string[] | undefined>
      const key = Object.keys(record).find((key) => key.toLowerCase() === name)
      value = key === undefined ? undefined : record[key]
    }
    return Array.isArray(value) ? value.join('; ') : (value ?? undefined)
  } catch {
    return undefined
  }
}
