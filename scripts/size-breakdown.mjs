// `node scripts/size-breakdown.mjs [entry] [depth]`: which source modules make up a
// script-tag file, minified bytes per module (or per folder, to `depth` path segments),
// to see where a size budget goes. Bundles with esbuild, as close to the rollup build as
// matters here; the totals are not the budgets' (see `npm run size` for those).
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const entry = process.argv[2] ?? 'src/boot.ts'
const depth = Number(process.argv[3] ?? 9)
const root = fileURLToPath(new URL('..', import.meta.url))
const result = await build({
  entryPoints: [entry],
  absWorkingDir: root,
  bundle: true,
  minify: true,
  write: false,
  metafile: true,
  format: 'iife',
  target: 'es2019',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  define: { __CONSENTRY_VERSION__: '"0"', 'process.env.NODE_ENV': '"production"' },
  loader: { '.css': 'text' },
  logLevel: 'error',
  plugins: [
    {
      name: 'raw',
      setup(b) {
        b.onResolve({ filter: /\?raw$/ }, (args) => ({
          path: new URL(args.path.replace('?raw', ''), `file://${args.resolveDir}/`)
            .pathname
        }))
      }
    }
  ]
})
const output = Object.values(result.metafile.outputs)[0]
const groups = new Map()
for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
  const group = path.split('/').slice(0, depth).join('/')
  groups.set(group, (groups.get(group) ?? 0) + bytesInOutput)
}
const gzip = gzipSync(result.outputFiles[0].contents, { level: 9 }).length
console.log(`${entry}: ${output.bytes} bytes minified, ${gzip} gzip`)
for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1]))
  console.log(String(bytes).padStart(7), group)
