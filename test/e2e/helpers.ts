import type { ConsoleMessage, Page } from '@playwright/test'

/** What the gated stand-in scripts recorded (`window.__ran`). */
export function ran(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as { __ran?: string[] }).__ran ?? [])
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
  await page.waitForFunction(() => localStorage.getItem('consentry:boot') !== null)
}
