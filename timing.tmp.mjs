import { chromium } from '@playwright/test'
const { startServer } = await import('/work/main/demo/server.mjs')
const server = await startServer(0)
const origin = `http://127.0.0.1:${server.address().port}`
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] })
let ctx = await browser.newContext(); let p = await ctx.newPage()
await p.goto(origin + '/bench/consentry.html'); await p.waitForTimeout(1200)
await p.evaluate(() => window.Consentry.acceptAll()); await p.waitForTimeout(300)
const state = await ctx.storageState(); await ctx.close()
await p.context().browser()
const html = (await (await fetch(origin + '/bench/consentry.html')).text())
  .replace('<script src="/dist/consentry.js"></script>', '<script>window.__t0=performance.now()</script><script src="/dist/consentry.js"></script><script>window.__t1=performance.now()</script>')
for (let i = 0; i < 5; i++) {
  ctx = await browser.newContext({ storageState: state }); p = await ctx.newPage()
  const cdp = await ctx.newCDPSession(p)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 }); await cdp.send('Performance.enable')
  await p.route('**/bench/consentry.html', (r) => r.fulfill({ contentType: 'text/html', body: html }))
  await p.goto(origin + '/bench/consentry.html'); await p.waitForTimeout(500)
  const r = await p.evaluate(() => { const e = performance.getEntriesByName(location.origin + '/dist/consentry.js')[0]; return { fetch: e.responseEnd - window.__t0, exec: window.__t1 - e.responseEnd, released: window.__released - window.__t1 } })
  const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]))
  console.log(JSON.stringify(r), 'ScriptDuration', (m.ScriptDuration*1000).toFixed(1), 'TaskDuration', (m.TaskDuration*1000).toFixed(1))
  await ctx.close()
}
await browser.close(); server.close()
