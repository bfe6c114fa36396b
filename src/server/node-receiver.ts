import { MAX_RECORD_SIZE } from './records'
import { answerRecord, TOO_LARGE, type RecordReceiverOptions } from './receiver'

/**
 * What the endpoint uses of Node's `IncomingMessage` (named by shape, so that the package's
 * types need no `@types/node`). Express and other frameworks may have parsed `body` already.
 */
export interface NodeRecordRequest {
  method?: string
  headers: Record<string, string | string[] | undefined>
  body?: unknown
  setEncoding(encoding: 'utf8'): unknown
  on(event: 'data', listener: (chunk: string) => void): unknown
  on(event: 'end', listener: () => void): unknown
  on(event: 'error', listener: (error: Error) => void): unknown
}

/** What the endpoint uses of Node's `ServerResponse`. */
export interface NodeRecordResponse {
  writeHead(status: number, headers: Record<string, string>): unknown
  end(body?: string): unknown
}

/** The body's text, read to its end; over {@link MAX_RECORD_SIZE}, {@link TOO_LARGE}. */
function readText(request: NodeRecordRequest): Promise<string | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    let text: string | typeof TOO_LARGE = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => {
      // Read on to the end, so that the answer can still be written, but keep nothing.
      if (text === TOO_LARGE) return
      text += chunk
      if (text.length > MAX_RECORD_SIZE) text = TOO_LARGE
    })
    request.on('end', () => resolve(text))
    request.on('error', reject)
  })
}

/**
 * A `recordEndpoint` for Node's `http` server, Express, Connect or Fastify's raw requests:
 * the CORS preflight, then each POSTed record read with `readRecord` and handed to `store`,
 * answered as {@link recordReceiver} answers. A body a framework has parsed already
 * (`express.json()`) is taken as it is; otherwise the request is read.
 *
 * @param options Where records go, and which pages may send them.
 * @returns The handler, `(request, response)`.
 * @example
 * app.all('/consent-records', nodeRecordReceiver({ store: (record) => db.put(record) }))
 */
export function nodeRecordReceiver(
  options: RecordReceiverOptions<NodeRecordRequest>
): (request: NodeRecordRequest, response: NodeRecordResponse) => Promise<void> {
  return async (request, response) => {
    const length = request.headers['content-length']
    const { status, headers, body } = await answerRecord(
      {
        method: request.method ?? 'GET',
        length: typeof length === 'string' ? Number(length) : undefined,
        read: () =>
          request.body !== undefined ? Promise.resolve(request.body) : readText(request),
        request
      },
      options
    )
    response.writeHead(status, headers)
    response.end(body)
  }
}
