/**
 * The data-loss paths and blank screens found by probing (issue 7), each reproduced as a user or a
 * hostile tester would: a crash, two tabs, a full disk, a hand-edited record, a moved clock.
 */
import { type BrowserContext, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readStore, writeStore } from './helpers';
import { stubPlatform } from './stubs';

const T0 = new Date('2026-11-21T07:00:00Z').getTime();
const HIP_RESET = '/routines/post-run-hip-reset';
const COOL_DOWN = '/routines/post-run-cool-down';


/** Crashes the page's renderer (CDP `Page.crash`), as a phone killing the tab would. */
async function crash(context: BrowserContext, page: Page): Promise<void> {
	const cdp = await context.newCDPSession(page);
	const crashed = page.waitForEvent('crash');
	void cdp.send('Page.crash').catch(() => {});
	await crashed;
}

async function startAt(page: Page, url: string) {
	await page.goto(url);
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('timer')).toBeVisible();
}

const timer = (page: Page) => page.getByRole('timer');

test.describe('starting, crashing and two tabs', () => {
	test('a crash just after starting a second routine loses neither session', async ({ context, page }) => {
		await context.clock.install({ time: T0 });
		await startAt(page, HIP_RESET);
		await context.clock.fastForward(6000);
		await page.goto(COOL_DOWN);
		await expect(page.getByText('Post-run hip reset is still in progress.')).toBeVisible();
		await page.getByRole('button', { name: 'Start' }).click();
		await expect(timer(page)).toBeVisible();
		await context.clock.fastForward(2000);
		await expect.poll(async () => (await readStore(page, 'sessions')).length).toBe(1);
		await crash(context, page);

		const again = await context.newPage();
		await again.goto('/');
		await expect(again.getByText('Post-run cool-down is in progress.')).toBeVisible();
		await again.goto('/history');
		await expect(again.getByRole('listitem').filter({ hasText: 'Post-run hip reset' })).toContainText('Ended early');
		await again.goto(COOL_DOWN);
		await expect(again.getByRole('region', { name: 'Player: Post-run cool-down' })).toBeVisible();
		await expect(timer(again)).toBeVisible();
	});

	test('a crash mid-routine keeps the check-in given before Start, and files it with the session', async ({ context, page }) => {
		await context.clock.install({ time: T0 });
		await page.goto(HIP_RESET);
		await page.getByLabel('Sore spot').selectOption('Right glute');
		await page.getByRole('group', { name: 'How does Right glute feel right now?' }).getByRole('radio', { name: '6', exact: true }).check();
		await page.getByRole('button', { name: 'Start' }).click();
		await context.clock.fastForward(6000);
		await expect.poll(async () => ((await readStore(page, 'inProgress'))[0] as { checkIns?: unknown[] })?.checkIns).toMatchObject([
			{ spot: 'Right glute', moment: 'before', score: 6 }
		]);
		await crash(context, page);

		const again = await context.newPage();
		await again.goto(HIP_RESET);
		await expect(timer(again)).toBeVisible();
		await again.getByRole('button', { name: 'End session' }).click();
		await again.getByRole('button', { name: 'Yes, end and save' }).click();
		await expect(again.getByText('Saved to your history.')).toBeVisible();
		// The finish screen asks about the spot checked in before.
		await expect(again.getByRole('group', { name: 'Right glute now' })).toBeVisible();
		const [filed] = await readStore(again, 'sessions');
		expect(filed).toMatchObject({ checkIns: [{ spot: 'Right glute', moment: 'before', score: 6 }] });
	});

	test('a second tab says the routine plays elsewhere, takes it over, and only one tab records it', async ({ context, page }) => {
		await context.clock.install({ time: T0 });
		await page.goto(HIP_RESET);
		await context.clock.pauseAt(T0 + 60_000); // held still, so both tabs read exact times
		await page.getByRole('button', { name: 'Start' }).click();
		await context.clock.fastForward(20_000);
		await expect(timer(page)).toHaveText('0:50');

		const second = await context.newPage();
		await second.goto(HIP_RESET);
		await expect(second.getByRole('heading', { name: 'Playing in another tab' })).toBeVisible();
		await expect(timer(second)).toHaveCount(0);
		await second.getByRole('button', { name: 'Play it here instead' }).click();
		await expect(timer(second)).toHaveText('0:50');
		await expect(page.getByRole('heading', { name: 'Continued in another tab' })).toBeVisible();

		await second.getByRole('button', { name: 'End session' }).click();
		await second.getByRole('button', { name: 'Yes, end and save' }).click();
		await expect(second.getByRole('heading', { name: 'Session ended' })).toBeVisible();
		// The first tab, left open, runs past the routine's end: it must not record it again.
		for (let minute = 0; minute < 14; minute++) await context.clock.fastForward(60_000);
		const sessions = (await readStore(second, 'sessions')) as { status: string }[];
		expect(sessions.map((s) => s.status)).toEqual(['partial']);
		expect(await readStore(second, 'inProgress')).toEqual([]);
		await second.goto('/');
		await expect(second.getByRole('heading', { name: 'Routines' })).toBeVisible();
		await expect(second.getByText('is in progress.')).toHaveCount(0);
	});
});

