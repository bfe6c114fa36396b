import { defineConfig } from 'vitest/config'

/**
 * The consent invariants in Firefox and WebKit (test/engines), run by `npm test` after
 * the Chromium suite: one browser of each engine at a time, each driven by its own
 * WebDriver, so the files run one after another.
 */
export default defineConfig({
  test: {
    include: ['test/engines/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000
  }
})
