// The builds (STYLE.md §1):
// - dist/consentry.js: the script tag's first file (src/boot.ts): gate, auto-blocking,
//   Consent Mode default, vendors' consent APIs, GPP stub, and the stored choice read on a
//   config validated before. A visitor who has already chosen downloads this one file.
// - dist/consentry-engine.js: validator, decisions, records, withdrawal, tab sync
//   (src/engine-entry.ts), fetched by consentry.js when a decision is to be made.
// - dist/consentry-validator.js: the validator alone, fetched instead of the engine by a
//   view with a config to validate and nothing to decide (a US visitor's first view).
// - dist/consentry-gpp.js: the GPP and USP APIs and encoder, fetched by consentry.js only
//   under a US regime or when a page calls __gpp / __uspapi (a US returning view fetches it
//   without the engine).
// - dist/consentry-banner.js: a first-time visitor's GDPR banner as plain DOM, with the
//   base styles, themes and English banner texts: all such a view fetches beside
//   consentry.js until the visitor acts (then the engine, and for Customize the UI).
// - dist/consentry-banner-modal.js: the same banner in a native <dialog>, for the `modal`
//   layout (its own file, so that bar and box sites carry none of it).
// - dist/consentry-reopen.js: the floating re-open button as plain DOM (`ui.reopenButton`),
//   for a returning view that has no UI: its styles, the light theme, English.
// - dist/consentry-ui.js: the banner and dialogs (Preact, components, styles, English),
//   fetched from the same folder only when a banner or dialog must show.
// - dist/i18n/<lang>.json and dist/themes/*.css: fetched or linked only when used.
// - dist/esm/: ES modules for bundlers, one file per source module so imports tree-shake.
// - dist/cli.js: the `consentry check` command (Node.js), the package's `bin`.
import { readFileSync } from 'node:fs'
import nodeResolve from '@rollup/plugin-node-resolve'
import replace from '@rollup/plugin-replace'
import terser from '@rollup/plugin-terser'
import esbuild from 'rollup-plugin-esbuild'
import { assets, rawCss } from './build/rollup-plugins.mjs'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'))
const define = { __CONSENTRY_VERSION__: JSON.stringify(pkg.version) }
const banner = `/*! Consentry v${pkg.version} | ${pkg.license} */`
// V8's explicit compile hint (Chrome 136+, a comment elsewhere): every function of the
// file is compiled as the file is, instead of each one lazily on its first call, on the
// main thread. Only for the files a page view runs almost whole the moment they arrive:
// the first file and the first-visit banner (measured: about a quarter less script time
// for the first file at 4× throttling).
const eager = `//# allFunctionsCalledOnLoad\n${banner}`
const jsx = { jsx: 'automatic', jsxImportSource: 'preact' }

/** Plugins of a minified browser bundle. */
const browser = () => [
  rawCss(),
  nodeResolve({ browser: true }),
  // nanostores and preact keep developer checks behind process.env.NODE_ENV (STYLE.md
  // §2); esbuild does not transform node_modules, so the replacement is done here.
  replace({
    preventAssignment: true,
    values: { 'process.env.NODE_ENV': JSON.stringify('production') }
  }),
  esbuild({ target: 'es2020', define, ...jsx }),
  terser({
    ecma: 2020,
    compress: { passes: 3 },
    format: { comments: /^!|^# allFunctionsCalledOnLoad$/ }
  })
]

// The auto theme: light (light.css), dark where the visitor prefers it.
const autoTheme = (dark) =>
  `@media (prefers-color-scheme: dark) {\n${dark.replace(/\[data-theme='dark'\]/g, "[data-theme='auto']")}}\n`

// The keys of EN_BANNER and EN_REOPEN (one `key:` per line in en-banner.ts and
// en-reopen.ts): all a banner slice holds, for the banner and the re-open button.
const bannerKeys = ['src/ui/i18n/en-banner.ts', 'src/ui/i18n/en-reopen.ts'].flatMap(
  (file) => [...readFileSync(file, 'utf8').matchAll(/^ {2}(\w+):/gm)].map((m) => m[1])
)

export default [
  {
    input: 'src/boot.ts',
    output: { file: 'dist/consentry.js', format: 'iife', banner: eager, sourcemap: true },
    plugins: [
      ...browser(),
      assets({
        locales: 'src/ui/i18n/locales',
        bannerKeys,
        themes: 'themes',
        autoTheme,
        header: banner
      })
    ]
  },
  {
    input: 'src/engine-entry.ts',
    output: { file: 'dist/consentry-engine.js', format: 'iife', banner, sourcemap: true },
    plugins: browser()
  },
  {
    input: 'src/validator-entry.ts',
    output: {
      file: 'dist/consentry-validator.js',
      format: 'iife',
      banner,
      sourcemap: true
    },
    plugins: browser()
  },
  {
    input: 'src/integrations/gpp/register.ts',
    output: { file: 'dist/consentry-gpp.js', format: 'iife', banner, sourcemap: true },
    plugins: browser()
  },
  {
    input: 'src/ui/banner/register.ts',
    output: {
      file: 'dist/consentry-banner.js',
      format: 'iife',
      banner: eager,
      sourcemap: true
    },
    plugins: browser()
  },
  {
    input: 'src/ui/banner/register-modal.ts',
    output: {
      file: 'dist/consentry-banner-modal.js',
      format: 'iife',
      banner: eager,
      sourcemap: true
    },
    plugins: browser()
  },
  {
    input: 'src/ui/banner/register-reopen.ts',
    output: { file: 'dist/consentry-reopen.js', format: 'iife', banner, sourcemap: true },
    plugins: browser()
  },
  {
    input: 'src/ui/register.ts',
    output: { file: 'dist/consentry-ui.js', format: 'iife', banner, sourcemap: true },
    plugins: browser()
  },
  {
    input: 'src/cli-entry.ts',
    external: [/^node:/],
    output: {
      file: 'dist/cli.js',
      format: 'es',
      banner: `#!/usr/bin/env node\n${banner}`
    },
    plugins: [nodeResolve(), esbuild({ target: 'node20', define })]
  },
  {
    input: {
      index: 'src/index.ts',
      'catalog/index': 'src/catalog/index.ts',
      'ui/index': 'src/ui/index.ts',
      'integrations/google-consent-mode/index':
        'src/integrations/google-consent-mode/index.ts',
      'integrations/vendor-consent/index': 'src/integrations/vendor-consent/index.ts',
      'integrations/gpp/index': 'src/integrations/gpp/index.ts',
      'server/index': 'src/server/index.ts'
    },
    external: [/^nanostores/, /^js-cookie/, /^preact/],
    output: {
      dir: 'dist/esm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      banner,
      sourcemap: true
    },
    plugins: [rawCss(), nodeResolve(), esbuild({ target: 'es2019', define, ...jsx })]
  }
]
