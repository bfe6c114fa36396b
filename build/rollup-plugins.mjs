// Small rollup plugins of our own (no dependency does this simply enough).
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'

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

/** `import css from './x.css?raw'`: the file's text (minified), as Vite does for tests. */
export function rawCss() {
  return {
    name: 'consentry-raw-css',
    resolveId(source, importer) {
      if (!source.endsWith('.css?raw') || !importer) return null
      return new URL(source.slice(0, -4), `file://${importer}`).pathname + '?raw'
    },
    load(id) {
      if (!id.endsWith('.css?raw')) return null
      const css = minifyCss(readFileSync(id.slice(0, -4), 'utf8'))
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
