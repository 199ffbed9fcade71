import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
const site = mkdtempSync(join(tmpdir(), 'lh-'));
cpSync('build', site, { recursive: true });
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
for (const f of walk(site).filter((p) => /\.(js|css|html|json|svg|webmanifest)$/.test(p))) writeFileSync(`${f}.gz`, gzipSync(readFileSync(f), { level: 9 }));
const server = spawn('node_modules/.bin/sirv', [site, '--gzip', '--single', '404.html', '--host', '127.0.0.1', '--port', '4262', '--quiet'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
const path = process.argv[2] ?? '/';
for (let run = 0; run < Number(process.argv[3] ?? 1); run++) {
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const result = await lighthouse(`http://127.0.0.1:4262${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
const a = result.lhr.audits;
const scripts = a['network-requests'].details.items.filter((i) => i.resourceType === 'Script' && (i.sessionTargetType ?? 'page') === 'page');
console.log('perf', result.lhr.categories.performance.score * 100, 'FCP', Math.round(a['first-contentful-paint'].numericValue), 'LCP', Math.round(a['largest-contentful-paint'].numericValue), 'TBT', a['total-blocking-time'].numericValue, 'JS', scripts.reduce((s, i) => s + i.transferSize, 0) / 1000, scripts.length);
const m = a.metrics.details.items[0]; console.log('observed FCP', m.observedFirstContentfulPaint, 'LCP', m.observedLargestContentfulPaint, 'load', m.observedLoad, 'DCL', m.observedDomContentLoaded);
console.log('LCP element', JSON.stringify(a['largest-contentful-paint-element']?.details?.items?.[1]?.items?.[0]?.selector ?? a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.selector), JSON.stringify(a['largest-contentful-paint-element']?.details?.items?.[0]?.items));
if (process.argv[4]) { for (const i of a['network-requests'].details.items) console.log(i.resourceType, i.priority, i.transferSize, i.url.replace('http://127.0.0.1:4262', ''), Math.round(i.networkRequestTime), Math.round(i.networkEndTime));
 console.log(JSON.stringify(a['long-tasks']?.details?.items?.slice(0,5))); console.log(JSON.stringify(a['bootup-time']?.details?.items?.slice(0,5))); }
await chrome.kill();
}
server.kill();
