import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(process.argv[2], { waitUntil: 'networkidle' });
await page.waitForTimeout(2000);
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const stackOf = (id) => { const s = []; for (let x = id; x !== undefined; x = parent.get(x)) s.push(byId.get(x).callFrame); return s; };
let t = profile.startTime; const runs = [];
profile.samples.forEach((id, i) => { t += profile.timeDeltas[i]; runs.push([t, id, profile.timeDeltas[i+1] ?? 0]); });
let burst = null; const bursts = [];
for (const [ts, id, d] of runs) {
  const name = byId.get(id).callFrame.functionName;
  if (name === '(idle)') { if (burst && ts - burst.end > 1500) { bursts.push(burst); burst = null; } continue; }
  if (!burst) burst = { start: ts, end: ts, total: 0, funcs: new Map() };
  burst.end = ts; burst.total += d;
  const st = stackOf(id);
  const frames = st.filter((f) => f.url && f.functionName !== '');
  const key = frames.length ? frames.slice(0, 3).map((f) => `${f.functionName}@${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`).join(' < ') : byId.get(id).callFrame.functionName;
  burst.funcs.set(key, (burst.funcs.get(key) ?? 0) + d);
}
if (burst) bursts.push(burst);
for (const b of bursts) { if (b.total < 40000) continue; console.log(`\n== burst at ${Math.round((b.start - profile.startTime) / 1000)} ms, busy ${Math.round(b.total/1000)} ms`); [...b.funcs].sort((a, c) => c[1] - a[1]).slice(0, 10).forEach(([k, v]) => console.log('  ', Math.round(v / 1000), 'ms', k)); }
