import { chromium } from '@playwright/test'
const { startServer } = await import('/work/main/demo/server.mjs')
const server = await startServer(0)
const origin = `http://127.0.0.1:${server.address().port}`
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] })
const page0 = process.argv[2] || '/bench/consentry.html'
let ctx = await browser.newContext()
let p = await ctx.newPage()
await p.goto(origin + page0)
await p.waitForTimeout(1500)
await p.evaluate(() => window.Consentry ? window.Consentry.acceptAll() : 0)
await p.waitForTimeout(500)
const state = await ctx.storageState()
await ctx.close()
for (const visit of ['first', 'returning']) {
  ctx = await browser.newContext(visit === 'returning' ? { storageState: state } : {})
  p = await ctx.newPage()
  const cdp = await ctx.newCDPSession(p)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await browser.startTracing(p, { categories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'] })
  await p.goto(origin + page0)
  await p.waitForTimeout(1500)
  const buf = await browser.stopTracing()
  const events = JSON.parse(buf.toString()).traceEvents
  const byUrl = {}
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue
    const url = e.args?.data?.url || e.args?.data?.stackTrace?.[0]?.url || ''
    if (['EvaluateScript','v8.compile','FunctionCall','v8.produceCache','EventDispatch','TimerFire','FireIdleCallback','FireAnimationFrame','RunMicrotasks','ParseHTML','UpdateLayoutTree','Layout','Paint','v8.parseOnBackground','CompileScript'].includes(e.name)) {
      const k = e.name + ' ' + url.replace(origin, '')
      byUrl[k] = (byUrl[k] || 0) + e.dur / 1000
    }
  }
  console.log('==', visit)
  for (const [k, v] of Object.entries(byUrl).sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(v.toFixed(1).padStart(7), k)
  await ctx.close()
}
await browser.close(); server.close()
