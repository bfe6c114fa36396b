/*
 * Entry of dist/cli.js, the `consentry` command (Node.js):
 * - `consentry check <config.json | page.html>` validates a config as a page would, for a
 *   site's CI or a look before deploying (`src/cli/index.ts`);
 * - `consentry declaration <config.json | page.html>` writes the cookie declaration a
 *   privacy policy needs, from the same config and texts (`src/cli/declaration.ts`).
 * This file reads the arguments and files, prints, and sets the exit code: 0 done, 1 an
 * invalid config, 2 a usage error (nothing checked).
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { cookieDeclaration } from './cli/declaration'
import { checkConfig } from './cli/index'
import { configOfPage } from './cli/page-config'
import { languagesWith, pickLanguage, translationOf } from './utils/pick-language'

const USAGE = `Usage: consentry check <config.json | page.html | -> [--region <code>]...
                       [--page <file.html>]... [--strict] [--json]
       consentry declaration <config.json | page.html | -> [--lang <tag>] [--format md|html]

check: checks a Consentry config as the SDK does on a page, and says what a page on it
does. A page (.html) is checked with its own config (the inline #consentry-config, or
none: the default taxonomy), and its gating markup too.
  --region <code>  resolve the regime for this visitor region (DE, US-CA); repeatable
  --page <file>    check a page's gating markup against the config: what would load
                   before consent, what would never run; repeatable
  --strict         fail on warnings (unknown keys, values ignored) too
  --json           print {name, ok, errors, warnings, regimes} as JSON

declaration: writes the cookie declaration for a privacy policy: each category, its
vendors' purposes, cookies and lifetimes, and Consentry's own entries.
  --lang <tag>     in a shipped language (de, fr, pt-BR…); default English
  --format <f>     md (Markdown, the default) or html (a fragment, text escaped)

Exit code: 0 done, 1 an invalid config, 2 a usage error.`

/**
 * Runs the command.
 *
 * @param args The arguments after the command name.
 * @returns The exit code.
 */
function main(args: string[]): number {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        region: { type: 'string', multiple: true, default: [] },
        page: { type: 'string', multiple: true, default: [] },
        strict: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'en' },
        format: { type: 'string', default: 'md' },
        help: { type: 'boolean', short: 'h', default: false }
      }
    })
  } catch (error) {
    // An unknown option, or one without its value: parseArgs names it.
    return usage((error as Error).message)
  }
  const { values, positionals } = parsed
  const [command, ...files] = positionals
  if (values.help || command === 'help') {
    console.log(USAGE)
    return 0
  }
  if (command !== 'check' && command !== 'declaration')
    return usage(command ? `unknown command ${command}` : '')
  if (files.length !== 1) return usage('give one config file (or - for standard input)')
  if (values.format !== 'md' && values.format !== 'html')
    return usage(`--format: expected md or html, got ${values.format}`)
  const file = files[0]!
  let text: string
  const pages: Array<{ name: string; html: string }> = []
  let reading = file
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8')
    for (reading of values.page)
      pages.push({ name: reading, html: readFileSync(reading, 'utf8') })
  } catch (error) {
    console.error(`consentry: cannot read ${reading}: ${(error as Error).message}`)
    return 2
  }
  let name = file === '-' ? '(stdin)' : file
  // A page: its own config (inline, or none), and its markup.
  if (/\.html?$/i.test(file)) {
    const found = configOfPage(text)
    if ('unreadable' in found) {
      console.error(`consentry: ${file}: ${found.unreadable}`)
      return 2
    }
    pages.unshift({ name: file, html: text })
    text = found.text
    name = `${file} (config: ${found.source})`
  }
  if (command === 'declaration')
    return declaration(text, name, values.lang, values.format)
  const result = checkConfig(text, {
    name,
    regions: values.region,
    strict: values.strict,
    pages
  })
  if (values.json) console.log(JSON.stringify(result.json, null, 2))
  else console.log(result.lines.join('\n'))
  return result.ok ? 0 : 1
}

/**
 * Prints the cookie declaration of a config, in a shipped language (read from the
 * `i18n/` folder beside this file, as the script tag fetches it) or one the config's own
 * texts give, or says why not.
 */
function declaration(text: string, name: string, lang: string, format: 'md' | 'html') {
  const result = checkConfig(text, { name })
  if (!result.config) {
    console.error(result.lines.join('\n'))
    return 1
  }
  // A shipped language, or one the config's own texts give (as a page would pick it).
  const language = pickLanguage([lang], languagesWith(result.config.texts))
  const file = translationOf(language)
  if (language === 'en' && lang.split('-')[0]!.toLowerCase() !== 'en')
    console.error(`consentry: no translation for ${lang}: writing English`)
  let translation: Record<string, string> | undefined
  if (file)
    translation = JSON.parse(
      readFileSync(new URL(`./i18n/${file}.json`, import.meta.url), 'utf8')
    ) as Record<string, string>
  process.stdout.write(
    cookieDeclaration(result.config, { language, translation, format })
  )
  return 0
}

/** Says what was wrong with the command line, then the usage. */
function usage(problem: string): number {
  if (problem) console.error(`consentry: ${problem}`)
  console.error(USAGE)
  return 2
}

process.exitCode = main(process.argv.slice(2))
