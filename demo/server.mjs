// A small static server for the demo and the browser tests. No dependencies.
//   /            → demo/          /dist/ → dist/          /fixtures/ → test/fixtures/
//   /records     the demo's consent-record log: POST a record (consentry/server's
//                nodeRecordReceiver; from any origin, ?cors=0: from its own), GET the
//                list, DELETE to clear; a record's id is its idempotency key
//   /privacy.html  the comment "<!-- consentry declaration -->" is replaced with the page's
//                cookie declaration, as `consentry declaration` writes it (dist/cli.js)
// Test helpers, on any path:
//   ?delay=MS    answer after MS milliseconds (late config, slow scripts)
//   *.csp.html   served with a strict Content-Security-Policy; "{{nonce}}" in the file is
//                replaced with a fresh nonce per response
//   *.ssr.html   rendered by what the request's cookie allows (consentry/server): a block
//                "<!-- consentry allows CATEGORY [VENDOR] --> … <!-- /consentry -->" is
//                kept only when it is allowed, and "<!-- consentry preload -->" becomes
//                the preload hints of the view; ?config=JSON (in "{{config}}"),
//                ?region= (in "{{region}}", as data-region; else the region of a CDN's
//                location headers, CF-IPCountry…), Sec-GPC: 1 (in "{{gpc}}", as
//                data-gpc) and ?lang= (in "{{lang}}",
//                <html lang>) go to the page and to readConsent alike; ?hints=0 leaves
//                the hints out ("*.ssr.csp.html": with the strict policy too)
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)))
const MOUNTS = [
  ['/dist/', join(ROOT, 'dist')],
  ['/fixtures/', join(ROOT, 'test/fixtures')],
  // The benchmark's pages and the peers' published builds (devDependencies).
  ['/bench/', join(ROOT, 'bench/pages')],
  ['/peers/cookieconsent/', join(ROOT, 'node_modules/vanilla-cookieconsent/dist')],
  ['/peers/klaro/', join(ROOT, 'node_modules/klaro/dist')],
  ['/', join(ROOT, 'demo')]
]
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif'
}

/** Maps a URL path to a file inside one of the mounts, or null. */
function fileFor(pathname) {
  for (const [prefix, dir] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue
    let file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))))
    if (!file.startsWith(dir)) return null
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    return existsSync(file) ? file : null
  }
  return null
}

/** The package's `consentry/server`, as built (imported when first used). */
const SERVER_MODULE = pathToFileURL(join(ROOT, 'dist/esm/server/index.js')).href

/** Records received, by id: the same id twice is one record (the id is the idempotency key). */
const records = new Map()

/** Keeps a record once per id, with the time it came. */
const keep = (record) => {
  if (!records.has(record.id))
    records.set(record.id, { ...record, receivedAt: new Date().toISOString() })
}
/** The package's receivers (consentry/server), made when first used. */
let receivers

async function receiveRecords(request, response, url) {
  if (request.method === 'GET' || request.method === 'DELETE') {
    if (request.method === 'DELETE') records.clear()
    return response
      .writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
      .end(JSON.stringify({ records: [...records.values()] }))
  }
  // The rest is the package's own endpoint, as a site would run it: every record the
  // browser tests send is read with `readRecord`. A record log on another origin than the
  // site's (the tests serve the site from a second host name): any page may POST a
  // record, without credentials; with ?cors=0 none may (a log that refuses other origins).
  const { nodeRecordReceiver } = await import(SERVER_MODULE)
  receivers ??= {
    open: nodeRecordReceiver({ store: keep }),
    closed: nodeRecordReceiver({ store: keep, allowOrigin: false })
  }
  const receive = url.searchParams.get('cors') === '0' ? receivers.closed : receivers.open
  await receive(request, response)
}

/** The declarations written so far, by page, with the versions they were written from. */
const declarations = new Map()

/**
 * The cookie declaration of a page, by the package's own command; a note if it fails.
 * Written again only when the page or the command changed (the command takes a node
 * process, and the server waits for it).
 */
