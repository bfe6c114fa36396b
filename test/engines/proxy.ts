import { createServer, request as forward, type Server } from 'node:http'

/** A proxy that answers nothing and notes which hosts the browser asked for. */
export interface RecordingProxy {
  /** `127.0.0.1:port`, for the browser's proxy settings. */
  address: string
  /** Every host asked for (by CONNECT for https, or a plain http request), in order. */
  hosts: string[]
  /** The path and query of every plain http request, in order (`/fixtures/x.html?a`). */
  paths: string[]
  close(): Promise<void>
}

/**
 * Starts the proxy every browser in these tests sends its traffic to but for loopback:
 * vendor hosts cannot be reached from here, and what a browser asked for is what leaked.
 * Each request is refused (502) once noted, but for plain http to a host under
 * `example.test`, passed on to the test server at `serverPort` (the browser sees a real
 * host name, whose parent domain can hold cookies).
 */
export async function startRecordingProxy(serverPort: number): Promise<RecordingProxy> {
  const hosts: string[] = []
  const paths: string[] = []
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`)
    hosts.push(url.hostname)
    paths.push(url.pathname + url.search)
    if (!url.hostname.endsWith('.example.test')) return response.writeHead(502).end()
    const upstream = forward(
      {
        host: '127.0.0.1',
        port: serverPort,
        method: request.method,
        path: url.pathname + url.search,
        headers: request.headers
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(response)
      }
    )
    upstream.on('error', () => response.writeHead(502).end())
    request.pipe(upstream)
  })
  server.on('connect', (request, socket) => {
    hosts.push((request.url ?? '').replace(/:\d+$/, ''))
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    address: `127.0.0.1:${port}`,
    hosts,
    paths,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
