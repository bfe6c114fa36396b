import { defineConfig } from '@playwright/test'

// Debian's Chromium (tools that download their own browser cannot run here).
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const PORT = Number(process.env.E2E_PORT ?? 4179)

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 20_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: '.test-reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--host-resolver-rules=MAP *.example.test 127.0.0.1, MAP *.example.co.uk 127.0.0.1'
      ]
    }
  },
  webServer: {
    command: `node demo/server.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/fixtures/spa.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 20_000
  }
})
