/*
 * Entry of dist/cli.js, the `consentry` command (Node.js): `consentry check <config.json>`
 * validates a config as a page would, for a site's CI or a look before deploying. The
 * checking is `src/cli/index.ts`; this file reads the arguments and the file, prints, and
 * sets the exit code: 0 valid, 1 invalid, 2 a usage error (nothing checked).
 */
import { readFileSync } from 'node:fs'
import { checkConfig } from './cli/index'

const USAGE = `Usage: consentry check <config.json | -> [--region <code>]... [--page <file.html>]...
                       [--strict] [--json]

Checks a Consentry config as the SDK does on a page, and says what a page on it does.
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
  const [command, ...rest] = args
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE)
    return 0
  }
  const files: string[] = []
  const regions: string[] = []
  const pageFiles: string[] = []
  let strict = false
  let json = false
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!
    if (arg === '--strict') strict = true
    else if (arg === '--json') json = true
    else if (arg === '--region' && rest[i + 1]) regions.push(rest[++i]!)
    else if (arg.startsWith('--region=')) regions.push(arg.slice('--region='.length))
    else if (arg === '--page' && rest[i + 1]) pageFiles.push(rest[++i]!)
    else if (arg.startsWith('--page=')) pageFiles.push(arg.slice('--page='.length))
    else if (arg.startsWith('-') && arg !== '-') return usage(`unknown option ${arg}`)
    else files.push(arg)
  }
  if (command !== 'check') return usage(command ? `unknown command ${command}` : '')
  if (files.length !== 1) return usage('give one config file (or - for standard input)')
  const file = files[0]!
  let text: string
  const pages: Array<{ name: string; html: string }> = []
  let reading = file
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8')
    for (reading of pageFiles)
      pages.push({ name: reading, html: readFileSync(reading, 'utf8') })
  } catch (error) {
    console.error(`consentry: cannot read ${reading}: ${(error as Error).message}`)
    return 2
  }
  const result = checkConfig(text, {
    name: file === '-' ? '(stdin)' : file,
    regions,
    strict,
    pages
  })
  if (json) console.log(JSON.stringify(result.json, null, 2))
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
