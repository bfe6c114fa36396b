import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const pkg = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8')
)

// Tests what ships: the ESM build in dist/, as a bundler or Node would import it.
const dist = (path: string) => new URL(`../../dist/${path}`, import.meta.url).href

describe('published package', () => {
  it('exports createConsentry and works headless on memory storage', async () => {
    const { createConsentry, memoryStorage } = await import(dist('esm/index.js'))
    const storage = memoryStorage()
    const consent = createConsentry({ storage, document: null, region: 'DE' })
    expect(consent.getState()).toMatchObject({ decided: false, regime: 'gdpr' })
    consent.save({ categories: { statistical: true } })
    expect(consent.granted('statistical')).toBe(true)
    expect(consent.vendorGranted('google-analytics')).toBe(true)
    expect(consent.vendorGranted('facebook')).toBe(false)
    expect(storage.get('consentry')).toMatch(/^1\./)
    const again = createConsentry({ storage, document: null, region: 'DE' })
    expect(again.getState()).toMatchObject({ decided: true, method: 'stored' })
  })

  it('reads on the server (consentry/server) the choice the package stored', async () => {
    const { createConsentry, memoryStorage } = await import(dist('esm/index.js'))
    const { readConsent } = await import(dist('esm/server/index.js'))
    const storage = memoryStorage()
    createConsentry({ storage, document: null, region: 'DE' }).save({
      categories: { statistical: true }
    })
    const cookie = `consentry=${storage.get('consentry')}`
    const consent = readConsent({ cookie }, { region: 'DE' })
    expect(consent.state).toMatchObject({ decided: true, method: 'stored' })
    expect(consent.allows('statistical', 'google-analytics')).toBe(true)
    expect(consent.allows('marketing', 'facebook')).toBe(false)
    expect(pkg.exports['./server']).toEqual({
      types: './dist/types/server/index.d.ts',
      import: './dist/esm/server/index.js'
    })
  })

  it('receives on the server (consentry/server) the record the package made', async () => {
    const { createConsentry, memoryStorage } = await import(dist('esm/index.js'))
    const { readRecord, recordReceiver, nodeRecordReceiver } = await import(
      dist('esm/server/index.js')
    )
    expect(nodeRecordReceiver).toBeTypeOf('function')
    const consent = createConsentry({
      storage: memoryStorage(),
      document: null,
      region: 'DE'
    })
    consent.acceptAll()
    const record = consent.getRecord()
    expect(readRecord(JSON.stringify(record))).toEqual({ record, errors: [] })
    const stored: unknown[] = []
    const receive = recordReceiver({ store: (r: unknown) => void stored.push(r) })
    const response = await receive(
      new Request('https://log.example/records', {
        method: 'POST',
        body: JSON.stringify(record)
      })
    )
    expect(response.status).toBe(204)
    expect(stored).toEqual([record])
  })

  it('exposes the catalog, one vendor per subpath', async () => {
    const { DEFAULT_VENDORS } = await import(dist('esm/catalog/index.js'))
    const { facebook } = await import(dist('esm/catalog/vendors/facebook.js'))
    expect(DEFAULT_VENDORS.map((v: { id: string }) => v.id)).toContain('facebook')
    expect(facebook).toMatchObject({
      id: 'facebook',
      category: 'marketing',
      saleShare: true
    })
  })

  it('ships types for every export path and a licence banner on the IIFE', () => {
    for (const entry of Object.values(pkg.exports) as Array<
      string | { types?: string }
    >) {
      if (typeof entry === 'object' && entry.types && !entry.types.includes('*')) {
        expect(
          readFileSync(new URL(`../../${entry.types}`, import.meta.url), 'utf8')
        ).toMatch(/export/)
      }
    }
    const iife = readFileSync(new URL('../../dist/consentry.js', import.meta.url), 'utf8')
    // V8's compile hint first (it must open the file), then the licence.
    expect(
      iife.startsWith(
        `//# allFunctionsCalledOnLoad\n/*! Consentry v${pkg.version} | MIT */`
      )
    ).toBe(true)
    expect(iife).not.toMatch(/process\.env/)
  })
})

describe('published integrations and UI', () => {
  it('exports the Consent Mode integration and the UI entry', async () => {
    const { googleConsentMode } = await import(
      dist('esm/integrations/google-consent-mode/index.js')
    )
    expect(googleConsentMode().name).toBe('google-consent-mode')
    const ui = await import(dist('esm/ui/index.js'))
    expect(typeof ui.mountUI).toBe('function')
  })
})

describe('the consent-record schema ships with the package', () => {
  it('is in "files" and exported, so a back end can import it', async () => {
    expect(pkg.files).toContain('schema')
    expect(pkg.exports['./schema/*']).toBe('./schema/*')
    const schema = JSON.parse(
      readFileSync(
        new URL('../../schema/consent-record.schema.json', import.meta.url),
        'utf8'
      )
    )
    expect(schema.$schema).toMatch(/2020-12/)
  })
})

