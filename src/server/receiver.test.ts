import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ConsentRecord } from '../core/consent/record'
import { MAX_RECORD_SIZE, recordReceiver } from './index'

const record: ConsentRecord = {
  id: 'rec0000000001',
  timestamp: '2026-11-24T10:00:00.000Z',
  expires: '2027-05-23T10:00:00.000Z',
  regime: 'gdpr',
  region: 'DE',
  method: 'banner',
  categories: {
    essential: true,
    statistical: true,
    personalisation: false,
    marketing: false
  },
  vendors: { 'google-analytics': true, facebook: false },
  optOut: { sale: false, share: false },
  gpc: false,
  revision: 1,
  configHash: 'abc123',
  language: 'de',
  version: '0.1.0'
}

const ENDPOINT = 'https://log.example/consent-records'
const post = (body: string, headers: Record<string, string> = {}) =>
  new Request(ENDPOINT, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers }
  })

afterEach(() => vi.restoreAllMocks())

describe('recordReceiver', () => {
  it('stores a record sent from another origin, and answers 204 with CORS', async () => {
    const stored: ConsentRecord[] = []
    const receive = recordReceiver({ store: (r) => void stored.push(r) })
    const response = await receive(post(JSON.stringify(record)))
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(stored).toEqual([record])
  })

  it('answers the CORS preflight that a JSON POST from another origin sends first', async () => {
    const store = vi.fn()
    const response = await recordReceiver({ store })(
      new Request(ENDPOINT, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://shop.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type'
        }
      })
    )
    expect(response.status).toBe(204)
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'content-type'
    })
    expect(store).not.toHaveBeenCalled()
  })

  it('refuses what is not a record with 400 and the errors, and stores nothing', async () => {
    const store = vi.fn()
    const receive = recordReceiver({ store })
    const bad = await receive(post(JSON.stringify({ ...record, gpc: 'yes' })))
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({
      errors: ['gpc: expected true or false, got "yes"']
    })
    const broken = await receive(post('{"id":'))
    expect(broken.status).toBe(400)
    expect(await broken.json()).toEqual({ errors: ['body: expected JSON'] })
    expect(store).not.toHaveBeenCalled()
  })

  it('answers 500 when the store fails, so the browser keeps the record and sends it again', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const receive = recordReceiver({
      store: async () => {
        throw new Error('database down')
      }
    })
    const response = await receive(post(JSON.stringify(record)))
    expect(response.status).toBe(500)
    expect(response.ok).toBe(false)
    expect(error).toHaveBeenCalledOnce()
  })

  it('takes POST alone, and no body over the limit', async () => {
    const store = vi.fn()
    const receive = recordReceiver({ store })
    const get = await receive(new Request(ENDPOINT))
    expect(get.status).toBe(405)
    expect(get.headers.get('allow')).toBe('POST, OPTIONS')
    const declared = await receive(
      post('{}', { 'content-length': String(MAX_RECORD_SIZE + 1) })
    )
    expect(declared.status).toBe(413)
    const long = await receive(post(' '.repeat(MAX_RECORD_SIZE + 1)))
    expect(long.status).toBe(413)
    expect(store).not.toHaveBeenCalled()
  })

  it('names the one origin allowed, or none for an endpoint on the site itself', async () => {
    const store = vi.fn()
    const one = await recordReceiver({ store, allowOrigin: 'https://shop.example' })(
      post(JSON.stringify(record))
    )
    expect(one.headers.get('access-control-allow-origin')).toBe('https://shop.example')
    const own = await recordReceiver({ store, allowOrigin: false })(
      post(JSON.stringify(record))
    )
    expect(own.status).toBe(204)
    expect(own.headers.has('access-control-allow-origin')).toBe(false)
  })
})
