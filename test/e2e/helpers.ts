import type { BrowserContext, ConsoleMessage, Page } from '@playwright/test'

/** What the gated stand-in scripts recorded (`window.__ran`). */
export function ran(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as { __ran?: string[] }).__ran ?? [])
}

/** The default taxonomy's categories with nothing but essential granted. */
export const ESSENTIAL_ONLY = {
  essential: true,
  statistical: false,
  personalisation: false,
  marketing: false
}

/** Collects console messages, page errors and requests to stand-in tag scripts. */
export function watch(page: Page) {
  const seen = {
    warnings: [] as string[],
    errors: [] as string[],
    pageErrors: [] as string[],
    tagRequests: [] as string[]
  }
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'warning') seen.warnings.push(message.text())
    if (message.type() === 'error') seen.errors.push(message.text())
  })
  page.on('pageerror', (error) => seen.pageErrors.push(error.message))
  page.on('request', (request) => {
    if (request.url().includes('/fixtures/scripts/')) seen.tagRequests.push(request.url())
  })
  return seen
}

declare global {
  interface Window {
    __ran?: string[]
  }
}

/**
 * Opens a page and waits until the engine has validated its config and remembered it
 * (`consentry:boot`): the next view of the same page starts on the remembered config,
 * with the regime known before any other tag runs.
 */
export async function visitOnce(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await engineStarted(page)
}

/**
 * Waits until the page's config is validated and remembered: by the engine, or on a view
 * with nothing to decide (a US visitor's first view) by the validator file, with no
 * engine. A first-time visitor's GDPR banner fetches the engine only when the visitor is
 * about to act: this points at the banner, as a visitor would, until the engine is there.
 */
export async function engineStarted(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    if (localStorage.getItem('consentry:boot') !== null) return true
    for (const host of document.querySelectorAll('consentry-root'))
      host.shadowRoot
        ?.querySelector('.cy-banner')
        ?.dispatchEvent(new Event('pointerover'))
    return false
  })
}

/** Collects the paths under /dist/ the page requests from now on. */
export function distRequests(page: Page): string[] {
  const seen: string[] = []
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname
    if (path.startsWith('/dist/')) seen.push(path)
  })
  return seen
}

/**
 * Calls one of the API's deciding methods in the page and waits until its decision is in
 * force. A view that has not loaded the engine yet (a first visit with `autoShow: false`,
 * a returning view) fetches it first, so the call itself returns before it is done.
 * Not for a call that reloads the page (a withdrawal): wait for `load` there.
 */
export async function decide(
  page: Page,
  method: 'acceptAll' | 'rejectAll' | 'save' | 'optOut',
  input?: unknown
): Promise<void> {
  await page.evaluate(
    ([name, arg]) => {
      const api = window.Consentry!
      const before = api.getState().id
      ;(api[name] as (input?: unknown) => void)(arg)
      return new Promise<void>((resolve) => {
        const check = () => {
          const state = api.getState()
          if (state.decided && state.id !== before) resolve()
          else setTimeout(check, 10)
        }
        check()
      })
    },
    [method, input] as const
  )
}

/**
 * In the open "Do Not Sell or Share My Personal Information" dialog: turns the opt-out on
 * and confirms, and waits for the reload that withdraws what already ran.
 */
export async function confirmOptOut(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', {
    name: 'Do Not Sell or Share My Personal Information'
  })
  await dialog.getByRole('switch').click()
  await Promise.all([
    page.waitForEvent('load'),
    dialog.getByRole('button', { name: 'Confirm' }).click()
  ])
}

/**
 * Serves `/fixtures/late.html`, a page whose config is `data-config="/fixtures/late.json"`,
 * answered with `config` 500 ms after it is asked for. `head` comes before the script tag,
 * `body` in `<main>`.
 */
export async function lateConfigPage(
  page: Page,
  config: unknown,
  { head = '', body = '' }: { head?: string; body?: string } = {}
): Promise<void> {
  await page.route('**/fixtures/late.json', async (route) => {
    await new Promise((done) => setTimeout(done, 500))
    await route.fulfill({ json: config })
  })
  await page.route('**/fixtures/late.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Late config</title>${head}
        <script src="/dist/consentry.js" data-config="/fixtures/late.json"></script>
        </head><body><main><h1>Shop</h1>${body}</main></body></html>`
    })
  )
}

/** The records with this id that the demo server's receiver (`/records`) holds. */
export async function receivedRecords(
  page: Page,
  id: string
): Promise<Array<{ id: string; method: string }>> {
  const body = (await (await page.request.get('/records')).json()) as {
    records: Array<{ id: string; method: string }>
  }
  return body.records.filter((r) => r.id === id)
}

/** The record outbox as the page's localStorage holds it (`null`: empty). */
export const outbox = (page: Page): Promise<string | null> =>
  page.evaluate(() => localStorage.getItem('consentry:outbox'))

/** A record waiting in the page's localStorage, and the endpoint's failures to take it. */
export interface KeptRecord {
  record: { id: string; method: string }
  tries: number
}

/** The records waiting in the outbox and those held after three failed sends. */
export const keptRecords = (
  page: Page
): Promise<{ outbox: KeptRecord[]; held: KeptRecord[] }> =>
  page.evaluate(() => {
    const read = (key: string) => JSON.parse(localStorage.getItem(key) ?? '[]')
    return { outbox: read('consentry:outbox'), held: read('consentry:outbox:held') }
  })

/**
 * Answers every request matching `pattern` (a vendor's host) with an empty script, and
 * lists the URLs asked for: what a test must see held, or let through.
 */
export async function emptyScripts(
  context: BrowserContext,
  pattern: string
): Promise<string[]> {
  const urls: string[] = []
  await context.route(pattern, (route) => {
    urls.push(route.request().url())
    return route.fulfill({ contentType: 'text/javascript', body: '' })
  })
  return urls
}
