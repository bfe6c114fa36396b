import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import WebSocket from 'ws'
import { asJson, keyActions, type Page } from './page'
import { stop, waitForOutput } from './processes'

/** Debian's Firefox ESR, or `FIREFOX_PATH`. */
export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr'

/** Whether Firefox is installed. */
export const firefoxInstalled = () => existsSync(FIREFOX)

/**
 * A profile's preferences: WebDriver BiDi alone, none of Firefox's own traffic (updates,
 * telemetry, safe browsing, captive-portal checks), and every request but loopback's
 * through `proxy`, which sees which hosts the page asked for.
 */
const prefs = (proxy: string, settings: Record<string, unknown>) => {
  const [host, port] = proxy.split(':')
  return Object.entries({
    'remote.active-protocols': 1,
    // The window counts as focused, as a visitor's is: a headless one never gets the
    // system's focus, and without it no focus event fires and Enter clicks no button.
    'focusmanager.testmode': true,
    'app.update.disabledForTesting': true,
    'browser.shell.checkDefaultBrowser': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'extensions.update.enabled': false,
    'services.settings.server': 'http://127.0.0.1:9/',
    'network.proxy.type': 1,
    'network.proxy.http': host,
    'network.proxy.http_port': Number(port),
    'network.proxy.ssl': host,
    'network.proxy.ssl_port': Number(port),
    ...settings
  })
    .map(
      ([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`
    )
    .join('\n')
}

/** A Firefox page, with what its pages logged. */
export interface FirefoxPage extends Page {
  /**
   * Every entry the pages logged since the browser started, in order: uncaught errors
   * (`javascript`) and console calls (`console`), with their level.
   */
  log: Array<{ type: string; level: string; text: string }>
}

/**
 * Starts Firefox headless on a fresh profile and drives it over WebDriver BiDi. `settings`
 * are preferences a visitor may set: `privacy.globalprivacycontrol.enabled` (Global
 * Privacy Control: `navigator.globalPrivacyControl` and the `Sec-GPC` header),
 * `network.cookie.cookieBehavior` 2 (every cookie blocked, and site storage with them).
 */
export async function launchFirefox(
  proxy: string,
  settings: Record<string, unknown> = {}
): Promise<FirefoxPage> {
  const profile = mkdtempSync(join(tmpdir(), 'consentry-firefox-'))
  writeFileSync(join(profile, 'user.js'), prefs(proxy, settings))
  const firefox = spawn(
    FIREFOX,
    ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0'],
    { stdio: ['ignore', 'ignore', 'pipe'] }
  )
  const end = async () => {
    await stop(firefox)
    rmSync(profile, { recursive: true, force: true })
  }
  try {
    const [, url] = await waitForOutput(
      firefox.stderr!,
      /WebDriver BiDi listening on (ws:\/\/\S+)/,
      'Firefox'
    )
    const socket = new WebSocket(`${url}/session`)
    await new Promise((resolve, reject) => {
      socket.once('open', resolve)
      socket.once('error', reject)
    })
    let id = 0
    const answers = new Map<number, (message: Record<string, unknown>) => void>()
    const log: FirefoxPage['log'] = []
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as Record<string, unknown>
      if (message.method === 'log.entryAdded') {
        const { type, level, text } = message.params as FirefoxPage['log'][number]
        log.push({ type, level, text })
      } else answers.get(message.id as number)?.(message)
    })
    const send = (method: string, params: object) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const asked = ++id
        answers.set(asked, (message) => {
          answers.delete(asked)
          if (message.type === 'success')
            resolve(message.result as Record<string, unknown>)
          else
            reject(new Error(`Firefox ${method}: ${message.error}: ${message.message}`))
        })
        socket.send(JSON.stringify({ id: asked, method, params }))
      })
    const { capabilities } = (await send('session.new', { capabilities: {} })) as {
      capabilities: { browserVersion: string }
    }
    await send('session.subscribe', { events: ['log.entryAdded'] })
    const { contexts } = (await send('browsingContext.getTree', {})) as {
      contexts: Array<{ context: string }>
    }
    const name = `Firefox ${capabilities.browserVersion}`
    const tab = (context: string, first: boolean): FirefoxPage => ({
      name,
      log,
      goto: async (url) =>
        void (await send('browsingContext.navigate', { context, url, wait: 'complete' })),
      run: async (fn, ...args) => {
        const called = (await send('script.callFunction', {
          functionDeclaration: asJson(fn.toString()),
          arguments: [{ type: 'string', value: JSON.stringify(args) }],
          target: { context },
          awaitPromise: true
        })) as {
          type: string
          result?: { value: string }
          exceptionDetails?: { text: string }
        }
        if (called.type === 'exception')
          throw new Error(`Firefox: the page threw: ${called.exceptionDetails?.text}`)
        return JSON.parse(called.result!.value)
      },
      keys: async (text) =>
        void (await send('input.performActions', {
          context,
          actions: keyActions(text)
        })),
      clearCookies: async () => void (await send('storage.deleteCookies', {})),
      openTab: async () => {
        const created = (await send('browsingContext.create', { type: 'tab' })) as {
          context: string
        }
        return tab(created.context, false)
      },
      close: first
        ? async () => {
            await send('session.end', {}).catch(() => undefined)
            socket.close()
            await end()
          }
        : async () => void (await send('browsingContext.close', { context }))
    })
    const { context } = contexts[0]!
    // The tab gets the focus, as a visitor's has: without it no focus event fires.
    await send('browsingContext.activate', { context })
    return tab(context, true)
  } catch (error) {
    await end()
    throw error
  }
}
