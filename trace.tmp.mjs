import { chromium } from '@playwright/test'
const { startServer } = await import('/work/main/demo/server.mjs')
const server = await startServer(0)
const origin = `http://127.0.0.1:${server.address().port}`
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] })
const ctx = await browser.newContext()
const p = await ctx.newPage()
await browser.startTracing(p, { categories: ['devtools.timeline'] })
await p.goto(origin + '/bench/cookieconsent.html', { waitUntil: 'domcontentloaded' })
await p.waitForFunction(() => document.querySelector('#cc-main .cm'), null, { polling: 'raf' })
await p.waitForTimeout(300)
const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents
const agg = {}
for (const e of events) {
  if (e.ph !== 'X') continue
  if (!['EvaluateScript','FunctionCall','v8.compile','TimerFire','EventDispatch','FireAnimationFrame','RunMicrotasks','v8.evaluateModule'].includes(e.name)) continue
  const url = e.args?.data?.url ?? '(none)'
  const k = `${e.name} ${url.replace(origin,'')} tid=${e.tid}`
  agg[k] = agg[k] || [0, 0]; agg[k][0]++; agg[k][1] += e.dur / 1000
}
for (const [k, [n, d]] of Object.entries(agg).sort((a, b) => b[1][1] - a[1][1])) console.log(String(n).padStart(4), d.toFixed(2).padStart(8), k)
await browser.close(); server.close()
