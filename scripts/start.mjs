// `npm start`: install what is missing, build, and serve the demo on the embedded default
// taxonomy at http://127.0.0.1:4173/ (PORT and HOST change it).
import { execSync } from 'node:child_process'
import { ensurePackages } from './ensure-deps.mjs'

ensurePackages()
console.log('› Building…')
execSync('npm run build --silent', { stdio: 'inherit' })
await import('../demo/server.mjs').then(async ({ startServer }) => {
  const port = Number(process.env.PORT ?? 4173)
  const host = process.env.HOST ?? '127.0.0.1'
  await startServer(port, host)
  console.log(`\nConsentry demo: http://${host}:${port}/  (Ctrl+C stops it)`)
})
