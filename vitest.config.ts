import { readFileSync } from 'node:fs'
import { defineConfig } from 'vitest/config'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'))

export default defineConfig({
  define: { __CONSENTRY_VERSION__: JSON.stringify(pkg.version) },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.ts'],
    environment: 'node',
    // Core tests need no DOM; files that do opt in with `@vitest-environment happy-dom`.
    restoreMocks: true,
    // Tests of the published build need dist/: build it when it is missing.
    globalSetup: ['test/unit/build-once.ts']
  }
})
