// Ten years of history in a real Chromium profile (issue 16): 10,000 sessions with 30,000 check-ins,
// restored from a backup into an empty profile through the restore screen (with its progress bar),
// then the history screen opened (list, calendar and pain chart drawn), the history exported as CSV
// and as a backup, and the database's size on disk. Figures only, printed as JSON and a table; the
// budgets (each step under a second, the restore under five) are read by people, never by a timed test.
//
// Usage: node scripts/bench-scale.js [--sessions 10000] (after `npm run build`; `npm run bench` does)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { serveSite } from './serve-site.js';

const args = process.argv.slice(2);
const at = args.indexOf('--sessions');
const SESSIONS = at >= 0 ? Number(args[at + 1]) : 10_000;
const PORT = Number(process.env.BENCH_SCALE_PORT) || 4263;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const DAY = 86_400_000;
const BUDGET_MS = { restore: 5000, history: 1000, csv: 1000, backup: 1000 };

/** A backup of `count` sessions over the ten years before now, each with three check-ins, built from the frozen v1 fixture. */
function bigBackup(count) {
	const fixture = JSON.parse(readFileSync('src/lib/core/testing/backup-v1.json', 'utf8'));
	const template = fixture.sessions[0];
	const now = Date.now();
	const spots = ['Left hip', 'Right glute', 'Left calf/soleus'];
	const sessions = Array.from({ length: count }, (_, i) => {
		const startedAt = now - Math.round(((count - i) * 3650 * DAY) / count);
		const endedAt = startedAt + 420_000;
		const spot = spots[i % spots.length];
		return {
			...template,
			id: `bench-${String(i).padStart(6, '0')}-0000-4000-8000-000000000000`.slice(0, 36),
			startedAt,
			endedAt,
			updatedAt: endedAt + DAY,
			notes: i % 7 === 0 ? `Session ${i}, "quoted", with a comma` : undefined,
			checkIns: [
				{ spot, moment: 'before', score: (i * 7) % 11, at: startedAt },
				{ spot, moment: 'after', score: (i * 5) % 11, at: endedAt },
				{ spot, moment: 'next-day', score: (i * 3) % 11, at: endedAt + DAY }
			]
		};
	});
	return { ...fixture, exportedAt: new Date(now).toISOString(), sessions };
}

/** Milliseconds `action` takes to make `done` true. */
async function timed(action, done) {
	const started = performance.now();
	await action();
	await done();
	return Math.round(performance.now() - started);
}

const site = await serveSite('build', PORT);
const profile = mkdtempSync(join(tmpdir(), 'unknot-scale-'));
const file = join(profile, '..', `unknot-scale-backup-${process.pid}.json`);
try {
	const backup = bigBackup(SESSIONS);
	writeFileSync(file, JSON.stringify(backup));
	const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ['--no-sandbox'], baseURL: ORIGIN, viewport: { width: 360, height: 640 }, acceptDownloads: true });
	const page = context.pages()[0] ?? (await context.newPage());
	await page.goto('/import');
	await page.getByRole('heading', { level: 1, name: 'Restore a backup' }).waitFor();
	await page.getByLabel('Choose a file').setInputFiles(file);
	await page.getByRole('button', { name: 'Restore' }).waitFor({ timeout: 60_000 });
	let progressShown = false;
	const restoreMs = await timed(
		() => page.getByRole('button', { name: 'Restore' }).click(),
		async () => {
			progressShown = await page
				.getByRole('progressbar', { name: 'Restoring' })
				.waitFor({ timeout: 2000 })
				.then(() => true, () => false);
			await page.getByRole('region', { name: 'Restored' }).waitFor({ timeout: 120_000 });
		}
	);
	const restored = (await page.getByRole('region', { name: 'Restored' }).innerText()).replace(/\s+/g, ' ');

	const historyMs = await timed(
		() => page.goto('/history'),
		async () => {
			await page.getByRole('region', { name: 'Sessions' }).getByRole('listitem').first().waitFor({ timeout: 60_000 });
			await page.getByRole('region', { name: 'Calendar' }).waitFor({ timeout: 60_000 });
			await page.getByRole('region', { name: 'How your sore spots felt' }).locator('svg').first().waitFor({ timeout: 60_000 });
		}
	);

	await page.goto('/settings');
	const yourData = page.getByRole('region', { name: 'Your data' });
	await yourData.waitFor();
	const exportMs = async (name) => {
		const download = page.waitForEvent('download', { timeout: 60_000 });
		const ms = await timed(() => yourData.getByRole('button', { name }).click(), () => download);
		const path = await (await download).path();
		return { ms, kb: path ? Math.round(readFileSync(path).length / 1000) : null };
	};
	const csv = await exportMs('Export history (CSV)');
	const exported = await exportMs('Export a backup');
	const { usage } = await page.evaluate(() => navigator.storage.estimate());
	await context.close();

	const report = {
		measuredAt: new Date().toISOString(),
		sessions: SESSIONS,
		checkIns: SESSIONS * 3,
		backupFileKb: Math.round(readFileSync(file).length / 1000),
		restoreMs,
		restoreProgressShown: progressShown,
		restored,
		historyOpenMs: historyMs,
		csvExportMs: csv.ms,
		csvKb: csv.kb,
		backupExportMs: exported.ms,
		backupKb: exported.kb,
		storageUsageMb: Math.round((usage ?? 0) / 1e5) / 10
	};
	console.log(JSON.stringify(report, null, 2));
	const row = (name, value, budget) => console.log(`${name.padEnd(36)} ${String(value).padStart(8)}${budget ? `  (budget ${budget} ms${value > budget ? ', OVER' : ''})` : ''}`);
	row(`restore ${SESSIONS} sessions (ms)`, restoreMs, BUDGET_MS.restore);
	row('open history: list, calendar, chart (ms)', historyMs, BUDGET_MS.history);
	row('export CSV (ms)', csv.ms, BUDGET_MS.csv);
	row('export backup (ms)', exported.ms, BUDGET_MS.backup);
	row('storage used (MB)', report.storageUsageMb);
} finally {
	site.kill();
	rmSync(profile, { recursive: true, force: true });
	rmSync(file, { force: true });
}
