// `npm test`: every check and test, browser tests included, installing what they need.
// Ends with one line "N passed, N failed" (tests from vitest, Playwright and the Firefox
// and WebKit suite, plus one per check: build, types, format, lint) and exits non-zero
// when anything failed.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { ensureChromium, ensureOtherEngines, ensurePackages } from './ensure-deps.mjs'

const REPORTS = '.test-reports'
const results = []

function step(name, command, args, env = {}) {
  console.log(`\n› ${name}: ${command} ${args.join(' ')}`)
  const run = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env }
  })
  return run.status === 0
}

function check(name, command, args) {
  const ok = step(name, command, args)
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 })
  return ok
}

function suite(name, command, args, report, count, env) {
  rmSync(report, { force: true })
  const ok = step(name, command, args, env)
  let counts
  try {
    counts = count(JSON.parse(readFileSync(report, 'utf8')))
  } catch {
    counts = { passed: 0, failed: 0 }
  }
  // A runner that failed without reporting a failed test (crash, no tests) still fails.
  if (!ok && counts.failed === 0) counts.failed = 1
  if (ok && counts.passed === 0) counts.failed += 1
  results.push({ name, ...counts })
}

let setup = true
try {
  ensurePackages()
  process.env.CHROMIUM_PATH = ensureChromium()
} catch (error) {
  console.error(`✗ set-up: ${error.message}`)
  results.push({ name: 'set-up', passed: 0, failed: 1 })
  setup = false
}
// Firefox and WebKit missing fail their own suite (which says so), not every other.
try {
  if (setup) ensureOtherEngines()
} catch (error) {
  console.error(`✗ set-up (Firefox, WebKit): ${error.message}`)
}

if (setup) {
  mkdirSync(REPORTS, { recursive: true })
  const npx = (...args) => ['npx', ['--no-install', ...args]]
  const built = check('build', 'npm', ['run', 'build', '--silent'])
  check('types', ...npx('tsc', '-p', 'tsconfig.json', '--noEmit'))
  check('format', ...npx('prettier', '--check', '--log-level', 'warn', '.'))
  check('lint', ...npx('eslint', '.'))
  /** A vitest run, counted from its JSON report; `config`: `--config=<file>`, if any. */
  const vitest = (name, report, ...config) =>
    suite(
      name,
      ...npx(
        'vitest',
        'run',
        ...config,
        '--reporter=default',
        '--reporter=json',
        `--outputFile=${report}`
      ),
      report,
      (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests })
    )
  vitest('unit tests (vitest)', `${REPORTS}/unit.json`)
  if (built) {
    suite(
      'browser tests (Playwright, Chromium)',
      ...npx('playwright', 'test'),
      `${REPORTS}/e2e.json`,
      (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected }),
      { CI: process.env.CI ?? '' }
    )
    vitest(
      'browser tests (Firefox, WebKit)',
      `${REPORTS}/engines.json`,
      '--config=vitest.engines.config.ts'
    )
  } else {
    results.push({
      name: 'browser tests (not run: the build failed)',
      passed: 0,
      failed: 1
    })
  }
}

console.log('\nSummary')
for (const r of results)
  console.log(
    `  ${r.failed ? '✗' : '✓'} ${r.name}: ${r.passed} passed, ${r.failed} failed`
  )
const passed = results.reduce((n, r) => n + r.passed, 0)
const failed = results.reduce((n, r) => n + r.failed, 0)
console.log(`${passed} passed, ${failed} failed`)
process.exitCode = failed > 0 ? 1 : 0