test.describe('the finish screen', () => {
	test('Try again after a failed check-in save keeps the pain score and the note', async ({ page }) => {
		await page.clock.install({ time: T0 });
		await startAt(page, HIP_RESET);
		await page.clock.fastForward(30_000);
		await page.getByRole('button', { name: 'End session' }).click();
		await page.getByRole('button', { name: 'Yes, end and save' }).click();
		await expect(page.getByText('Saved to your history.')).toBeVisible();

		await page.evaluate(() => {
			const put = IDBObjectStore.prototype.put;
			(window as unknown as { __restorePut: () => void }).__restorePut = () => (IDBObjectStore.prototype.put = put);
			IDBObjectStore.prototype.put = () => {
				throw new DOMException('The disk is full', 'QuotaExceededError');
			};
		});
		await page.getByLabel('Sore spot').selectOption('Left hip');
		await page.getByRole('group', { name: 'Left hip now' }).getByRole('radio', { name: '6', exact: true }).check();
		await page.getByLabel(/Notes/).fill('Sharp at the bony point');
		await page.getByRole('button', { name: 'Save how it feels' }).click();
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('How it feels could not be saved; the session itself is in your history.');
		await expect(alert).toContainText('out of storage space');
		await expect(alert).not.toContainText('This session could not be saved');

		await page.evaluate(() => (window as unknown as { __restorePut: () => void }).__restorePut());
		await page.getByRole('button', { name: 'Try again' }).click();
		await expect(page.getByText('Saved, with how it feels.')).toBeVisible();
		await page.goto('/history');
		const entry = page.getByRole('listitem').filter({ hasText: 'Post-run hip reset' });
		await expect(entry).toContainText('Left hip: after 6');
		await expect(entry).toContainText('Sharp at the bony point');
	});

	test('warns before Start when the disk is full, and the routine still plays', async ({ context, page }) => {
		await context.addInitScript(() => {
			IDBObjectStore.prototype.put = () => {
				throw new DOMException('The disk is full', 'QuotaExceededError');
			};
		});
		await page.goto(HIP_RESET);
		await expect(page.getByRole('alert')).toContainText('This session will not be saved to your history: Your phone is out of storage space');
		await page.getByRole('button', { name: 'Start' }).click();
		await expect(timer(page)).toBeVisible();
	});
});

