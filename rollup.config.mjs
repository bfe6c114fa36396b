// Two builds (STYLE.md §1):
// - dist/consentry.js: the script-tag IIFE. It holds only the core path (config, consent
//   engine, cookie storage, script gate); the UI, languages and other heavy parts are built
//   as separate files beside it and fetched from the same folder only when needed, so a
//   visitor who has already chosen downloads this one file.
// - dist/esm/: ES modules for bundlers, one file per source module so that imports tree-shake.
import { readFileSync } from 'node:fs'
import nodeResolve from '@rollup/plugin-node-resolve'
import replace from '@rollup/plugin-replace'
import terser from '@rollup/plugin-terser'
import esbuild from 'rollup-plugin-esbuild'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'))
const define = { __CONSENTRY_VERSION__: JSON.stringify(pkg.version) }
const banner = `/*! Consentry v${pkg.version} | ${pkg.license} */`

export default [
  {
    input: 'src/iife.ts',
    output: {
      file: 'dist/consentry.js',
      format: 'iife',
      banner,
      sourcemap: true
    },
    plugins: [
      nodeResolve({ browser: true }),
      // nanostores keeps developer warnings behind process.env.NODE_ENV (STYLE.md §2);
      // esbuild does not transform node_modules, so the replacement is done here.
      replace({
        preventAssignment: true,
        values: { 'process.env.NODE_ENV': JSON.stringify('production') }
      }),
      esbuild({ target: 'es2019', define }),
      terser({
        ecma: 2019,
        compress: { passes: 2 },
        format: { comments: /^!/ }
      })
    ]
  },
  {
    input: {
      index: 'src/index.ts',
      'catalog/index': 'src/catalog/index.ts'
    },
    external: [/^nanostores/, /^js-cookie/],
    output: {
      dir: 'dist/esm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      banner,
      sourcemap: true
    },
    plugins: [nodeResolve(), esbuild({ target: 'es2019', define })]
  }
]
