import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import type { Readable } from 'node:stream'

/** A TCP port free on loopback now. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

/**
 * Reads `stream` until `pattern` matches what it wrote so far.
 *
 * @throws After 30 s, or when the stream ends first, naming `what`.
 */
export const waitForOutput = (stream: Readable, pattern: RegExp, what: string) =>
  new Promise<RegExpExecArray>((resolve, reject) => {
    let text = ''
    const timer = setTimeout(() => fail('timed out'), 30_000)
    const fail = (why: string) => {
      clearTimeout(timer)
      reject(new Error(`${what} did not start (${why}): ${text.slice(-500)}`))
    }
    stream.on('data', (chunk: Buffer) => {
      text += chunk.toString()
      const match = pattern.exec(text)
      if (match) {
        clearTimeout(timer)
        resolve(match)
      }
    })
    stream.on('end', () => fail('it exited'))
  })

/** Ends a child process (SIGTERM, then SIGKILL after 3 s) and waits for it. */
export const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    const kill = setTimeout(() => child.kill('SIGKILL'), 3000)
    child.once('exit', () => {
      clearTimeout(kill)
      resolve()
    })
    child.kill('SIGTERM')
  })

/**
 * Starts a virtual display (Xvfb) on a free display number, for a browser with no
 * headless mode (WebKitGTK's MiniBrowser).
 *
 * @returns The display (`:99`) and the process.
 */
export async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  // Xvfb picks a free display and writes its number to fd 3.
  const xvfb = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] }
  )
  try {
    const [, display] = await waitForOutput(
      xvfb.stdio[3] as Readable,
      /^(\d+)\s*$/m,
      'Xvfb'
    )
    return { display: `:${display}`, process: xvfb }
  } catch (error) {
    await stop(xvfb)
    throw error
  }
}
