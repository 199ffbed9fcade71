/**
 * Taking the data along (issue 12): run a routine and check in, export the history as CSV and read it
 * back, export a backup, restore it on a "new phone" (a fresh browser profile) and see the same
 * history, restore it again and see nothing doubled, be refused on a truncated file with nothing
 * changed, and delete everything behind a typed confirmation. Web Share is absent in headless
 * Chromium, so the files come as downloads.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, type Download, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import Papa from 'papaparse';
import { BASE_URL } from './chromium';
import { BACKUP_VERSION } from '../src/lib/core/backup';
import { QUICK, readStore, storeQuickRoutine, storeSettings } from './helpers';
import { stubPlatform } from './stubs';

const CONTEXT = { timezoneId: 'Europe/London', locale: 'en-GB' } as const;
test.use(CONTEXT);

// Saturday 21 November 2026, 17:00 in London (UTC in winter).
const T0 = Date.parse('2026-11-21T17:00:00Z');


const STORES = ['sessions', 'routines', 'routineContents', 'settings', 'inProgress', 'drafts', 'planEntries', 'runDays'] as const;

/** Every store's records, as text: what "nothing changed" compares. */
async function dump(page: Page): Promise<string> {
	return JSON.stringify(await Promise.all(STORES.map((store) => readStore(page, store))));
}

const scale = (page: Page, name: string | RegExp) => page.getByRole('group', { name });

/** Runs the quick routine with a check-in before (5) and after (3) for the left hip. */
async function runAndCheckIn(page: Page) {
	await stubPlatform(page.context());
	await page.clock.install({ time: T0 });
	await storeSettings(page, { readInstructions: false });
	await storeQuickRoutine(page);
	await page.goto(`/routines/${QUICK.id}`);
	await page.getByLabel('Sore spot').selectOption('Left hip');
	await scale(page, 'How does Left hip feel right now?').getByRole('radio', { name: '5', exact: true }).check();
	await page.getByRole('button', { name: 'Start' }).click();
	await page.clock.fastForward(7000);
	await expect(page.getByRole('heading', { name: 'Routine complete' })).toBeVisible();
	await scale(page, 'Left hip now').getByRole('radio', { name: '3', exact: true }).check();
	await page.getByRole('button', { name: 'Save how it feels' }).click();
	await expect(page.getByText('Saved, with how it feels.')).toBeVisible();
}

/** Clicks a button that hands over a file, and returns the download with its text. */
async function downloadFrom(page: Page, button: string): Promise<{ download: Download; text: string }> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
	return { download, text: await readFile(await download.path(), 'utf8') };
}

/** A new phone: a fresh profile (empty IndexedDB) with the same zone, language and screen. */
async function newPhone(browser: Browser, at: number): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({
		...CONTEXT,
		baseURL: BASE_URL,
		viewport: { width: 360, height: 640 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true
	});
	await context.clock.install({ time: at });
	return { context, page: await context.newPage() };
}

/** Chooses a file on the restore screen, as the file picker would hand it over. */
async function chooseBackup(page: Page, buffer: Buffer, name = 'unknot-backup-2026-11-21.json') {
	await page.goto('/import');
	await expect(page.getByRole('heading', { level: 1, name: 'Restore a backup' })).toBeVisible();
	await page.getByLabel('Choose a file').setInputFiles({ name, mimeType: 'application/json', buffer });
}