describe('every export path resolves in the build', () => {
  it('has a module behind each import entry', async () => {
    for (const [path, entry] of Object.entries(pkg.exports) as Array<
      [string, string | { import?: string }]
    >) {
      const file = typeof entry === 'string' ? entry : entry.import
      if (!file || file.includes('*')) continue
      expect(
        () => readFileSync(new URL(`../../${file}`, import.meta.url)),
        path
      ).not.toThrow()
    }
  })
})

// Each case starts Node (about half a second, more on a busy machine).
describe('the consentry command (bin)', { timeout: 30_000 }, () => {
  const bin = new URL(`../../${pkg.bin.consentry}`, import.meta.url).pathname
  const run = (args: string[], input?: string) =>
    spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input })

  it('is a Node script with a shebang', () => {
    expect(readFileSync(bin, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/)
  })

  it('checks a config file: exit 0 and a summary when valid', () => {
    const ok = run(['check', 'test/fixtures/config.json', '--region', 'US-CA'])
    expect(ok.status).toBe(0)
    expect(ok.stdout).toMatch(/^test\/fixtures\/config\.json: valid\n/)
    expect(ok.stdout).toContain('  regime   US-CA: us')
  })

  it('exits 1 naming each invalid field, from standard input, as JSON too', () => {
    const bad = run(['check', '-'], '{"cookie":{"expiryDays":"x"}}')
    expect(bad.status).toBe(1)
    expect(bad.stdout).toContain(
      '  error    cookie.expiryDays: expected a whole number from 1 to 400, got "x"'
    )
    const json = run(['check', '-', '--json', '--strict'], '{"colour":"red"}')
    expect(json.status).toBe(1)
    expect(JSON.parse(json.stdout)).toMatchObject({
      name: '(stdin)',
      ok: false,
      warnings: ['colour: unknown key, ignored']
    })
  })

  it("checks pages' gating markup against the config (--page)", () => {
    const result = run(['check', '-', '--page', 'test/fixtures/gating.html'], '{}')
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(
      /error {4}test\/fixtures\/gating\.html:\d+: <script> data-consent="ads" names no category/
    )
    expect(run(['check', '-', '--page', 'missing.html'], '{}').status).toBe(2)
  })

  it('checks a page with its inline config and its markup', () => {
    const page = run(['check', 'test/fixtures/gating.html'])
    expect(page.status).toBe(1)
    expect(page.stdout).toMatch(
      /^test\/fixtures\/gating\.html \(config: none: the default taxonomy\): 3 errors/
    )
    // A config the page sets in a script cannot be read without running it.
    const live = run(['check', 'test/fixtures/ui.html'])
    expect(live.status).toBe(2)
    expect(live.stderr).toMatch(/window\.consentryConfig/)
  })

  it('writes the cookie declaration, in a shipped language read from dist/i18n', () => {
    const md = run(['declaration', 'test/fixtures/config.json', '--lang', 'de'])
    expect(md.status).toBe(0)
    expect(md.stdout).toMatch(/^## Notwendig \(Immer aktiv\)\n/)
    expect(md.stdout).toContain('| `_ga` | 2 Jahre |')
    const html = run(['declaration', '-', '--format', 'html'], '{}')
    expect(html.status).toBe(0)
    expect(html.stdout).toMatch(
      /^<div class="cookie-declaration" lang="en">\n<h2>Essential/
    )
    // A language the config's own texts give is written from them, English elsewhere.
    const irish = run(
      ['declaration', '-', '--lang', 'ga-IE'],
      '{"vendors":[],"texts":{"ga":{"category.statistical.title":"Staitistiúil"}}}'
    )
    expect(irish.status).toBe(0)
    expect(irish.stderr).toBe('')
    expect(irish.stdout).toContain('\n## Staitistiúil\n')
    expect(irish.stdout).toContain('## Essential (Always on)')
    // An invalid config has no declaration; an unknown format is a usage error.
    expect(run(['declaration', '-'], '{"categories":7}').status).toBe(1)
    expect(run(['declaration', '-', '--format', 'pdf'], '{}').status).toBe(2)
  })

  it('exits 2 on a usage error or a file it cannot read, checking nothing', () => {
    for (const args of [
      [],
      ['lint', 'x.json'],
      ['check'],
      ['check', 'missing.json'],
      ['check', 'x.json', '--bogus'],
      ['check', 'x.json', '--region']
    ]) {
      const result = run(args)
      expect(result.status, args.join(' ')).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(/consentry/)
    }
    expect(run(['--help']).stdout).toMatch(/^Usage: consentry check/)
  })
})