test.describe('malformed records', () => {
	test('a routine of your own that cannot be read says so on its page, rather than that it was deleted', async ({ page }) => {
		await page.goto('/');
		await writeStore(page, 'routines', [{ recordVersion: 1, updatedAt: 0, createdAt: 0, id: 'broken', routine: { id: 'broken', steps: 'none' } }]);
		await page.goto('/routines/broken');
		await expect(page.getByText('This routine is stored on this phone but could not be read')).toBeVisible();
		await page.goto('/routines/never-was');
		await expect(page.getByText('There is no routine at this address.')).toBeVisible();
	});

	test('a session in progress with no routine is reported on the library and can be discarded; screens still work', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Routines' })).toBeVisible();
		await writeStore(page, 'inProgress', [{ recordVersion: 1, sessionId: 'hand-edited', updatedAt: T0, options: {} }]);
		await page.reload();
		await expect(page.getByRole('heading', { name: 'Routines' })).toBeVisible();
		await expect(page.getByText('A routine in progress could not be read and was left untouched.')).toBeVisible();
		await page.goto(HIP_RESET);
		await expect(page.getByRole('heading', { level: 1, name: 'Post-run hip reset' })).toBeVisible();
		await page.goto('/routines/no-such-routine');
		await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
		await page.goto('/');
		expect(await readStore(page, 'inProgress')).toHaveLength(1); // reported, never deleted silently
		await page.getByRole('button', { name: 'Discard it' }).click();
		await expect(page.getByText('could not be read')).toHaveCount(0);
		expect(await readStore(page, 'inProgress')).toEqual([]);
	});

	test('a session in progress with a broken state leaves its routine page working', async ({ page }) => {
		await page.clock.install({ time: T0 });
		await startAt(page, HIP_RESET);
		await page.clock.fastForward(6000);
		const [record] = (await readStore(page, 'inProgress')) as Record<string, unknown>[];
		await writeStore(page, 'inProgress', [{ ...record, state: { ...(record!.state as object), spentMs: 'lots' } }]);
		await page.goto(HIP_RESET);
		await expect(page.getByRole('heading', { level: 1, name: 'Post-run hip reset' })).toBeVisible();
		await expect(page.getByText('A routine in progress could not be read')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
	});

	test('history shows every good session beside malformed ones, and says how many it could not read', async ({ page }) => {
		await page.clock.install({ time: T0 });
		await startAt(page, HIP_RESET);
		await page.clock.fastForward(10_000);
		await page.getByRole('button', { name: 'End session' }).click();
		await page.getByRole('button', { name: 'Yes, end and save' }).click();
		await expect(page.getByText('Saved to your history.')).toBeVisible();
		const [good] = (await readStore(page, 'sessions')) as Record<string, unknown>[];
		const noSteps: Record<string, unknown> = { ...good, id: 'no-steps' };
		delete noSteps.steps;
		await writeStore(page, 'sessions', [{ ...good, id: 'bad-date', startedAt: 'yesterday' }, noSteps]);
		await page.goto('/history');
		await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
		await expect(page.getByText('2 history entries could not be read and were left untouched.')).toBeVisible();
		await expect(page.getByRole('listitem').filter({ hasText: 'Post-run hip reset' })).toHaveCount(1);
		expect(await readStore(page, 'sessions')).toHaveLength(3);
	});
});

test.describe('odd addresses and taps', () => {
	test('an address cut short mid-escape shows the Not found page, not a blank one', async ({ page }) => {
		for (const address of ['/routines/%E0%A4%A', '/%', '/history%']) {
			await page.goto(address);
			await expect(page.getByRole('heading', { name: 'Not found' }), address).toBeVisible();
		}
	});

	test('two taps on Start in the same moment start one routine, here', async ({ page }) => {
		await page.goto(HIP_RESET);
		// Start is enabled once the app runs in the page (the overview is prerendered).
		await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
		await page.getByRole('button', { name: 'Start' }).evaluate((button: HTMLElement) => {
			button.click();
			button.click();
		});
		await expect(timer(page)).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Playing in another tab' })).toHaveCount(0);
	});
});

