// The app as a phone meets it, measured on the built site (run `npm run build` first; `npm run bench`
// does): Lighthouse 12 (mobile preset, simulated throttling, median of RUNS) for the library and one
// routine page, the JavaScript a first visit transfers, the precache the service worker keeps, the
// time to a usable library started offline from the worker, and the JS heap while a routine runs.
// Prints one JSON object, then a short table. Figures only: targets are read by people, never by a
// timed test (these machines are shared and noisy).
//
// Usage: node scripts/bench-app.js [--runs 5] [--out bench-app.json]
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serveSite } from './serve-site.js';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const at = args.indexOf(`--${name}`);
	return at >= 0 ? args[at + 1] : fallback;
};
const RUNS = Number(option('runs', 5));
const OUT = option('out', null);
const PORT = Number(process.env.BENCH_PORT) || 4260;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const PAGES = { library: '/', routine: '/routines/post-run-hip-reset' };

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value, places = 0) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * A copy of the build with a gzipped twin of each text file, served as a static host would (sirv
 * `--gzip` sends the twin to a browser that accepts it): transfer sizes as a phone would see them.
 */
function compressedCopy() {
	const site = mkdtempSync(join(tmpdir(), 'unknot-bench-'));
	cpSync('build', site, { recursive: true });
	const walk = (dir) =>
		readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
	for (const file of walk(site).filter((path) => /\.(js|css|html|json|svg|webmanifest)$/.test(path))) {
		writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
	}
	return site;
}

/**
 * What the same scripts would weigh from a host that serves Brotli (most static hosts and CDNs do;
 * GitHub Pages serves gzip, which the measured figure is): each script's Brotli size at quality 11
 * plus the headers its gzipped response carried.
 */
function brotliTransferKb(scripts) {
	const bytes = scripts.reduce((sum, item) => {
		try {
			const body = readFileSync(join('build', new URL(item.url).pathname));
			const headers = item.transferSize - gzipSync(body, { level: 9 }).length;
			return sum + headers + brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
		} catch {
			return sum + item.transferSize;
		}
	}, 0);
	return bytes / 1000;
}

