import type { ConsentRecord } from '../core/consent/record'
import { MAX_RECORD_SIZE, readRecord } from './records'

/** Options of {@link recordReceiver}. */
export interface RecordReceiverOptions {
  /**
   * Keeps a record that was read whole. Store it once per `id`: a record may arrive more
   * than once (retries from the visitor's outbox), and the same id is the same record. A
   * store that throws or rejects answers 500, and the visitor's browser sends the record
   * again later.
   */
  store(record: ConsentRecord, request: Request): void | Promise<void>
  /**
   * `Access-Control-Allow-Origin` for pages on other origins (default `*`: any page may
   * send records, without cookies). `false`: pages on the endpoint's own origin only.
   */
  allowOrigin?: string | false
}

/**
 * A `recordEndpoint` for servers that speak the Fetch API (Next.js route handlers,
 * Remix, Deno, Bun, Cloudflare Workers, Node 18+ with an adapter): it answers the CORS
 * preflight, reads each POSTed record with {@link readRecord}, and hands it to `store`.
 * Answers: 204 stored; 400 not a record (the errors, as JSON); 405 another method; 413 a
 * body over 64 KiB; 500 the store failed. Only a 2xx takes a record out of the visitor's
 * outbox.
 *
 * @param options Where records go, and which pages may send them.
 * @returns The request handler.
 * @example
 * // app/consent-records/route.ts (Next.js)
 * export const POST = recordReceiver({ store: (record) => db.records.upsert(record) })
 * export const OPTIONS = POST
 */
export function recordReceiver(
  options: RecordReceiverOptions
): (request: Request) => Promise<Response> {
  const origin = options.allowOrigin ?? '*'
  const cors: Record<string, string> = origin
    ? { 'access-control-allow-origin': origin }
    : {}
  const answer = (status: number, body?: unknown, headers: Record<string, string> = {}) =>
    new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: {
        ...cors,
        'cache-control': 'no-store',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers
      }
    })
  return async (request) => {
    if (request.method === 'OPTIONS') {
      return answer(204, undefined, {
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'content-type',
        'access-control-max-age': '86400'
      })
    }
    if (request.method !== 'POST') {
      return answer(
        405,
        { errors: ['method: expected POST'] },
        { allow: 'POST, OPTIONS' }
      )
    }
    const tooLarge = { errors: [`body: expected at most ${MAX_RECORD_SIZE} characters`] }
    if (Number(request.headers.get('content-length')) > MAX_RECORD_SIZE)
      return answer(413, tooLarge)
    let text: string
    try {
      text = await request.text()
    } catch {
      return answer(400, { errors: ['body: could not be read'] })
    }
    if (text.length > MAX_RECORD_SIZE) return answer(413, tooLarge)
    const { record, errors } = readRecord(text)
    if (!record) return answer(400, { errors })
    try {
      await options.store(record, request)
    } catch (error) {
      console.error('Consentry: a consent record could not be stored.', error)
      return answer(500, { errors: ['the record could not be stored'] })
    }
    return answer(204)
  }
}
