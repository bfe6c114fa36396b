import { chromium } from '@playwright/test'
const { startServer } = await import('/work/main/demo/server.mjs')
const server = await startServer(0)
const origin = `http://127.0.0.1:${server.address().port}`
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] })
let ctx = await browser.newContext(); let p = await ctx.newPage()
await p.goto(origin + '/bench/consentry.html'); await p.waitForTimeout(1200)
await p.evaluate(() => window.Consentry.acceptAll()); await p.waitForTimeout(300)
const state = await ctx.storageState(); await ctx.close()
const agg = {}
for (let i = 0; i < 5; i++) {
ctx = await browser.newContext({ storageState: state }); p = await ctx.newPage()
const cdp = await ctx.newCDPSession(p)
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 25 }); await cdp.send('Profiler.start')
await p.goto(origin + '/bench/consentry.html'); await p.waitForTimeout(600)
const { profile } = await cdp.send('Profiler.stop')
const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id)
const self = {}; profile.samples.forEach((id, k) => { self[id] = (self[id] || 0) + (profile.timeDeltas[k + 1] || 0) })
// total time per node = self + descendants; aggregate by frame key (only nodes in consentry.js or with no url under them)
for (const [id, us] of Object.entries(self)) {
  const seen = new Set()
  let cur = +id
  while (cur) { const n = nodes.get(cur); const f = n.callFrame; const k = `${f.functionName || '(anon)'} ${f.url.replace(origin, '')}:${f.columnNumber}`; if (!seen.has(k)) { agg[k] = (agg[k] || 0) + us / 1000 / 5; seen.add(k) } cur = parent.get(cur) }
}
await ctx.close()
}
for (const [k, v] of Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(1).padStart(7), k)
await browser.close(); server.close()
