/*
 * Entry of dist/cli.js, the `consentry` command (Node.js): `consentry check <config.json>`
 * validates a config as a page would, for a site's CI or a look before deploying. The
 * checking is `src/cli/index.ts`; this file reads the arguments and the file, prints, and
 * sets the exit code: 0 valid, 1 invalid, 2 a usage error (nothing checked).
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { checkConfig } from './cli/index'
import { configOfPage } from './cli/page-config'

const USAGE = `Usage: consentry check <config.json | page.html | -> [--region <code>]...
                       [--page <file.html>]... [--strict] [--json]

Checks a Consentry config as the SDK does on a page, and says what a page on it does.
A page (.html) is checked with its own config (the inline #consentry-config, or none:
the default taxonomy), and its gating markup too.
  --region <code>  resolve the regime for this visitor region (DE, US-CA); repeatable
  --page <file>    check a page's gating markup against the config: what would load
                   before consent, what would never run; repeatable
  --strict         fail on warnings (unknown keys, values ignored) too
  --json           print {name, ok, errors, warnings, regimes} as JSON
Exit code: 0 valid, 1 invalid, 2 usage error.`

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
  if (command !== 'check') return usage(command ? `unknown command ${command}` : '')
  if (files.length !== 1) return usage('give one config file (or - for standard input)')
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

/** Says what was wrong with the command line, then the usage. */
function usage(problem: string): number {
  if (problem) console.error(`consentry: ${problem}`)
  console.error(USAGE)
  return 2
}

process.exitCode = main(process.argv.slice(2))
