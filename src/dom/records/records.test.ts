import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ConsentRecord } from '../../core/consent/record'
import { createRecordSender, heldDue, HELD_KEY, OUTBOX_KEY } from './index'

/** A record with the given id (the sender reads nothing else of it). */
const record = (id: string) => ({ id }) as ConsentRecord

/**
 * A window of its own: storage, network state, beacon and fetch, and its events. The
 * endpoint answers `status`, or fails as a network error where it is 0; `sent` lists the
 * ids it answered 2xx.
 */
function fakeWindow({ status = 204 } = {}) {
  const items = new Map<string, string>()
  const events = new EventTarget()
  const sent: string[] = []
  const answer = (code: number) => (_url: string, init?: RequestInit) => {
    if (!code) return Promise.reject(new TypeError('network error'))
    if (code < 300) sent.push(JSON.parse(init!.body as string).id)
    return Promise.resolve(new Response(null, { status: code }))
  }
  const win = {
    // A beacon would be queued: the sender must not use it, its answer is never known.
    navigator: { onLine: true, sendBeacon: vi.fn(() => true) },
    localStorage: {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key)
    },
    fetch: vi.fn(answer(status)),
    answer,
    location: { href: 'https://shop.example/basket', origin: 'https://shop.example' },
    addEventListener: events.addEventListener.bind(events),
    dispatchEvent: events.dispatchEvent.bind(events)
  }
  const ids = (key: string) => () =>
    (JSON.parse(items.get(key) ?? '[]') as Array<{ record: ConsentRecord }>).map(
      (kept) => kept.record.id
    )
  return {
    win,
    items,
    sent,
    outbox: ids(OUTBOX_KEY),
    held: ids(HELD_KEY),
    asWindow: win as unknown as Window
  }
}

const NOW = Date.UTC(2026, 10, 24, 12)
const DAY = 864e5

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
})
afterEach(() => void vi.useRealTimers())

describe('heldDue: read by the first file from the stored text alone', () => {
  it('is the first held record due, kept first in the list, and nothing for anything else', () => {
    const { win, asWindow, items } = fakeWindow({ status: 0 })
    // Two records held, tried once more and failed again: due in two days (a fourth
    // failure) and in four (a fifth), the sooner first.
    items.set(
      HELD_KEY,
      JSON.stringify([
        { record: { id: 'late' }, tries: 4 },
        { record: { id: 'soon' }, tries: 3 }
      ])
    )
    createRecordSender(asWindow, '/records').flush()
    expect(win.fetch).toHaveBeenCalledTimes(2)
    const held = items.get(HELD_KEY)!
    expect(held.startsWith('[{"due":')).toBe(true)
    expect(JSON.parse(held).map((k: { record: { id: string } }) => k.record.id)).toEqual([
      'soon',
      'late'
    ])
    expect(JSON.parse(held)[0].due).toBe(NOW + 2 * DAY)
    expect(heldDue(held, NOW + 2 * DAY)).toBe(true)
    expect(heldDue(held, NOW + DAY)).toBe(false)
    // Held by an older version, without a due time: left, as then, to the next view that
    // runs the engine.
    expect(heldDue('[{"record":{"id":"a"},"tries":3}]', NOW)).toBe(false)
    for (const text of [null, undefined, '', 'garbage', '[]', '{"due":1}'])
      expect(heldDue(text, NOW)).toBe(false)
  })
})

