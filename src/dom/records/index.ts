import type { ConsentRecord } from '../../core/consent/record'

/** localStorage key of the records that could not be sent yet. */
export const OUTBOX_KEY = 'consentry:outbox'
/**
 * localStorage key of the records the endpoint failed {@link TRIES} times: tried again
 * whenever the engine runs for something else, but no longer a reason to fetch it (the
 * first file looks at {@link OUTBOX_KEY} only).
 */
export const HELD_KEY = 'consentry:outbox:held'
/** Failed sends after which a record is held. */
const TRIES = 3
/** At most this many records wait in each list; the oldest give way. */
const OUTBOX_SIZE = 20

/** A record waiting to be sent, and how many times the endpoint failed it. */
interface Kept {
  record: ConsentRecord
  tries: number
}

/** Sends records to the site's endpoint. */
export interface RecordSender {
  /** Sends one record now, or keeps it for the next page view. Never throws. */
  send(record: ConsentRecord): void
  /** Sends what waits in the outbox, the held records too. */
  flush(): void
  /** Settles once every send started so far has had its answer (or failed). */
  settled(): Promise<unknown>
}

/**
 * Delivers consent records to `endpoint` as JSON, by `fetch` with `keepalive` (it outlives
 * the page, and never blocks it), whose answer says whether each record arrived: a record
 * leaves the outbox only once the endpoint answered 2xx. A beacon would say only that it
 * was queued, so an endpoint answering 500, or another origin refusing it, would lose the
 * record unseen. Cookies go to the page's own origin only (`credentials: 'same-origin'`):
 * another origin needs no credentialed CORS answer, `Access-Control-Allow-Origin: *` will
 * do.
 * While offline, or when the fetch fails, a record waits in a small localStorage outbox
 * and is sent again when the browser is back online (a record kept offline) or on the next
 * page view ({@link RecordSender.flush}). A page that goes before the answer comes (a
 * quick click away; a withdrawal's reload waits for {@link RecordSender.settled}) keeps
 * its record too: the next view sends it again. A record the endpoint failed
 * {@link TRIES} times (an endpoint down, or refusing a cross-origin request) is held
 * rather than dropped: returning views no longer fetch the engine for it, and it goes
 * with the next view that runs the engine. The record id is the idempotency key: a record
 * sent twice is the same record, and the lists hold each id once.
 *
 * @param win The window.
 * @param endpoint The URL (`recordEndpoint`).
 * @returns The sender.
 */
export function createRecordSender(win: Window, endpoint: string): RecordSender {
  const read = (key: string): Kept[] => {
    try {
      // Anything but a list throws here, and is read as empty. An entry without `record`
      // is a bare record, as the previews kept them; anything else without an id is none.
      return (JSON.parse(win.localStorage.getItem(key)!) ?? []).flatMap(
        (entry: Partial<Kept> | null) => {
          const record = (entry?.record ?? entry) as ConsentRecord | null
          return typeof record?.id === 'string'
            ? [{ record, tries: +entry!.tries! || 0 }]
            : []
        }
      )
    } catch {
      return []
    }
  }
  const write = (key: string, list: Kept[]) => {
    try {
      if (list.length)
        win.localStorage.setItem(key, JSON.stringify(list.slice(-OUTBOX_SIZE)))
      else win.localStorage.removeItem(key)
    } catch {
      // Storage blocked: a failed record is lost, the page is not.
    }
  }
  /** Takes the record out of both lists, then keeps `kept` in the one its tries name. */
  const put = (id: string, kept?: Kept) => {
    for (const key of [OUTBOX_KEY, HELD_KEY]) {
      const list = read(key).filter((k) => k.record.id !== id)
      if (kept && (key === HELD_KEY) === kept.tries >= TRIES) list.push(kept)
      write(key, list)
    }
  }

  // Every send started so far: a withdrawal's reload waits for them (see `applyWithdrawal`).
  let sending: Promise<unknown> = Promise.resolve()
  const flush = () => {
    for (const { record, tries } of [...read(OUTBOX_KEY), ...read(HELD_KEY)])
      deliver(record, tries)
  }
  const deliver = (record: ConsentRecord, tries = 0) => {
    if (win.navigator.onLine === false) {
      // Offline is no failure of the endpoint's: the tries stay as they were.
      put(record.id, { record, tries })
      // Back online while the page is still open: sent then, not a page view later (the
      // same listener added twice is added once).
      return win.addEventListener('online', flush, { once: true })
    }
    // Counted as failed until the endpoint says otherwise: a page closed meanwhile keeps it.
    put(record.id, { record, tries: tries + 1 })
    const sent = win
      .fetch(endpoint, {
        method: 'POST',
        body: JSON.stringify(record),
        keepalive: true,
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' }
      })
      .then((response) => response.ok && put(record.id))
      .catch(() => undefined)
    sending = Promise.all([sending, sent])
  }

  return { send: (record) => deliver(record), flush, settled: () => sending }
}
