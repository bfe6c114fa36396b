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
      .replace(/ !important/g, '!important')
      // 0.5rem is .5rem (not after a digit or a point: 10.5 stays).
      .replace(/(^|[^\w.])0\.(\d)/g, '$1.$2')
      // [data-layout='bar'] is [data-layout=bar]: a value that is a name needs no quotes.
      .replace(/(\[[\w-]+=)'([A-Za-z_][\w-]*)'\]/g, '$1$2]')
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

/** The top-level rules of minified CSS, each as its head and its body (no braces). */
function topRules(css) {
  const found = []
  let depth = 0
  let start = 0
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++
    else if (css[i] === '}' && --depth === 0) {
      const open = css.indexOf('{', start)
      found.push([css.slice(start, open), css.slice(open + 1, i)])
      start = i + 1
    }
  }
  return found
}

/** Whether a selector starts with the whole class name `.name` (`host`: is `:host`). */
const startsWithClass = (selector, name) =>
  name === 'host'
    ? selector === ':host'
    : selector.startsWith(`.${name}`) && !/[\w-]/.test(selector[name.length + 1] ?? '')

/**
 * Keeps the rules of minified CSS about the given classes: of each rule, the selectors
 * that start with `.<name>` (the whole class name), or are `:host` for the name `host`;
 * a rule with none goes. A selector that goes on to an element type (`.cy h2`,
 * `.cy-row>h3`) is about that element and goes too: `.cy`, `.cy *` and
 * `.cy :focus-visible` stay, so the re-open button takes the container's rules without
 * the headings, paragraphs and links of a layer it does not show. A
 * `@media (forced-colors: active)` block keeps what of it is kept (the re-open button's
 * forced-colours border); other at-rules go (the layers that take rules this way have no
 * animation for `prefers-reduced-motion` to stop). The first-visit modal banner takes the
 * dialog shell of dialogs.css this way, not the preferences' styles.
 *
 * @param css Minified CSS.
 * @param names Class names, e.g. `['cy-dialog', 'cy-dialog-body']`, or `host`.
 * @returns Those rules, in order.
 */
export function keepRules(css, names) {
  const about = (selector) =>
    names.some(
      (name) =>
        startsWithClass(selector, name) &&
        !/[ >+~][a-z]/i.test(selector.slice(name.length + 1))
    )
  return topRules(css)
    .map(([head, body]) => {
      if (head === '@media (forced-colors:active)') {
        const inner = keepRules(body, names)
        return inner && `${head}{${inner}}`
      }
      const selectors = head.startsWith('@') ? [] : head.split(',').filter(about)
      return selectors.length ? `${selectors.join(',')}{${body}}` : ''
    })
    .join('')
}

/**
 * The other way round: drops the selectors of minified CSS that start with one of the
 * given classes (`.cy-banner`, `.cy-banner[data-layout=bar] .cy-text`), a rule left with
 * none, and a `@media` block left empty; other at-rules stay. The first-visit modal banner
 * takes base.css this way, without the bar and box it never shows.
 *
 * @param css Minified CSS.
 * @param names Class names, e.g. `['cy-banner']`.
 * @returns The other rules, in order.
 */
export function dropRules(css, names) {
  return topRules(css)
    .map(([head, body]) => {
      if (head.startsWith('@media')) {
        const inner = dropRules(body, names)
        return inner && `${head}{${inner}}`
      }
      if (head.startsWith('@')) return `${head}{${body}}`
      const selectors = head
        .split(',')
        .filter((selector) => !names.some((name) => startsWithClass(selector, name)))
      return selectors.length ? `${selectors.join(',')}{${body}}` : ''
    })
    .join('')
}

const RAW = /\.css\?raw(&rules=([\w+-]+))?(&drop=([\w+-]+))?(&vars-of=([\w.+-]+))?$/

/**
 * `import css from './x.css?raw'`: the file's text (minified), as Vite does for tests.
 * `./dialogs.css?raw&rules=cy-dialog+cy-dialog-body`: only the rules of those classes (see
 * {@link keepRules}); `./base.css?raw&drop=cy-banner`: all but the rules of those classes
 * (see {@link dropRules}).
 * `./theme.css?raw&vars-of=base`: the theme, keeping only the private properties that
 * `./base.css` reads (see {@link keepVarsReadBy}); `vars-of=base+dialogs.cy-dialog` reads
 * base.css and the `.cy-dialog` rules of dialogs.css. In tests, Vite gives whole files.
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
      const read = (name) => minifyCss(readFileSync(join(dirname(file), name), 'utf8'))
      let css = minifyCss(readFileSync(file, 'utf8'))
      if (found[2]) css = keepRules(css, found[2].split('+'))
      if (found[4]) css = dropRules(css, found[4].split('+'))
      if (found[6]) {
        const reader = found[6].split('+').map((part) => {
          const [name, prefix] = part.split('.')
          const text = read(`${name}.css`)
          return prefix ? keepRules(text, [prefix]) : text
        })
        css = keepVarsReadBy(css, reader.join(''))
      }
      return `export default ${JSON.stringify(css)}`
    }
  }
}

/**
 * Writes the assets the script-tag build fetches from its own folder: i18n/<lang>.json
 * (minified), i18n/<lang>.banner.json (only `bannerKeys`, for the first-visit banner),
 * and themes/*.css with the generated auto theme, for site owners: minified, each under
 * `header` (a comment).
 */
export function assets({ locales, bannerKeys, themes, autoTheme, header }) {
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
        // The first-visit banner's slice: a fifth of the file, the rest is the dialogs'.
        this.emitFile({
          type: 'asset',
          fileName: `i18n/${basename(file, '.json')}.banner.json`,
          source: JSON.stringify(
            Object.fromEntries(bannerKeys.map((key) => [key, json[key]]))
          )
        })
      }
      // Minified, as the banner and re-open button fetch them (a dark site's first visit
      // pays for every byte); the commented sources stay in the repository's themes/.
      const theme = (name, css) =>
        this.emitFile({
          type: 'asset',
          fileName: `themes/${name}`,
          source: `${header}\n${minifyCss(css)}\n`
        })
      for (const file of readdirSync(themes).filter((f) => f.endsWith('.css'))) {
        theme(basename(file), readFileSync(join(themes, file), 'utf8'))
      }
      theme('auto.css', autoTheme(readFileSync(join(themes, 'dark.css'), 'utf8')))
    }
  }
}