/** One Lighthouse run of `path`: the scores and metrics this bench reports. */
async function lighthouseOnce(path) {
	const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
	try {
		const result = await lighthouse(`${ORIGIN}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
		const { audits, categories } = result.lhr;
		// BENCH_LHR_DIR=dir keeps each run's whole report, to see what a figure is made of.
		if (process.env.BENCH_LHR_DIR) writeFileSync(join(process.env.BENCH_LHR_DIR, `${path.replaceAll('/', '_') || '_'}-${Date.now()}.json`), JSON.stringify(result.lhr));
		// The page's own scripts: not the service worker's precache fetches, which a first visit also
		// makes (in the background, after the page is up) and Lighthouse also lists.
		const scripts = audits['network-requests'].details.items.filter((item) => item.resourceType === 'Script' && (item.sessionTargetType ?? 'page') === 'page');
		return {
			performance: categories.performance.score * 100,
			accessibility: categories.accessibility.score * 100,
			bestPractices: categories['best-practices'].score * 100,
			seo: categories.seo.score * 100,
			fcpMs: audits['first-contentful-paint'].numericValue,
			lcpMs: audits['largest-contentful-paint'].numericValue,
			tbtMs: audits['total-blocking-time'].numericValue,
			cls: audits['cumulative-layout-shift'].numericValue,
			jsTransferredKb: scripts.reduce((sum, item) => sum + item.transferSize, 0) / 1000,
			jsTransferredBrotliKb: brotliTransferKb(scripts),
			jsRequests: scripts.length,
			// Lighthouse's own measure of this machine's speed at the time (higher is faster). Simulated
			// throttling scales the tasks it saw by a fixed 4x, so on a slow or busy shared machine the
			// blocking time grows with it: read TBT beside this figure.
			benchmarkIndex: result.lhr.environment.benchmarkIndex
		};
	} finally {
		await chrome.kill();
	}
}

async function lighthouseMedian(path) {
	const runs = [];
	for (let i = 0; i < RUNS; i++) runs.push(await lighthouseOnce(path));
	const keys = Object.keys(runs[0]);
	return Object.fromEntries(keys.map((key) => [key, round(median(runs.map((run) => run[key])), key === 'cls' ? 3 : 1)]));
}

/** What the service worker precaches, from the manifest injected into it. */
function precache() {
	const worker = readFileSync('build/service-worker.js', 'utf8');
	const urls = [...new Set([...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]))];
	const bytes = urls.reduce((sum, url) => {
		const file = url === '/' ? 'index.html' : url.replace(/^\//, '');
		try {
			return sum + statSync(join('build', file)).size;
		} catch {
			return sum;
		}
	}, 0);
	return { files: urls.length, kb: round(bytes / 1000, 1) };
}

/** Offline start from the worker, and the heap while a routine runs (Playwright driving the same Chromium). */
async function inTheBrowser() {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
	try {
		const context = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
		const page = await context.newPage();
		await page.goto(`${ORIGIN}/`);
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		await page.reload();
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		await context.setOffline(true);
		const offlineStarts = [];
		for (let i = 0; i < RUNS; i++) {
			const fresh = await context.newPage();
			const started = Date.now();
			await fresh.goto(`${ORIGIN}/`);
			// Usable: the list is there and the phone's part has been read (the page is interactive).
			await fresh.locator('.home-top.loaded').waitFor({ state: 'attached' });
			offlineStarts.push(Date.now() - started);
			await fresh.close();
		}
		await context.setOffline(false);
		const player = await context.newPage();
		await player.goto(`${ORIGIN}${PAGES.routine}`);
		await player.getByRole('button', { name: 'Start' }).click();
		await player.getByRole('timer').waitFor();
		await sleep(5000);
		const cdp = await context.newCDPSession(player);
		await cdp.send('HeapProfiler.collectGarbage');
		await cdp.send('Performance.enable');
		const { metrics } = await cdp.send('Performance.getMetrics');
		const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
		return { offlineStartMs: round(median(offlineStarts)), heapWhilePlayingMb: round(heap / 1e6, 1) };
	} finally {
		await browser.close();
	}
}

const site = compressedCopy();
const server = await serveSite(site, PORT, ['--gzip']);
try {
	const report = {
		measuredAt: new Date().toISOString(),
		lighthouse: 'mobile preset, simulated throttling, median of ' + RUNS,
		library: await lighthouseMedian(PAGES.library),
		routine: await lighthouseMedian(PAGES.routine),
		precache: precache(),
		...(await inTheBrowser())
	};
	console.log(JSON.stringify(report, null, 2));
	if (OUT) writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
	const row = (name, value) => console.log(`${name.padEnd(34)} ${value}`);
	for (const page of ['library', 'routine']) {
		const r = report[page];
		row(`${page}: performance / a11y / bp / seo`, `${r.performance} / ${r.accessibility} / ${r.bestPractices} / ${r.seo}`);
		row(`${page}: FCP / LCP / TBT / CLS`, `${r.fcpMs} ms / ${r.lcpMs} ms / ${r.tbtMs} ms / ${r.cls}`);
		row(`${page}: JS transferred`, `${r.jsTransferredKb} kB in ${r.jsRequests} requests (Brotli: ${r.jsTransferredBrotliKb} kB)`);
		row(`${page}: machine (benchmarkIndex)`, `${r.benchmarkIndex}`);
	}
	row('precache', `${report.precache.kb} kB in ${report.precache.files} files`);
	row('offline start to usable library', `${report.offlineStartMs} ms`);
	row('JS heap while a routine plays', `${report.heapWhilePlayingMb} MB`);
} finally {
	server.kill();
	rmSync(site, { recursive: true, force: true });
}
