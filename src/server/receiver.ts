import type { ConsentRecord } from '../core/consent/record'
import { MAX_RECORD_SIZE, readRecord, TOO_LONG } from './records'

/** Options of {@link recordReceiver} and `nodeRecordReceiver`. */
export interface RecordReceiverOptions<R = Request> {
  /**
   * Keeps a record that was read whole. Store it once per `id`: a record may arrive more
   * than once (retries from the visitor's outbox), and the same id is the same record. A
   * store that throws or rejects answers 500, and the visitor's browser sends the record
   * again later.
   */
  store(record: ConsentRecord, request: R): void | Promise<void>
  /**
   * `Access-Control-Allow-Origin` for pages on other origins (default `*`: any page may
   * send records, without cookies). `false`: pages on the endpoint's own origin only.
   */
  allowOrigin?: string | false
}

/** What the endpoint needs of a request, whatever the server. */
export interface RecordRequest<R> {
  method: string
  /** `Content-Length`, when the request gives one. */
  length: number | undefined
  /** The body: its text or JSON a framework parsed, or {@link TOO_LARGE}. */
  read(): Promise<unknown>
  /** The server's own request object, handed to `store`. */
  request: R
}

/** The endpoint's answer, before a server writes it. */
export interface RecordAnswer {
  status: number
  headers: Record<string, string>
  /** JSON text, or none. */
  body?: string
}

/** What {@link RecordRequest.read} gives for a body over {@link MAX_RECORD_SIZE}. */
export const TOO_LARGE = Symbol('too large')

/**
 * The records endpoint, whatever the server: the CORS preflight, then a POSTed record read
 * with `readRecord` and handed to `store`. Answers: 204 stored; 400 not a record (the
 * errors, as JSON); 405 another method; 413 a body over 64 KiB; 500 the store failed.
 * Only a 2xx takes a record out of the visitor's outbox.
 *
 * @param incoming The request, in the server's terms.
 * @param options Where records go, and which pages may send them.
 * @returns The answer to write.
 */
export async function answerRecord<R>(
  incoming: RecordRequest<R>,
  options: RecordReceiverOptions<R>
): Promise<RecordAnswer> {
  const origin = options.allowOrigin ?? '*'
  const answer = (status: number, body?: unknown, more: Record<string, string> = {}) => ({
    status,
    headers: {
      ...(origin ? { 'access-control-allow-origin': origin } : {}),
      'cache-control': 'no-store',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...more
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })
  if (incoming.method === 'OPTIONS') {
    return answer(204, undefined, {
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'content-type',
      'access-control-max-age': '86400'
    })
  }
  if (incoming.method !== 'POST') {
    return answer(405, { errors: ['method: expected POST'] }, { allow: 'POST, OPTIONS' })
  }
  const tooLarge = { errors: [TOO_LONG] }
  if ((incoming.length ?? 0) > MAX_RECORD_SIZE) return answer(413, tooLarge)
  let body: unknown
  try {
    body = await incoming.read()
  } catch {
    return answer(400, { errors: ['body: could not be read'] })
  }
  if (body === TOO_LARGE) return answer(413, tooLarge)
  // readRecord refuses a text too long unread (parsed JSON was measured by its parser).
  const { record, errors } = readRecord(body)
  if (!record) return answer(errors[0] === TOO_LONG ? 413 : 400, { errors })
  try {
    await options.store(record, incoming.request)
  } catch (error) {
    console.error('Consentry: a consent record could not be stored.', error)
    return answer(500, { errors: ['the record could not be stored'] })
  }
  return answer(204)
}

/**
 * A `recordEndpoint` for servers that speak the Fetch API (Next.js route handlers, Remix,
 * Deno, Bun, Cloudflare Workers): the CORS preflight, then each POSTed record read with
 * `readRecord` and handed to `store` (see {@link answerRecord} for the answers).
 *
 * @param options Where records go, and which pages may send them.
 * @returns The request handler.
 * @example
 * // app/consent-records/route.ts (Next.js)
 * export const POST = recordReceiver({ store: (record) => db.records.upsert(record) })
 * export const OPTIONS = POST
 */
export function recordReceiver(
  options: RecordReceiverOptions<Request>
): (request: Request) => Promise<Response> {
  return async (request) => {
    const length = request.headers.get('content-length')
    const { status, headers, body } = await answerRecord(
      {
        method: request.method,
        length: length === null ? undefined : Number(length),
        read: () => request.text(),
        request
      },
      options
    )
    return new Response(body ?? null, { status, headers })
  }
}
