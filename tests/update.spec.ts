/**
 * A new version while a routine plays: the routine carries on untouched (its timer keeps counting, the
 * page never reloads), "Update" is offered only once it has finished, and taking it reloads into the
 * new version with every record kept. The new version is the served build with one byte of its
 * service worker changed (same length, so the static server's cached file size stays true), put back
 * afterwards.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { QUICK, readStore, runToEnd, storeQuickRoutine, storeSettings, waitForOfflineReady } from './helpers';

const WORKER = 'build/service-worker.js';
const T0 = Date.parse('2026-03-02T09:00:00Z');
const PROMPT = 'A new version of Unknot is ready.';

/** The worker with one precache revision digit changed: a new version to the browser. */
function changedWorker(original: string): string {
	return original.replace(/"revision":"([0-9a-f])/, (_, digit: string) => `"revision":"${digit === '0' ? '1' : '0'}`);
}

test('a new version waits for the routine to finish, then updates on the user’s word, keeping every record', async ({ page }) => {
	const original = readFileSync(WORKER, 'utf8');
	try {
		await page.goto('/');
		await waitForOfflineReady(page);
		await storeSettings(page, { readInstructions: false, volume: 0.4 });
		await storeQuickRoutine(page);
		const settings = await readStore(page, 'settings');
		await page.clock.install({ time: T0 });
		await page.goto(`/routines/${QUICK.id}`);
		await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
		// Held still while the browser fetches the new worker, so the six-second routine waits for it.
		await page.clock.pauseAt(T0 + 60_000);
		await page.getByRole('button', { name: 'Start' }).click();
		await page.clock.fastForward(20);
		const timer = page.getByRole('timer');
		await expect(timer).toBeVisible();
		const before = await timer.textContent();
		// Marks this document: a reload would lose the mark.
		await page.evaluate(() => ((window as unknown as { unreloaded: boolean }).unreloaded = true));

		writeFileSync(WORKER, changedWorker(original));
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting), { timeout: 20_000 }).toBe(true);

		// The routine carries on: the timer counts, no prompt, no reload.
		await page.clock.fastForward(1000);
		await expect(timer).not.toHaveText(before ?? '');
		await expect(page.getByText(PROMPT)).toHaveCount(0);
		expect(await page.evaluate(() => (window as unknown as { unreloaded?: boolean }).unreloaded)).toBe(true);

		await runToEnd(page);
		await expect(page.getByText(PROMPT)).toBeVisible();
		expect(await page.evaluate(() => (window as unknown as { unreloaded?: boolean }).unreloaded)).toBe(true);
		const sessions = await readStore(page, 'sessions');
		expect(sessions).toHaveLength(1);

		await page.clock.resume();
		const reloaded = page.waitForEvent('load');
		const update = page.getByRole('button', { name: 'Update' });
		expect((await update.boundingBox())?.height).toBeGreaterThanOrEqual(48);
		await update.click();
		await reloaded;
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await page.evaluate(() => (window as unknown as { unreloaded?: boolean }).unreloaded)).toBeUndefined();
		await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(false);
		await expect(page.getByText(PROMPT)).toHaveCount(0);
		expect(await readStore(page, 'sessions')).toEqual(sessions);
		expect(await readStore(page, 'routines')).toHaveLength(1);
		// The ones set before the routine (the app adds its own after a first session).
		expect(await readStore(page, 'settings')).toEqual(expect.arrayContaining(settings));
	} finally {
		writeFileSync(WORKER, original);
	}
});
