import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  assets,
  dropRules,
  keepRules,
  keepVarsReadBy,
  minifyCss
  // @ts-expect-error plain JavaScript build helper without types
} from '../../build/rollup-plugins.mjs'

describe('minifyCss', () => {
  it('keeps the descendant space before a pseudo-class', () => {
    expect(minifyCss('.cy :focus-visible {\n  outline: 3px solid red;\n}')).toBe(
      '.cy :focus-visible{outline:3px solid red}'
    )
  })

  it('writes 0.5 as .5, drops the space before !important and needless quotes', () => {
    expect(
      minifyCss(
        ".cy[data-layout='bar'] .x { margin: 0.5rem 10.25px; all: initial !important }" +
          " .y[data-x='1a'], .z[lang='pt-BR'] { transform: translateY(-0.5rem) }"
      )
    ).toBe(
      '.cy[data-layout=bar] .x{margin:.5rem 10.25px;all:initial!important}' +
        ".y[data-x='1a'],.z[lang=pt-BR]{transform:translateY(-.5rem)}"
    )
  })

  it('drops comments and white space, keeps values intact', () => {
    expect(
      minifyCss(
        '/* a */\n.a > .b , .c {\n  margin: 0 0 1rem;\n  font: 16px / 1.5 system-ui;\n}\n'
      )
    ).toBe('.a>.b,.c{margin:0 0 1rem;font:16px / 1.5 system-ui}')
  })
})

describe('keepVarsReadBy (the first-visit banner carries only the colours it uses)', () => {
  it("drops the theme's private properties the reader never reads, keeps the rest", () => {
    const theme =
      '.cy{--_bg:var(--consentry-bg,#fff);--_switch-on:var(--consentry-switch-on,#00f);' +
      '--_fg:var(--consentry-fg,#000);--_hover:var(--_bg)}'
    expect(
      keepVarsReadBy(theme, '.cy-banner{background:var(--_hover);color:var(--_fg)}')
    ).toBe(
      '.cy{--_bg:var(--consentry-bg,#fff);--_fg:var(--consentry-fg,#000);--_hover:var(--_bg)}'
    )
  })

  it('leaves valid CSS when the last property of a block goes', () => {
    expect(
      keepVarsReadBy('.cy{--_a:1px;--_b:2px}.x{color:red}', 'p{margin:var(--_a)}')
    ).toBe('.cy{--_a:1px;}.x{color:red}')
  })
})

describe('keepRules (the modal banner takes the dialog shell of dialogs.css)', () => {
  it('keeps the rules about one of the classes, and no other at-rule', () => {
    const css =
      '.cy-dialog{padding:0}.cy-list{margin:0}.cy-dialog::backdrop{background:red}' +
      '@media (max-width:30rem){.cy-dialog{width:100%}}.cy-dialog,.cy-close{color:red}' +
      '.cy-dialog-head{display:flex}.cy-dialog-body{padding:1rem}' +
      ".cy-dialog[data-layout='modal']{width:32rem}"
    expect(keepRules(css, ['cy-dialog', 'cy-dialog-body'])).toBe(
      '.cy-dialog{padding:0}.cy-dialog::backdrop{background:red}.cy-dialog{color:red}' +
        ".cy-dialog-body{padding:1rem}.cy-dialog[data-layout='modal']{width:32rem}"
    )
  })

  it('keeps the matching selectors of a list, and forced-colours blocks with what of them is kept', () => {
    const css =
      '.cy-reopen{color:red}.cy-switch,.cy-reopen{margin:0}' +
      '@media (forced-colors:active){.cy-switch,.cy-reopen{border:2px solid ButtonText}' +
      '.cy-close{border:0}}@media (forced-colors:active){.cy-close{border:0}}' +
      '@media (prefers-reduced-motion:reduce){.cy-reopen{animation:none}}' +
      '@keyframes cy-in{from{opacity:0}}'
    expect(keepRules(css, ['cy-reopen'])).toBe(
      '.cy-reopen{color:red}.cy-reopen{margin:0}' +
        '@media (forced-colors:active){.cy-reopen{border:2px solid ButtonText}}'
    )
  })

  it('leaves out the rules about elements inside the class (the re-open button has no h2)', () => {
    const css =
      '.cy{color:red}.cy *,.cy *::before{box-sizing:border-box}' +
      '.cy :focus-visible{outline:3px solid}.cy h2{margin:0}.cy>p,.cy a{color:blue}'
    expect(keepRules(css, ['cy'])).toBe(
      '.cy{color:red}.cy *,.cy *::before{box-sizing:border-box}' +
        '.cy :focus-visible{outline:3px solid}'
    )
  })
})

