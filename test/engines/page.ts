/**
 * What a test asks of a browser, whichever protocol drives it: WebDriver classic over
 * HTTP (WebKit, through WebKitWebDriver) or WebDriver BiDi over a WebSocket (Firefox).
 */
export interface Page {
  /** The engine's name, for test titles: `Firefox 140.12.0`, `WebKit 2.50.6`. */
  readonly name: string
  /** Opens `url` in the one tab and waits for its load event. */
  goto(url: string): Promise<void>
  /**
   * Calls `fn` in the page with `args` (JSON) and returns its result, awaited and passed
   * through JSON: what the page can say, not live objects.
   */
  run<A extends unknown[], T>(fn: (...args: A) => T, ...args: A): Promise<Awaited<T>>
  /** Presses keys on the focused element (`\uE004` is Tab, `\uE007` Enter). */
  keys(text: string): Promise<void>
  /** Deletes the cookies of the page's site (at least: BiDi deletes every cookie). */
  clearCookies(): Promise<void>
  /** Opens another tab of the same browser (same cookies and storage), as a page. */
  openTab(): Promise<Page>
  /** Closes the tab; on the first page, ends the session and the browser. */
  close(): Promise<void>
}

/**
 * The function both protocols call with one string, the arguments as JSON: `fn` called
 * with them, its result awaited and written as JSON (`null` for `undefined`), so that what
 * goes in and comes out is one string whichever way each protocol writes values.
 */
export const asJson = (fn: string) =>
  `async (json) => JSON.stringify(await (${fn})(...JSON.parse(json))) ?? 'null'`

/** A keyboard input source for Perform Actions: each key of `text` pressed and released. */
export const keyActions = (text: string) => [
  {
    type: 'key',
    id: 'keyboard',
    actions: [...text].flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value }
    ])
  }
]

/**
 * Polls `fn` in the page every 50 ms until it returns something truthy, and returns it.
 * A call that fails (the page navigating meanwhile) is tried again.
 *
 * @throws After 10 s, with `what` and the last value or error in the message.
 */
export async function waitFor<A extends unknown[], T>(
  page: Page,
  what: string,
  fn: (...args: A) => T,
  ...args: A
): Promise<NonNullable<Awaited<T>>> {
  const end = Date.now() + 10_000
  for (;;) {
    let last: unknown
    try {
      last = await page.run(fn, ...args)
      if (last) return last as NonNullable<Awaited<T>>
    } catch (error) {
      last = error
    }
    if (Date.now() > end)
      throw new Error(
        `${page.name}: timed out waiting for ${what} (last: ${String(last)})`
      )
    await new Promise((r) => setTimeout(r, 50))
  }
}
