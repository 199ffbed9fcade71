// The manifest's screenshots (the richer install dialog on Android and desktop Chromium), taken from
// the real app: the built site served as a host would, in the dark theme the manifest's colours match.
// Run after `npm run build`; writes PNGs to static/screenshots/ (commit them, then build again so the
// manifest's files are in build/). One CSS pixel per pixel keeps each PNG small.
//
// Usage: node scripts/screenshots.js
import { spawn } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.SCREENSHOTS_PORT) || 4261;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const OUT = 'static/screenshots';

/** What each screenshot shows; the names and sizes are the manifest's (src/web-manifest.ts). */
const SHOTS = [
	{ file: 'library-narrow.png', viewport: { width: 540, height: 1200 }, path: '/' },
	{ file: 'player-narrow.png', viewport: { width: 540, height: 1200 }, path: '/routines/post-run-hip-reset', play: true },
	{ file: 'routine-wide.png', viewport: { width: 1280, height: 800 }, path: '/routines/post-run-hip-reset' }
];

const server = spawn('node_modules/.bin/sirv', ['build', '--single', '404.html', '--host', '127.0.0.1', '--port', String(PORT), '--quiet'], { stdio: 'ignore' });
try {
	for (let tries = 0; ; tries++) {
		try {
			await fetch(ORIGIN);
			break;
		} catch (error) {
			if (tries > 50) throw error;
			await sleep(100);
		}
	}
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
	mkdirSync(OUT, { recursive: true });
	for (const shot of SHOTS) {
		const context = await browser.newContext({ viewport: shot.viewport, deviceScaleFactor: 1, colorScheme: 'dark', serviceWorkers: 'block' });
		const page = await context.newPage();
		// No voice in a headless browser; the player must not wait for one.
		await page.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined }));
		await page.clock.install();
		await page.goto(`${ORIGIN}${shot.path}`);
		await page.getByRole('heading', { level: 1 }).first().waitFor();
		if (shot.play) {
			const start = page.getByRole('button', { name: 'Start' });
			await start.waitFor();
			// Start works only once the app runs in the page (the overview is prerendered).
			await page.waitForLoadState('networkidle');
			await start.click();
			await page.getByRole('timer').waitFor();
			await page.clock.fastForward(12_000);
		} else {
			await page.waitForLoadState('networkidle');
		}
		await page.clock.fastForward(500);
		await page.screenshot({ path: `${OUT}/${shot.file}` });
		console.log(`${OUT}/${shot.file}: ${(statSync(`${OUT}/${shot.file}`).size / 1024).toFixed(0)} KiB`);
		await context.close();
	}
	await browser.close();
} finally {
	server.kill();
}
