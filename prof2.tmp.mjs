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
const visit = process.argv[3] || 'returning'
ctx = await browser.newContext(visit === 'returning' ? { storageState: state } : {})
p = await ctx.newPage()
const cdp = await ctx.newCDPSession(p)
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
await cdp.send('Profiler.enable')
await cdp.send('Profiler.setSamplingInterval', { interval: 50 })
await cdp.send('Profiler.start')
await p.goto(origin + page0)
await p.waitForTimeout(1500)
const { profile } = await cdp.send('Profiler.stop')
const dt = {}
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const counts = {}
profile.samples.forEach((id, i) => { counts[id] = (counts[id] || 0) + (profile.timeDeltas[i] || 0) })
for (const [id, us] of Object.entries(counts)) {
  const n = byId.get(+id); const f = n.callFrame
  const k = `${f.functionName || '(anon)'} ${f.url.replace(origin, '')}:${f.lineNumber}:${f.columnNumber}`
  dt[k] = (dt[k] || 0) + us / 1000
}
for (const [k, v] of Object.entries(dt).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(7), k)
await browser.close(); server.close()
