/**
 * A routine interrupted at any instant comes back by the one rule for time, and is recorded exactly
 * once (issue 16). A six-second routine of the user's own is crashed (CDP `Page.crash`) and, apart,
 * the browser closed, at 20 seeded instants across it, plus just after the finish screen appears and
 * between the last second's end and the record being written. The moved device clock and a page
 * given no frames for 30 minutes are in lose-nothing.spec.ts ("one rule for time"), the update
 * arriving mid-routine in update.spec.ts. (CDP `Page.setWebLifecycleState` frozen on a visible page
 * fires no `freeze` event here, so a frame-less clock jump stands in for the frozen page.)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BASE_URL, launchOptions } from './chromium';
import { QUICK, readStore, storeQuickRoutine } from './helpers';
import { stubPlatform } from './stubs';

const T0 = new Date('2026-11-22T07:00:00Z').getTime();
const ROUTINE = `/routines/${QUICK.id}`;
const STEP_MS = 3000;
const SEED = 16;

/** 20 instants (ms after Start) spread over the routine, from a fixed seed: the same on every run. */
function seededInstants(count = 20, seed = SEED): number[] {
	let state = seed;
	const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
	// One instant in each twentieth of the six seconds, at a seeded place within it.
	return Array.from({ length: count }, (_, i) => Math.round(((i + next()) * 2 * STEP_MS) / count));
}

/** What the player shows `ms` after Start by the time rule: the step's name and its time left, m:ss. */
function expectedAt(ms: number): { step: string; left: string } {
	const index = ms < STEP_MS ? 0 : 1;
	const left = Math.ceil(((index + 1) * STEP_MS - ms) / 1000);
	return { step: QUICK.steps[index]!.name, left: `0:0${left}` };
}

/** Starts the quick routine at a held instant and returns that instant. */
async function startHeld(page: Page): Promise<number> {
	await page.goto(ROUTINE);
	const start = (await page.evaluate(() => Date.now())) + 1000;
	await page.clock.pauseAt(start);
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('timer')).toBeVisible();
	// Started means stored: a crash in the moment before the first write (real milliseconds, which
	// the held clock cannot see) would find no routine to bring back.
	await expect.poll(async () => (await readStore(page, 'inProgress')).length).toBe(1);
	return start;
}

/** Crashes the page's renderer, as a phone killing the tab would, and closes the dead tab. */
async function crash(context: BrowserContext, page: Page): Promise<void> {
	const cdp = await context.newCDPSession(page);
	const crashed = page.waitForEvent('crash');
	void cdp.send('Page.crash').catch(() => {});
	await crashed;
	// The context's fake clock drives every page it has: a crashed one would fail it.
	await page.close();
}

/**
 * On the reopened routine page: where the time rule says (while the routine runs), then on to its
 * finish, and exactly `recorded` sessions in the history with none left in progress.
 */
async function comesBackAndRecordsOnce(page: Page, start: number, recorded: number) {
	await page.goto(ROUTINE);
	const ms = (await page.evaluate(() => Date.now())) - start;
	if (ms < 2 * STEP_MS) {
		const { step, left } = expectedAt(ms);
		await expect(page.getByRole('timer'), `${ms} ms after Start`).toHaveText(left);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(step);
		await page.clock.fastForward(2 * STEP_MS - ms + 500);
	}
	// The held clock gives the page frames only as it moves: move it a little at each look, so the
	// page (hydrated after the moves above, or past its end already) gets the frame that files it.
	await expect
		.poll(
			async () => {
				await page.clock.fastForward(100);
				return (await readStore(page, 'sessions')).length;
			},
			{ message: `recorded once (${ms} ms)` }
		)
		.toBe(recorded);
	expect(await readStore(page, 'inProgress')).toEqual([]);
}

test.describe('interrupted at any instant, a routine comes back by the time rule and is recorded once', () => {
	test(`a crashed page, at 20 instants (seed ${SEED}), just after the finish screen, and before the record is written`, async ({ context, page }) => {
		test.setTimeout(120_000);
		await stubPlatform(context);
		await context.clock.install({ time: T0 });
		await page.goto('/');
		await storeQuickRoutine(page);
		let recorded = 0;
		for (const instant of seededInstants()) {
			const start = await startHeld(page);
			await page.clock.fastForward(instant);
			await crash(context, page);
			page = await context.newPage();
			await comesBackAndRecordsOnce(page, start, ++recorded);
		}
		// Just after the finish screen appears (the record may or may not be written yet).
		let start = await startHeld(page);
		await page.clock.fastForward(2 * STEP_MS + 100);
		await expect(page.getByRole('heading', { name: 'Routine complete' })).toBeVisible();
		await crash(context, page);
		page = await context.newPage();
		await comesBackAndRecordsOnce(page, start, ++recorded);
		// Past the last second with no frame since: the routine has run out, nothing has written it.
		start = await startHeld(page);
		await page.clock.fastForward(2 * STEP_MS - 200);
		await page.clock.setSystemTime(start + 2 * STEP_MS + 300);
		await crash(context, page);
		page = await context.newPage();
		await comesBackAndRecordsOnce(page, start, ++recorded);
		const sessions = (await readStore(page, 'sessions')) as { status: string }[];
		expect(sessions.map((session) => session.status)).toEqual(Array(recorded).fill('completed'));
	});

	test(`a closed browser, at 20 instants (seed ${SEED + 1})`, async () => {
		test.setTimeout(180_000);
		const profile = await mkdtemp(join(tmpdir(), 'unknot-interrupted-'));
		const open = async (time: number) => {
			const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL: BASE_URL, viewport: { width: 360, height: 640 } });
			await stubPlatform(context);
			await context.clock.install({ time });
			return { context, page: context.pages()[0] ?? (await context.newPage()) };
		};
		try {
			let { context, page } = await open(T0);
			await page.goto('/');
			await storeQuickRoutine(page);
			let recorded = 0;
			for (const instant of seededInstants(20, SEED + 1)) {
				const start = await startHeld(page);
				await page.clock.fastForward(instant);
				const closedAt = await page.evaluate(() => Date.now());
				await context.close();
				({ context, page } = await open(closedAt));
				// Reopened a second later (the new browser's clock starts running at `closedAt`; it is held
				// again ahead of itself, as pauseAt cannot go back).
				await page.clock.pauseAt(closedAt + 1000);
				await comesBackAndRecordsOnce(page, start, ++recorded);
			}
			await context.close();
		} finally {
			await rm(profile, { recursive: true, force: true });
		}
	});
});
