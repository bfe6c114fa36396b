/**
 * What the Firefox and WebKit tests share: one browser per `describe` with the test
 * server and the recording proxy, and functions that run in the page.
 */
import { readFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { afterAll, beforeAll } from 'vitest'
// @ts-expect-error plain JavaScript module without types
import { startServer } from '../../demo/server.mjs'
import { AXE, AXE_OPTIONS, describeViolations, type AxeResult } from '../axe'
import { waitFor, type Page } from './page'
import { startRecordingProxy, type RecordingProxy } from './proxy'

declare global {
  interface Window {
    __ran?: string[]
    __violations?: string[]
  }
}

/** In the page: whether the banner is laid out, and its buttons' names. */
export const banner = () => {
  const root = document.querySelector('consentry-root')?.shadowRoot
  const element = root?.querySelector<HTMLElement>('.cy-banner')
  if (!element || element.getBoundingClientRect().height === 0) return null
  const labelledBy = element.getAttribute('aria-labelledby')
  return {
    name: labelledBy ? root!.getElementById(labelledBy)?.textContent?.trim() : null,
    buttons: [...element.querySelectorAll('button')].map((b) => b.textContent!.trim())
  }
}

const AXE_SOURCE = readFileSync(AXE, 'utf8')

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA rules) on the page, shadow roots included, as
 * this engine lays it out and colours it, once its animations have finished (a dialog
 * fading in has every colour faint): the violations, one line each.
 */
export async function axe(page: Page): Promise<string[]> {
  const result = await page.run(
    async (source: string, options: unknown) => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
      const roots = [...document.querySelectorAll('*')].flatMap((e) =>
        e.shadowRoot ? [e.shadowRoot] : []
      )
      await Promise.all(
        [document, ...roots]
          .flatMap((root) => root.getAnimations())
          .map((animation) => animation.finished.catch(() => undefined))
      )
      if (!('axe' in window)) (0, eval)(source)
      return (
        window as unknown as {
          axe: { run: (c: unknown, o: unknown) => Promise<AxeResult> }
        }
      ).axe.run(document, options)
    },
    AXE_SOURCE,
    AXE_OPTIONS
  )
  return describeViolations(result)
}

/**
 * In the page: Consentry's open `<dialog>`: its name (its `aria-labelledby` heading),
 * whether it is modal and laid out, and its switches' names and states; `null` while
 * there is none.
 */
export const openDialog = () => {
  const root = document.querySelector('consentry-root')?.shadowRoot
  const open = root?.querySelector('dialog[open]')
  if (!open) return null
  return {
    name: root!.getElementById(open.getAttribute('aria-labelledby') ?? '')?.textContent,
    modal: open.matches(':modal'),
    visible: open.getBoundingClientRect().height > 0,
    switches: [...open.querySelectorAll('[role=switch]')].map((s) => [
      s.getAttribute('aria-label'),
      s.getAttribute('aria-checked')
    ])
  }
}

/** In the page: clicks the banner's button named `name`. */
export const clickBannerButton = (name: string) => {
  const root = document.querySelector('consentry-root')!.shadowRoot!
  ;[...root.querySelectorAll('button')]
    .find((b) => b.textContent!.trim() === name)!
    .click()
}

/** In the page: the names of the cookies it sees, sorted. */
export const cookieNames = () =>
  document.cookie
    .split('; ')
    .filter(Boolean)
    .map((c) => c.split('=')[0]!)
    .sort()

/**
 * One browser for the tests of a `describe`, with the test server and the proxy it sends
 * its traffic through; read its fields in the tests (they are set before the first).
 */
export function useBrowser(
  engine: string,
  installed: () => boolean,
  launch: (proxy: string) => Promise<Page>
) {
  const at = {} as {
    server: Server
    proxy: RecordingProxy
    page: Page
    /** The test server on loopback. */
    origin: string
    /** The test server as `shop.example.test`, through the proxy. */
    shop: string
  }
  beforeAll(async () => {
    if (!installed())
      throw new Error(
        `${engine} is not installed: \`npm test\` installs it as root on Debian ` +
          '(apt-get install firefox-esr webkit2gtk-driver xvfb), or set FIREFOX_PATH'
      )
    at.server = await startServer(0)
    const { port } = at.server.address() as { port: number }
    at.origin = `http://127.0.0.1:${port}`
    at.shop = `http://shop.example.test:${port}`
    at.proxy = await startRecordingProxy(port)
    at.page = await launch(at.proxy.address)
  }, 60_000)
  afterAll(async () => {
    await at.page?.close()
    await at.proxy?.close()
    at.server?.close()
  })
  return at
}

/** In the page: marks it, so that a reload, which drops the mark, can be told. */
export const markPage = () => void ((window as { __before?: boolean }).__before = true)

/**
 * Waits until the page marked by {@link markPage} has reloaded, loaded, and run the tags
 * `ran` names (`window.__ran`, joined by commas).
 */
export const reloaded = (page: Page, ran: string) =>
  waitFor(
    page,
    'the reload',
    (ran) =>
      !(window as { __before?: boolean }).__before &&
      document.readyState === 'complete' &&
      window.__ran?.join() === ran,
    ran
  )
