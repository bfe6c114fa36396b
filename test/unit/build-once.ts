import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** Builds dist/ once when it is missing, for the tests of what ships. */
export default function setup(): void {
  if (
    ['dist/esm/index.js', 'dist/consentry.js', 'dist/cli.js'].some((f) => !existsSync(f))
  ) {
    execSync('npm run build --silent', { stdio: 'inherit' })
  }
}
