import type { ConsentRecord } from '../../core/consent/record'

/** localStorage key of the records that could not be sent yet. */
export const OUTBOX_KEY = 'consentry:outbox'
/** At most this many records wait; the oldest give way. */
const OUTBOX_SIZE = 20

/** Sends records to the site's endpoint. */
export interface RecordSender {
  /** Sends one record now, or keeps it for the next page view. Never throws. */
  send(record: ConsentRecord): void
  /** Sends what waits in the outbox. */
  flush(): void
}

/**
 * Delivers consent records to `endpoint` as JSON, without ever blocking the page:
 * `navigator.sendBeacon`, or `fetch` with `keepalive` where a beacon cannot be queued.
 * While offline, or when the fetch fails, a record waits in a small localStorage outbox
 * and is sent again when the browser is back online (a record kept offline) or on the next
 * page view ({@link RecordSender.flush}). The record id is the idempotency key: a record
 * sent twice is the same record, and the outbox holds each id once.
 *
 * @param win The window.
 * @param endpoint The URL (`recordEndpoint`).
 * @returns The sender.
 */
export function createRecordSender(win: Window, endpoint: string): RecordSender {
  const outbox = {
    read(): ConsentRecord[] {
      try {
        const parsed: unknown = JSON.parse(win.localStorage.getItem(OUTBOX_KEY) ?? '[]')
        return Array.isArray(parsed) ? (parsed as ConsentRecord[]) : []
      } catch {
        return []
      }
    },
    write(records: ConsentRecord[]) {
      try {
        if (records.length)
          win.localStorage.setItem(
            OUTBOX_KEY,
            JSON.stringify(records.slice(-OUTBOX_SIZE))
          )
        else win.localStorage.removeItem(OUTBOX_KEY)
      } catch {
        // Storage blocked: a failed record is lost, the page is not.
      }
    },
    keep(record: ConsentRecord) {
      this.write([...this.read().filter((r) => r.id !== record.id), record])
    },
    drop(id: string) {
      this.write(this.read().filter((r) => r.id !== id))
    }
  }

  const flush = () => {
    for (const record of outbox.read()) deliver(record)
  }
  const deliver = (record: ConsentRecord) => {
    if (win.navigator.onLine === false) {
      outbox.keep(record)
      // Back online while the page is still open: sent then, not a page view later (the
      // same listener added twice is added once).
      return win.addEventListener('online', flush, { once: true })
    }
    const body = JSON.stringify(record)
    try {
      const beacon = win.navigator.sendBeacon?.(
        endpoint,
        new Blob([body], { type: 'application/json' })
      )
      if (beacon) return outbox.drop(record.id)
    } catch {
      // Fall through to fetch.
    }
    outbox.keep(record)
    void win
      .fetch(endpoint, {
        method: 'POST',
        body,
        keepalive: true,
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' }
      })
      .then((response) => response.ok && outbox.drop(record.id))
      .catch(() => undefined)
  }

  return { send: deliver, flush }
}