/** The history as a user reads it: each session's title, facts and scores. */
async function historyText(page: Page): Promise<string[]> {
	await page.goto('/history');
	await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
	const sessions = page.getByRole('region', { name: 'Sessions' }).last().getByRole('listitem');
	await expect(sessions.first()).toBeVisible();
	return (await sessions.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

test('exports the history as CSV and a backup that restores on a new phone, once, refuses a truncated copy, and deletes everything when asked', async ({
	page,
	browser
}) => {
	await runAndCheckIn(page);

	// Settings: nothing backed up yet; the CSV reads back with the routine and the scores.
	await page.goto('/settings');
	const yourData = page.getByRole('region', { name: 'Your data' });
	await expect(yourData.getByText('No backup yet.')).toBeVisible();
	const csv = await downloadFrom(page, 'Export history (CSV)');
	expect(csv.download.suggestedFilename()).toBe('unknot-history-2026-11-21.csv');
	await expect(yourData.getByRole('status').first()).toHaveText('Saved unknot-history-2026-11-21.csv to your downloads: 1 session.');
	expect(csv.text.charCodeAt(0)).toBe(0xfeff);
	const parsed = Papa.parse<Record<string, string>>(csv.text, { header: true });
	expect(parsed.errors).toEqual([]);
	expect(parsed.data).toHaveLength(1);
	expect(parsed.data[0]).toMatchObject({
		Routine: 'Quick release',
		'Routine ID': 'quick-release',
		Status: 'completed',
		Logged: 'in the app',
		'Steps done': '2',
		'Left hip before': '5',
		'Left hip after': '3',
		'Left hip next day': ''
	});
	expect(parsed.data[0]?.Started).toMatch(/^2026-11-21T17:00:\d\d\+00:00$/);

	// The backup: named for the day, pointing at its schema, and noted as the last backup.
	const backup = await downloadFrom(page, 'Export a backup');
	expect(backup.download.suggestedFilename()).toBe('unknot-backup-2026-11-21.json');
	await expect(yourData.getByText('Last backup: 21 November 2026.')).toBeVisible();
	await expect(yourData.getByRole('status').first()).toHaveText(
		/^Saved unknot-backup-2026-11-21\.json to your downloads: 1 session, 1 routine of your own, \d+ settings?\.$/
	);
	const file = JSON.parse(backup.text);
	expect(file).toMatchObject({ $schema: `${BASE_URL}/backup.schema.json`, format: 'unknot-backup', version: BACKUP_VERSION });
	expect(file.sessions).toHaveLength(1);
	const schema = await page.evaluate(async () => (await fetch('/backup.schema.json')).json());
	expect(schema.title).toBe(`Unknot backup, format version ${BACKUP_VERSION}`);

	const history = await historyText(page);
	expect(history).toEqual([expect.stringMatching(/^Quick release .*Completed.*2 of 2 steps done.*Left hip: before 5 · after 3$/)]);
	const storedSessions = await readStore(page, 'sessions');
	const buffer = Buffer.from(backup.text, 'utf8');

	// A new phone: the backup shows what it holds, restores, and the history reads the same.
	const phone = await newPhone(browser, T0 + 3_600_000);
	try {
		const other = phone.page;
		await chooseBackup(other, buffer);
		const holds = other.getByRole('region', { name: 'This backup holds' });
		await expect(holds.getByRole('listitem')).toHaveText(['1 session, from 21 November 2026 to 21 November 2026', '1 routine of your own', /\d+ settings?/]);
		await other.getByRole('button', { name: 'Restore' }).click();
		await expect(other.getByRole('region', { name: 'Restored' })).toContainText('Sessions: 1 added, 0 updated, 0 already here.');
		expect(await historyText(other)).toEqual(history);
		expect(await readStore(other, 'sessions')).toEqual(storedSessions);
		// The user's own routine came along: it opens on the new phone.
		await other.goto(`/routines/${QUICK.id}`);
		await expect(other.getByRole('heading', { level: 1, name: 'Quick release' })).toBeVisible();

		// The same backup again: nothing added, nothing doubled.
		await chooseBackup(other, buffer);
		await other.getByRole('button', { name: 'Restore' }).click();
		await expect(other.getByRole('region', { name: 'Restored' })).toContainText('Sessions: 0 added, 0 updated, 1 already here.');
		expect(await historyText(other)).toEqual(history);
		expect(await readStore(other, 'sessions')).toHaveLength(1);

		// A copy cut short in sending: refused, saying why, and nothing stored changes.
		const before = await dump(other);
		await chooseBackup(other, buffer.subarray(0, buffer.length - 200));
		await expect(other.getByRole('alert')).toHaveText(
			'This file is not a complete backup: it may have been cut short while it was saved or sent. Export the backup again. Nothing stored on this phone was changed.'
		);
		await expect(other.getByRole('button', { name: 'Restore' })).toHaveCount(0);
		expect(await dump(other)).toBe(before);

		// Delete all my data: only once DELETE is typed, and then the history is empty.
		await other.goto('/settings');
		const remove = other.getByRole('button', { name: 'Delete all my data' });
		await expect(remove).toBeDisabled();
		await other.getByLabel('Type DELETE to confirm').fill('DELETE');
		await expect(remove).toBeEnabled();
		await remove.click();
		await expect(other.getByText('All your data on this phone was deleted: your history, your routines and your settings.')).toBeVisible();
		await expect(other.getByLabel('Type DELETE to confirm')).toHaveValue('');
		await other.goto('/history');
		await expect(other.getByText('No sessions yet.')).toBeVisible();
		for (const store of STORES) expect(await readStore(other, store), store).toEqual([]);
	} finally {
		await phone.context.close();
	}
	// The first phone kept its own history all along.
	expect(await readStore(page, 'sessions')).toEqual(storedSessions);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`Settings and the restore screen have no accessibility violations in the ${colorScheme} theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.clock.install({ time: T0 });
		const violations = async () =>
			(await new AxeBuilder({ page }).setLegacyMode(true).analyze()).violations.map(
				(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
			);

		await page.goto('/settings');
		await expect(page.getByText(/Unknot takes about|does not say how much/)).toBeVisible();
		await page.getByLabel('Type DELETE to confirm').fill('DELETE');
		expect(await violations()).toEqual([]);

		await page.goto('/import');
		await expect(page.getByRole('heading', { level: 1, name: 'Restore a backup' })).toBeVisible();
		expect(await violations()).toEqual([]);
		await page.getByLabel('Choose a file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
		await expect(page.getByRole('alert')).toContainText('This file is not an Unknot backup.');
		expect(await violations()).toEqual([]);
	});
}