test.describe('an old tab, a newer database', () => {
	test('an upgrade blocked by an old tab says to close other tabs instead of a blank page', async ({ context, page }) => {
		// The old tab: the previous version's database, held open and never let go.
		await page.goto('/routine.schema.json');
		await page.evaluate(
			() =>
				new Promise<void>((resolve) => {
					const open = indexedDB.open('unknot', 2);
					open.onupgradeneeded = () => {
						open.result.createObjectStore('sessions', { keyPath: 'id' }).createIndex('by-started', 'startedAt');
						open.result.createObjectStore('settings', { keyPath: 'key' });
						open.result.createObjectStore('activeSession', { keyPath: 'key' });
					};
					open.onsuccess = () => {
						(window as unknown as { held: IDBDatabase }).held = open.result;
						resolve();
					};
				})
		);
		const fresh = await context.newPage();
		await fresh.goto('/');
		await expect(fresh.getByRole('heading', { name: 'Routines' })).toBeVisible();
		await expect(fresh.getByRole('alert')).toContainText('Close other Unknot tabs, then reload this page.');
		await fresh.goto('/history');
		await expect(fresh.getByRole('alert')).toContainText('Close other Unknot tabs');
	});

	test('a database written by a newer version says to reload, in words', async ({ page }) => {
		await page.goto('/routine.schema.json');
		await page.evaluate(
			() =>
				new Promise<void>((resolve) => {
					const open = indexedDB.open('unknot', 99);
					open.onsuccess = () => {
						open.result.close();
						resolve();
					};
				})
		);
		await page.goto('/history');
		await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
		await expect(page.getByRole('alert')).toHaveText('Unknot was updated in another tab. Reload this page to use the new version; nothing saved was lost.');
		await expect(page.getByText('VersionError')).toHaveCount(0);
	});
});

test.describe('one rule for time', () => {
	/** Starts the hip reset at a held instant and moves 30 s in: 20 s into the first hold, 0:40 left. */
	async function thirtySecondsIn(page: Page) {
		await stubPlatform(page.context());
		await page.clock.install({ time: T0 });
		await page.goto(HIP_RESET);
		await page.clock.pauseAt(T0 + 60_000);
		await page.getByRole('button', { name: 'Start' }).click();
		await page.clock.fastForward(30_000);
		await expect(timer(page)).toHaveText('0:40');
	}

	test('the device clock set back an hour neither rewinds the display nor loses the time exercised', async ({ page }) => {
		await thirtySecondsIn(page);
		await page.clock.setSystemTime(T0 + 60_000 + 30_000 - 3_600_000);
		await page.clock.fastForward(1000);
		await expect(timer(page)).toHaveText('0:39');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Foam-roll quads — left');
		await page.getByRole('button', { name: 'End session' }).click();
		await page.getByRole('button', { name: 'Yes, end and save' }).click();
		await expect(page.getByText('0 of 5 steps done in 0:31')).toBeVisible();
	});

	test('the device clock moved a day forward does not finish the routine', async ({ page }) => {
		await thirtySecondsIn(page);
		await page.clock.setSystemTime(T0 + 60_000 + 30_000 + 86_400_000);
		await page.clock.fastForward(1000);
		await expect(timer(page)).toHaveText('0:39');
		await expect(page.getByRole('heading', { name: 'Routine complete' })).toHaveCount(0);
	});

	test('a page that gets no frames for 30 minutes comes back paused at its last checkpoint, as a reload does', async ({ page }) => {
		await thirtySecondsIn(page);
		// One jump with no frames in between: the page was frozen (or the phone asleep).
		await page.clock.fastForward('30:00');
		await expect(page.getByText('Welcome back. Your routine is paused where you left it.')).toBeVisible();
		await expect(timer(page)).toHaveText('0:40');
		await expect(page.getByRole('heading', { name: 'Routine complete' })).toHaveCount(0);
		await page.reload();
		await expect(timer(page)).toHaveText('0:40');
		await page.getByRole('button', { name: 'Resume' }).click();
		await page.clock.fastForward(2000);
		await expect(timer(page)).toHaveText('0:38');
	});
});
