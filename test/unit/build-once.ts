import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** Builds dist/ once when it is missing, for the tests of what ships. */
export default function setup(): void {
  if (!existsSync('dist/esm/index.js') || !existsSync('dist/consentry.js')) {
    execSync('npm run build --silent', { stdio: 'inherit' })
  }
}
