// Small rollup plugins of our own (no dependency does this simply enough).
import { readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** Removes comments and needless white space from CSS (our own CSS: no strings with them). */
export function minifyCss(css) {
  return (
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      // Not before ':': in a selector the space is a combinator (`.cy :focus-visible`).
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim()
  )
}

/**
 * Drops the theme's private custom properties (`--_name: …`) that `reader` never reads
 * (`var(--_name`), from minified CSS: the first-visit banner carries only the colours
 * its own styles use. Public `--consentry-*` overrides of the kept ones still apply.
 *
 * @param css A theme, minified.
 * @param reader The stylesheet that reads the theme's properties.
 * @returns The theme without the properties `reader` (and the theme itself) never read.
 */
export function keepVarsReadBy(css, reader) {
  const read = new Set(
    [...`${reader}${css}`.matchAll(/var\(\s*--_([\w-]+)/g)].map((m) => m[1])
  )
  return css.replace(/--_([\w-]+):[^;{}]*(;|(?=}))/g, (declaration, name) =>
    read.has(name) ? declaration : ''
  )
}

const RAW = /\.css\?raw(&vars-of=([\w-]+))?$/

/**
 * `import css from './x.css?raw'`: the file's text (minified), as Vite does for tests.
 * `./theme.css?raw&vars-of=base`: the same, keeping only the private properties that
 * `./base.css` reads (see {@link keepVarsReadBy}; in tests, Vite gives the whole file).
 */
export function rawCss() {
  return {
    name: 'consentry-raw-css',
    resolveId(source, importer) {
      const found = RAW.exec(source)
      if (!found || !importer) return null
      const file = new URL(source.slice(0, found.index + 4), `file://${importer}`)
        .pathname
      return file + source.slice(found.index + 4)
    },
    load(id) {
      const found = RAW.exec(id)
      if (!found) return null
      const file = id.slice(0, found.index + 4)
      let css = minifyCss(readFileSync(file, 'utf8'))
      if (found[2]) {
        const reader = join(dirname(file), `${found[2]}.css`)
        css = keepVarsReadBy(css, minifyCss(readFileSync(reader, 'utf8')))
      }
      return `export default ${JSON.stringify(css)}`
    }
  }
}

/**
 * Writes the assets the script-tag build fetches from its own folder: i18n/<lang>.json
 * (minified), and themes/*.css with the generated auto theme, for site owners.
 */
export function assets({ locales, themes, autoTheme }) {
  return {
    name: 'consentry-assets',
    generateBundle() {
      for (const file of readdirSync(locales).filter((f) => f.endsWith('.json'))) {
        const json = JSON.parse(readFileSync(join(locales, file), 'utf8'))
        this.emitFile({
          type: 'asset',
          fileName: `i18n/${file}`,
          source: JSON.stringify(json)
        })
      }
      for (const file of readdirSync(themes).filter((f) => f.endsWith('.css'))) {
        const css = readFileSync(join(themes, file), 'utf8')
        this.emitFile({
          type: 'asset',
          fileName: `themes/${basename(file)}`,
          source: css
        })
      }
      const dark = readFileSync(join(themes, 'dark.css'), 'utf8')
      this.emitFile({
        type: 'asset',
        fileName: 'themes/auto.css',
        source: autoTheme(dark)
      })
    }
  }
}
