/**
 * A new version while a routine plays: the routine carries on untouched, "Update" is offered only
 * once it has finished, and taking it reloads into the new version with every record kept. The new
 * version is the served build with one byte of its service worker changed (same length, so the
 * static server's cached file size stays true), put back afterwards.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { readStore, storeQuickRoutine, waitForOfflineReady } from './helpers';

const WORKER = 'build/service-worker.js';

/** The worker with one precache revision digit changed: a new version to the browser. */
function changedWorker(original: string): string {
	return original.replace(/"revision":"([0-9a-f])/, (_, digit: string) => `"revision":"${digit === '0' ? '1' : '0'}`);
}

test('a new version waits for the routine to finish, then updates on the user’s word, keeping every record', async ({ page }) => {
	const original = readFileSync(WORKER, 'utf8');
	try {
		await page.goto('/');
		await waitForOfflineReady(page);
		await storeQuickRoutine(page);
		await page.clock.install();
		await page.goto('/routines/post-run-hip-reset');
		await page.getByRole('button', { name: 'Start' }).click();
		await expect(page.getByRole('timer')).toBeVisible();

		writeFileSync(WORKER, changedWorker(original));
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting), { timeout: 20_000 }).toBe(true);

		// The routine carries on: no prompt, no reload, the clock still runs it.
		await page.clock.fastForward(3000);
		await expect(page.getByRole('timer')).toBeVisible();
		await expect(page.getByText('A new version of Unknot is ready.')).toHaveCount(0);

		await page.getByRole('button', { name: 'End session' }).click();
		await page.getByRole('button', { name: 'Yes, end and save' }).click();
		await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();
		await expect(page.getByText('A new version of Unknot is ready.')).toBeVisible();
		const sessions = await readStore(page, 'sessions');
		expect(sessions).toHaveLength(1);

		const reloaded = page.waitForEvent('load');
		await page.getByRole('button', { name: 'Update' }).click();
		await reloaded;
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(false);
		await expect(page.getByText('A new version of Unknot is ready.')).toHaveCount(0);
		expect(await readStore(page, 'sessions')).toEqual(sessions);
		expect(await readStore(page, 'routines')).toHaveLength(1);
	} finally {
		writeFileSync(WORKER, original);
	}
});
