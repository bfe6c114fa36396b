import type { ConsentRecord } from '../../core/consent/record'

/** localStorage key of the records that could not be sent yet. */
export const OUTBOX_KEY = 'consentry:outbox'
/**
 * localStorage key of the records the endpoint failed {@link TRIES} times: tried again
 * whenever the engine runs for something else, and a reason to fetch it only once the
 * first of them is due (see {@link heldDue}), a day after it was held, then two, four…,
 * at most {@link MAX_DOUBLINGS} doublings (32 days) apart.
 */
export const HELD_KEY = 'consentry:outbox:held'
/** Failed sends after which a record is held. */
const TRIES = 3
/** How long a record held after its {@link TRIES}th failed send waits, in ms: one day. */
const HOLD = 864e5
/**
 * How many times the wait doubles at most: 32 days. An endpoint back after a long outage
 * gets a record held through it within a month, not a year or more after (1, 2, 4… days
 * would be 512 days by the twelfth failure).
 */
const MAX_DOUBLINGS = 5
/** At most this many records wait in each list; the oldest give way. */
const OUTBOX_SIZE = 20

/**
 * A record waiting to be sent, how many times the endpoint failed it, and when a held one
 * is due to be tried again (ms since the epoch; 0 for the outbox's). `due` comes first in
 * the stored JSON, so that the first file can read the first held record's without
 * parsing the list (see {@link heldDue}).
 */
interface Kept {
  due: number
  record: ConsentRecord
  tries: number
}

/**
 * Whether the first of the held records (the soonest due: the list is kept in order) is
 * due to be tried again, read from the stored text alone. A returning view fetches the
 * engine for it then, and not before: an endpoint that keeps failing costs a visitor one
 * engine fetch after a day, two, four…, and never loses the record.
 *
 * @param held The stored value of {@link HELD_KEY}, if any.
 * @param now The time, in ms since the epoch.
 * @returns True when a held record is due.
 */
export const heldDue = (held: string | null | undefined, now: number): boolean =>
  Number(/^\[\{"due":(\d+)/.exec(held ?? '')?.[1]) <= now

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
 * rather than dropped: it goes with the next view that runs the engine, and returning
 * views fetch the engine for it only when it is due, a day later, then two days after
 * that, four…, 32 at most (see {@link heldDue}). The record id is the idempotency key: a
 * record sent twice is the same record, and the lists hold each id once.
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
            ? [{ due: +entry!.due! || 0, record, tries: +entry!.tries! || 0 }]
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
  /**
   * Takes the record out of both lists, then keeps it in the one its tries name: a held
   * one due a day after its third failure, two after its fourth, and so on up to 32 days,
   * the list in the order they are due.
   */
  const put = (id: string, record?: ConsentRecord, tries = 0) => {
    const held = tries >= TRIES
    const due = held ? Date.now() + HOLD * 2 ** Math.min(tries - TRIES, MAX_DOUBLINGS) : 0
    for (const key of [OUTBOX_KEY, HELD_KEY]) {
      const list = read(key).filter((k) => k.record.id !== id)
      if (record && (key === HELD_KEY) === held) list.push({ due, record, tries })
      write(
        key,
        list.sort((a, b) => a.due - b.due)
      )
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
      put(record.id, record, tries)
      // Back online while the page is still open: sent then, not a page view later (the
      // same listener added twice is added once).
      return win.addEventListener('online', flush, { once: true })
    }
    // Counted as failed until the endpoint says otherwise: a page closed meanwhile keeps it.
    put(record.id, record, tries + 1)
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
