// Installs what the start and test commands need, so that each is one command on a fresh
// machine: the npm packages (when missing or older than the lock file) and, for the
// browser tests, Debian's Chromium (Playwright's own browser download cannot work here),
// Firefox ESR, and WebKitGTK's WebDriver with a virtual display for its window.
import { execSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'

const run = (command) => execSync(command, { stdio: 'inherit' })

/**
 * Installs the locked packages when node_modules is missing or older than
 * package-lock.json. `npm install` rather than `npm ci`, which deletes node_modules
 * first: both install the locked versions, and the lock lists every platform's optional
 * packages (rollup's, esbuild's), so neither rewrites it.
 */
export function ensurePackages() {
  const marker = 'node_modules/.package-lock.json'
  const stale =
    !existsSync(marker) ||
    (existsSync('package-lock.json') &&
      statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs)
  if (!stale) return
  console.log('› Installing npm packages…')
  run('npm install --no-audit --no-fund')
}

let updated = false
/**
 * Installs Debian's `packages` when root and apt-get allow it.
 *
 * @throws Otherwise, saying what to install.
 */
function aptInstall(packages, what) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  if (!root || !existsSync('/usr/bin/apt-get'))
    throw new Error(
      `${what} not found. Install it (Debian: apt-get install ${packages}).`
    )
  console.log(`› Installing ${what} from Debian (apt-get install ${packages})…`)
  if (!updated) run('apt-get update -qq')
  updated = true
  run(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`)
}

/** Finds Chromium, installing Debian's package when it is missing and we may. */
export function ensureChromium() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  if (existsSync(path)) return path
  if (process.env.CHROMIUM_PATH)
    throw new Error(`Chromium not found at CHROMIUM_PATH (${path}).`)
  aptInstall('chromium', 'Chromium')
  if (!existsSync(path)) throw new Error(`Chromium installed but not found at ${path}`)
  return path
}

/**
 * The other engines of test/engines: Firefox ESR (or `FIREFOX_PATH`) and WebKitGTK's
 * WebDriver and MiniBrowser, with Xvfb for MiniBrowser's window; Debian's packages
 * installed where missing.
 */
export function ensureOtherEngines() {
  const missing = [
    !process.env.FIREFOX_PATH && !existsSync('/usr/bin/firefox-esr') && 'firefox-esr',
    !existsSync('/usr/bin/WebKitWebDriver') && 'webkit2gtk-driver',
    !existsSync('/usr/bin/Xvfb') && 'xvfb'
  ].filter(Boolean)
  if (missing.length) aptInstall(missing.join(' '), 'Firefox and WebKit')
}