function declarationOf(file) {
  const cli = join(ROOT, 'dist/cli.js')
  const version = [file, cli]
    .map((path) => (existsSync(path) ? statSync(path).mtimeMs : 0))
    .join()
  const kept = declarations.get(file)
  if (kept?.version === version) return kept.html
  const run = spawnSync(
    process.execPath,
    [cli, 'declaration', file, '--format', 'html'],
    {
      encoding: 'utf8'
    }
  )
  if (run.status !== 0)
    return `<p>(No declaration: run <code>npm run build</code>. ${run.stderr.trim()})</p>`
  declarations.set(file, { version, html: run.stdout })
  return run.stdout
}

/**
 * A page rendered on the server by what the visitor allows, as `readConsent` of the
 * package's `consentry/server` reads the request (built in dist/).
 */
async function renderAllowed(file, request, url, nonce) {
  const { readConsent, preloadTags, regionFromHeaders } = await import(SERVER_MODULE)
  const lang = (url.searchParams.get('lang') ?? 'en').replace(/[^\w-]/g, '')
  const html = readFileSync(file, 'utf8').replace('{{lang}}', lang)
  const given = url.searchParams.get('config')
  const config = given === null ? undefined : JSON.parse(given)
  // As a site behind a CDN would: the region its location headers name.
  const region = url.searchParams.get('region') ?? regionFromHeaders(request.headers)
  const consent = readConsent(request.headers, {
    config,
    region,
    htmlLang: /<html lang="([^"]*)"/.exec(html)?.[1]
  })
  return (
    html
      .replace(
        /<!-- consentry allows ([\w-]+)(?: ([\w-]+))? -->([\s\S]*?)<!-- \/consentry -->/g,
        (_, category, vendor, block) => (consent.allows(category, vendor) ? block : '')
      )
      .replace('<!-- consentry preload -->', () =>
        url.searchParams.get('hints') === '0'
          ? ''
          : preloadTags(consent.preload, '/dist/', nonce)
      )
      .replace('{{config}}', () => JSON.stringify(config ?? {}).replace(/</g, '\\u003c'))
      .replace('{{region}}', () =>
        region ? ` data-region="${region.replace(/[^\w-]/g, '')}"` : ''
      )
      // Sec-GPC: 1 passed on, as the README asks of a page rendered on the server.
      .replace('{{gpc}}', () => (consent.state.gpc ? ' data-gpc="1"' : ''))
      .replaceAll('{{nonce}}', nonce ?? '')
  )
}

function handle(request, response) {
  const url = new URL(request.url, 'http://localhost')
  if (url.pathname === '/records')
    return void receiveRecords(request, response, url).catch((error) => {
      console.error(error)
      response.writeHead(500).end()
    })
  const file = fileFor(url.pathname)
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
    return
  }
  const headers = {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store'
  }
  const nonce = file.endsWith('.csp.html')
    ? randomBytes(16).toString('base64')
    : undefined
  if (nonce)
    headers['content-security-policy'] =
      `default-src 'self'; script-src 'nonce-${nonce}' 'strict-dynamic'; ` +
      `style-src 'self' 'nonce-${nonce}'; object-src 'none'; base-uri 'none'`
  if (/\.ssr\.(csp\.)?html$/.test(file))
    return renderAllowed(file, request, url, nonce).then(
      (html) => response.writeHead(200, headers).end(html),
      (error) =>
        response
          .writeHead(500, { 'content-type': 'text/plain' })
          .end(`Run npm run build first. ${error}`)
    )
  response.writeHead(200, headers)
  if (nonce)
    return response.end(readFileSync(file, 'utf8').replaceAll('{{nonce}}', nonce))
  if (file === join(ROOT, 'demo/privacy.html'))
    return response.end(
      readFileSync(file, 'utf8').replace('<!-- consentry declaration -->', () =>
        declarationOf(file)
      )
    )
  createReadStream(file).pipe(response)
}

export function startServer(port = 0, host = '127.0.0.1') {
  const server = createServer((request, response) => {
    const delay = Number(
      new URL(request.url, 'http://localhost').searchParams.get('delay')
    )
    if (delay > 0) setTimeout(() => handle(request, response), Math.min(delay, 10000))
    else handle(request, response)
  })
  return new Promise((done) => server.listen(port, host, () => done(server)))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? process.argv[2] ?? 4173)
  const host = process.env.HOST ?? '127.0.0.1'
  const server = await startServer(port, host)
  const { port: actual } = server.address()
  console.log(`Consentry demo: http://${host}:${actual}/`)
}
