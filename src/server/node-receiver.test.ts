import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import type { ConsentRecord } from '../core/consent/record'
import { MAX_RECORD_SIZE, nodeRecordReceiver } from './index'

const record: ConsentRecord = {
  id: 'rec0000000002',
  timestamp: '2026-11-24T10:00:00.000Z',
  expires: '2027-05-23T10:00:00.000Z',
  regime: 'us',
  region: 'US-CA',
  method: 'opt-out',
  categories: {
    essential: true,
    statistical: true,
    personalisation: true,
    marketing: false
  },
  vendors: { facebook: false },
  optOut: { sale: true, share: true },
  gpc: false,
  revision: 3,
  configHash: 'k2j4h1',
  version: '0.1.0'
}

let server: Server | undefined
afterEach(
  () => new Promise<void>((done) => (server ? server.close(() => done()) : done()))
)

/** A real Node server on loopback that answers with `handler`; its URL. */
async function serve(
  handler: (
    request: IncomingMessage & { body?: unknown },
    response: ServerResponse
  ) => unknown
): Promise<string> {
  server = createServer((request, response) => void handler(request, response))
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done))
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/consent-records`
}

describe('nodeRecordReceiver (Node http, Express)', () => {
  it('answers the preflight, stores a POSTed record and answers 204 with CORS', async () => {
    const stored: ConsentRecord[] = []
    const url = await serve(nodeRecordReceiver({ store: (r) => void stored.push(r) }))
    const preflight = await fetch(url, { method: 'OPTIONS' })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST')
    const response = await fetch(url, {
      method: 'POST',
      body: JSON.stringify(record),
      headers: { 'content-type': 'application/json' }
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(stored).toEqual([record])
  })

  it('takes a body a framework parsed already (express.json())', async () => {
    const stored: ConsentRecord[] = []
    const receive = nodeRecordReceiver({ store: (r) => void stored.push(r) })
    const url = await serve(async (request, response) => {
      let text = ''
      for await (const chunk of request) text += chunk
      request.body = JSON.parse(text)
      await receive(request, response)
    })
    const response = await fetch(url, { method: 'POST', body: JSON.stringify(record) })
    expect(response.status).toBe(204)
    expect(stored).toEqual([record])
  })

  it('refuses what is not a record (400), and a long body sent without a length (413)', async () => {
    const stored: ConsentRecord[] = []
    const url = await serve(nodeRecordReceiver({ store: (r) => void stored.push(r) }))
    const bad = await fetch(url, {
      method: 'POST',
      body: JSON.stringify({ ...record, regime: 'eu' })
    })
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({
      errors: ['regime: expected one of "gdpr", "us", "none", got "eu"']
    })
    // Chunked, so no Content-Length: the limit is found while reading.
    const chunk = new TextEncoder().encode('x'.repeat(16384))
    let sent = 0
    const long = await fetch(url, {
      method: 'POST',
      body: new ReadableStream({
        pull(controller) {
          if ((sent += chunk.length) > MAX_RECORD_SIZE * 2) controller.close()
          else controller.enqueue(chunk)
        }
      }),
      duplex: 'half'
    } as RequestInit)
    expect(long.status).toBe(413)
    expect(stored).toEqual([])
  })
})