describe('createRecordSender', () => {
  it('sends a record by a keepalive fetch, and keeps it until the endpoint confirms it', async () => {
    const { win, asWindow, sent, outbox } = fakeWindow()
    createRecordSender(asWindow, '/records').send(record('a'))
    expect(win.fetch).toHaveBeenCalledWith(
      '/records',
      expect.objectContaining({
        method: 'POST',
        body: '{"id":"a"}',
        keepalive: true,
        credentials: 'same-origin'
      })
    )
    // Kept while the answer is on its way: a page gone before it keeps the record.
    expect(outbox()).toEqual(['a'])
    await vi.waitFor(() => expect(outbox()).toEqual([]))
    expect(sent).toEqual(['a'])
  })

  it('keeps a record its own origin answered with an error (a beacon would have lost it)', async () => {
    const { win, asWindow, sent, outbox } = fakeWindow({ status: 500 })
    const sender = createRecordSender(asWindow, 'https://shop.example/records')
    sender.send(record('a'))
    expect(win.navigator.sendBeacon).not.toHaveBeenCalled()
    await Promise.resolve()
    await Promise.resolve()
    expect(outbox()).toEqual(['a'])
    win.fetch.mockImplementation(win.answer(200))
    sender.flush()
    await vi.waitFor(() => expect(outbox()).toEqual([]))
    expect(sent).toEqual(['a'])
  })

  it('keeps a record made offline, and sends it once when the browser is back online', async () => {
    const { win, asWindow, sent, outbox } = fakeWindow()
    win.navigator.onLine = false
    const sender = createRecordSender(asWindow, '/records')
    sender.send(record('a'))
    sender.send(record('b'))
    expect(win.fetch).not.toHaveBeenCalled()
    expect(outbox()).toEqual(['a', 'b'])
    win.navigator.onLine = true
    win.dispatchEvent(new Event('online'))
    await vi.waitFor(() => expect(sent).toEqual(['a', 'b']))
    expect(outbox()).toEqual([])
    // The listener was for that one return: a second one sends nothing again.
    win.dispatchEvent(new Event('online'))
    expect(win.fetch).toHaveBeenCalledTimes(2)
  })

  it('listens again after a second time offline', async () => {
    const { win, asWindow, outbox, sent } = fakeWindow()
    const sender = createRecordSender(asWindow, '/records')
    for (const id of ['a', 'b']) {
      win.navigator.onLine = false
      sender.send(record(id))
      expect(outbox()).toEqual([id])
      win.navigator.onLine = true
      win.dispatchEvent(new Event('online'))
      await vi.waitFor(() => expect(outbox()).toEqual([]))
    }
    expect(sent).toEqual(['a', 'b'])
  })

  it('keeps a record whose fetch failed, once per id, for the next flush', async () => {
    const { win, asWindow, outbox } = fakeWindow({ status: 0 })
    const sender = createRecordSender(asWindow, '/records')
    sender.send(record('a'))
    sender.send(record('a'))
    expect(win.fetch).toHaveBeenCalledTimes(2)
    expect(outbox()).toEqual(['a'])
    win.fetch.mockImplementation(() =>
      Promise.resolve(new Response(null, { status: 204 }))
    )
    sender.flush()
    await vi.waitFor(() => expect(outbox()).toEqual([]))
  })

  it('holds a record the endpoint failed three times: no longer in the outbox, still sent by a later flush', async () => {
    const { win, asWindow, outbox, held, items } = fakeWindow({ status: 0 })
    // Three page views, each with a sender that flushes what waits (as the engine does).
    createRecordSender(asWindow, '/records').send(record('a'))
    expect(outbox()).toEqual(['a'])
    createRecordSender(asWindow, '/records').flush()
    expect(outbox()).toEqual(['a'])
    expect(held()).toEqual([])
    createRecordSender(asWindow, '/records').flush()
    // Out of the outbox: the first file no longer fetches the engine for it, until it is
    // due a day later.
    expect(items.has(OUTBOX_KEY)).toBe(false)
    expect(held()).toEqual(['a'])
    expect(JSON.parse(items.get(HELD_KEY)!)).toEqual([
      { due: NOW + DAY, record: { id: 'a' }, tries: 3 }
    ])
    expect(heldDue(items.get(HELD_KEY), NOW + DAY - 1)).toBe(false)
    expect(heldDue(items.get(HELD_KEY), NOW + DAY)).toBe(true)
    // A fourth try that fails keeps it held, for two days; one that succeeds sends it and
    // forgets it.
    createRecordSender(asWindow, '/records').flush()
    expect(held()).toEqual(['a'])
    expect(JSON.parse(items.get(HELD_KEY)!)[0].due).toBe(NOW + 2 * DAY)
    win.fetch.mockImplementation(() =>
      Promise.resolve(new Response(null, { status: 204 }))
    )
    createRecordSender(asWindow, '/records').flush()
    await vi.waitFor(() => expect(items.has(HELD_KEY)).toBe(false))
    expect(items.has(OUTBOX_KEY)).toBe(false)
    expect(win.fetch).toHaveBeenCalledTimes(5)
    expect(JSON.parse(win.fetch.mock.calls[4]![1]!.body as string)).toEqual({ id: 'a' })
  })

  it('waits at most 32 days between tries of a held record, however often it failed', () => {
    const { asWindow, held, items } = fakeWindow({ status: 0 })
    const dues: number[] = []
    createRecordSender(asWindow, '/records').send(record('a'))
    for (let view = 2; view <= 12; view++) {
      createRecordSender(asWindow, '/records').flush()
      if (view >= 3) dues.push((JSON.parse(items.get(HELD_KEY)!)[0].due - NOW) / DAY)
    }
    // Held after the third failure, then one day, two, four… and 32 from the eighth on.
    expect(dues).toEqual([1, 2, 4, 8, 16, 32, 32, 32, 32, 32])
    expect(held()).toEqual(['a'])
    expect(JSON.parse(items.get(HELD_KEY)!)[0].tries).toBe(12)
  })

  it('counts an HTTP error as a failed try, and time offline as none', () => {
    const { win, asWindow, outbox, held } = fakeWindow({ status: 0 })
    win.fetch.mockImplementation(() =>
      Promise.resolve(new Response(null, { status: 500 }))
    )
    const sender = createRecordSender(asWindow, '/records')
    sender.send(record('a'))
    sender.flush()
    win.navigator.onLine = false
    for (let view = 0; view < 5; view++) createRecordSender(asWindow, '/records').flush()
    expect(outbox()).toEqual(['a'])
    win.navigator.onLine = true
    sender.flush()
    expect(outbox()).toEqual([])
    expect(held()).toEqual(['a'])
  })

  it('reads a bare record as the previews kept it, and skips what is no record', () => {
    const { win, asWindow, items } = fakeWindow({ status: 0 })
    items.set(OUTBOX_KEY, JSON.stringify([{ id: 'a' }, null, 7, { record: {} }, {}]))
    items.set(HELD_KEY, '{"not":"a list"}')
    createRecordSender(asWindow, '/records').flush()
    expect(win.fetch).toHaveBeenCalledTimes(1)
    expect(JSON.parse(items.get(OUTBOX_KEY)!)).toEqual([
      { due: 0, record: { id: 'a' }, tries: 1 }
    ])
  })

  it('sends to another origin without credentials, and keeps what it refuses', async () => {
    const { win, asWindow, outbox } = fakeWindow({ status: 0 })
    const sender = createRecordSender(asWindow, 'https://log.example/records')
    sender.send(record('a'))
    // `same-origin`: the visitor's cookies do not go to another origin, so a CORS answer
    // of `Access-Control-Allow-Origin: *` will do. A refusal is a network error.
    expect(win.fetch).toHaveBeenCalledWith(
      'https://log.example/records',
      expect.objectContaining({ credentials: 'same-origin', keepalive: true })
    )
    await Promise.resolve()
    await Promise.resolve()
    expect(outbox()).toEqual(['a'])
  })

  it('a page view with storage blocked loses a failed record, not the page', () => {
    const { win, asWindow } = fakeWindow()
    win.navigator.onLine = false
    win.localStorage.setItem = () => {
      throw new DOMException('blocked', 'SecurityError')
    }
    const sender = createRecordSender(asWindow, '/records')
    expect(() => sender.send(record('a'))).not.toThrow()
    expect(() => sender.flush()).not.toThrow()
  })

  it('settles once every record sent so far has had its answer, confirmed or not', async () => {
    const { win, asWindow, outbox } = fakeWindow()
    const answers: Array<(response: Response) => void> = []
    win.fetch.mockImplementation(
      () => new Promise<Response>((resolve) => answers.push(resolve))
    )
    const sender = createRecordSender(asWindow, '/records')
    let settled = false
    void sender.settled().then(() => (settled = true))
    await vi.waitFor(() => expect(settled).toBe(true))
    settled = false
    sender.send(record('a'))
    sender.send(record('b'))
    void sender.settled().then(() => (settled = true))
    answers[0]!(new Response(null, { status: 204 }))
    await vi.waitFor(() => expect(outbox()).toEqual(['b']))
    expect(settled).toBe(false)
    // An error is an answer too: the record stays, and nothing waits on it any more.
    answers[1]!(new Response(null, { status: 500 }))
    await vi.waitFor(() => expect(settled).toBe(true))
    expect(outbox()).toEqual(['b'])
  })
})