describe('dropRules (the modal banner takes base.css without the bar and box)', () => {
  it('drops the selectors that start with the class, and rules and media left empty', () => {
    const css =
      '.cy{color:red}.cy-banner{position:fixed}.cy-banner[data-layout=bar] .cy-text{flex:1}' +
      '.cy-banner-x{margin:0}.cy-button,.cy-banner .cy-button{min-height:44px}' +
      '@media (max-width:30rem){.cy-banner{padding:1rem}}' +
      '@media (max-width:40rem){.cy-banner{padding:0}.cy-button{flex-basis:100%}}' +
      '@keyframes cy-in{from{opacity:0}}'
    expect(dropRules(css, ['cy-banner'])).toBe(
      '.cy{color:red}.cy-banner-x{margin:0}.cy-button{min-height:44px}' +
        '@media (max-width:40rem){.cy-button{flex-basis:100%}}' +
        '@keyframes cy-in{from{opacity:0}}'
    )
  })
})

describe('assets (the files the script tag fetches from its folder)', () => {
  /** Runs the plugin on a folder of locales and themes; returns what it emits, by name. */
  const emitted = (themes: Record<string, string>) => {
    const root = mkdtempSync(join(tmpdir(), 'consentry-assets-'))
    mkdirSync(join(root, 'locales'))
    mkdirSync(join(root, 'themes'))
    writeFileSync(join(root, 'locales', 'de.json'), '{ "acceptAll": "Alle", "x": "y" }')
    for (const [name, css] of Object.entries(themes)) {
      writeFileSync(join(root, 'themes', name), css)
    }
    const files: Record<string, string> = {}
    const plugin = assets({
      locales: join(root, 'locales'),
      bannerKeys: ['acceptAll'],
      themes: join(root, 'themes'),
      autoTheme: (dark: string) => `@media (prefers-color-scheme: dark) {\n${dark}}`,
      header: '/*! Consentry | MIT */'
    })
    plugin.generateBundle.call({
      emitFile: (file: { fileName: string; source: string }) =>
        (files[file.fileName] = file.source)
    })
    return files
  }

  it('ships each theme minified under the header, its comments left in the source', () => {
    const files = emitted({
      'dark.css': "/* The dark theme. */\n.cy[data-theme='dark'] {\n  --_bg: #111;\n}\n",
      'light.css': '/* Light. */\n.cy {\n  --_bg: #fff;\n}\n'
    })
    expect(files['themes/dark.css']).toBe(
      '/*! Consentry | MIT */\n.cy[data-theme=dark]{--_bg:#111}\n'
    )
    expect(files['themes/light.css']).toBe('/*! Consentry | MIT */\n.cy{--_bg:#fff}\n')
    // The generated auto theme is minified the same way.
    expect(files['themes/auto.css']).toBe(
      '/*! Consentry | MIT */\n@media (prefers-color-scheme:dark){.cy[data-theme=dark]{--_bg:#111}}\n'
    )
  })

  it("writes each language whole and its banner slice, the banner's keys only", () => {
    const files = emitted({ 'dark.css': '.cy{}' })
    expect(JSON.parse(files['i18n/de.json'] ?? '')).toEqual({ acceptAll: 'Alle', x: 'y' })
    expect(JSON.parse(files['i18n/de.banner.json'] ?? '')).toEqual({ acceptAll: 'Alle' })
  })
})
