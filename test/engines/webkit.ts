import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { asJson, keyActions, type Page } from './page'
import { freePort, startXvfb, stop } from './processes'

/** Where Debian's webkit2gtk packages put WebKitGTK's MiniBrowser. */
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'

/** Whether WebKitGTK's WebDriver, its browser and a virtual display are installed. */
export const webkitInstalled = () =>
  existsSync('/usr/bin/WebKitWebDriver') &&
  existsSync(MINIBROWSER) &&
  existsSync('/usr/bin/Xvfb')

/**
 * Starts WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver classic, over HTTP),
 * on a virtual display of its own (MiniBrowser has no headless mode), its traffic through
 * `proxy` (`127.0.0.1:port`) but for loopback.
 */
export async function launchWebKit(proxy: string): Promise<Page> {
  const children: ChildProcess[] = []
  try {
    const xvfb = await startXvfb()
    children.push(xvfb.process)
    const port = await freePort()
    const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
      env: { ...process.env, DISPLAY: xvfb.display },
      stdio: 'ignore'
    })
    children.push(driver)
    const base = `http://127.0.0.1:${port}`
    const call = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(base + path, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body)
      })
      const { value } = (await response.json()) as { value: unknown }
      if (!response.ok) {
        const { error, message } = value as { error: string; message: string }
        throw new Error(`WebKitWebDriver ${path}: ${error}: ${message}`)
      }
      return value
    }
    // The driver listens a moment after it starts.
    let created:
      { sessionId: string; capabilities: { browserVersion: string } } | undefined
    for (let tries = 0; !created; tries++) {
      try {
        created = (await call('POST', '/session', {
          capabilities: {
            alwaysMatch: {
              'webkitgtk:browserOptions': {
                binary: MINIBROWSER,
                args: [
                  '--automation',
                  `--proxy=http://${proxy}`,
                  '--ignore-host=127.0.0.1'
                ]
              }
            }
          }
        })) as typeof created
      } catch (error) {
        if (tries > 50 || !/fetch failed|ECONNREFUSED/.test(String(error))) throw error
        await new Promise((r) => setTimeout(r, 100))
      }
    }
    const session = `/session/${created.sessionId}`
    const name = `WebKit ${created.capabilities.browserVersion}`
    // WebDriver classic drives one window at a time: each tab's command first switches
    // to it, where another was the last one driven.
    let current = (await call('GET', `${session}/window`)) as string
    const tab = (handle: string, first: boolean): Page => {
      const on = async () => {
        if (current === handle) return
        await call('POST', `${session}/window`, { handle })
        current = handle
      }
      return {
        name,
        goto: async (url) => {
          await on()
          await call('POST', `${session}/url`, { url })
        },
        run: async (fn, ...args) => {
          await on()
          return JSON.parse(
            (await call('POST', `${session}/execute/sync`, {
              script: `return (${asJson(fn.toString())})(arguments[0])`,
              args: [JSON.stringify(args)]
            })) as string
          )
        },
        keys: async (text) => {
          await on()
          await call('POST', `${session}/actions`, { actions: keyActions(text) })
        },
        clearCookies: async () => {
          await on()
          await call('DELETE', `${session}/cookie`)
        },
        openTab: async () => {
          const opened = (await call('POST', `${session}/window/new`, {
            type: 'tab'
          })) as { handle: string }
          return tab(opened.handle, false)
        },
        close: first
          ? async () => {
              await call('DELETE', session).catch(() => undefined)
              await Promise.all(children.map(stop))
            }
          : async () => {
              await on()
              await call('DELETE', `${session}/window`)
              current = ''
            }
      }
    }
    return tab(current, true)
  } catch (error) {
    await Promise.all(children.map(stop))
    throw error
  }
}
