import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { buildSessionRecord } from '../src/lib/core/testing/records';
import { growText, QUICK, readStore, storeQuickRoutine, storeSettings, writeStore } from './helpers';
import { stubPlatform } from './stubs';

// Saturday 21 November 2026, 17:00 in London (UTC in winter).
const T0 = Date.parse('2026-11-21T17:00:00Z');
const NEXT_MORNING = Date.parse('2026-11-22T08:00:00Z');
test.use({ timezoneId: 'Europe/London' });

/** A session as the app files it, for seeding the history (the unit tests' one builder). */
const session = (id: string, startedAt: number, extra: Partial<ReturnType<typeof buildSessionRecord>> = {}) =>
	buildSessionRecord(id, startedAt, extra);

async function openWithQuickRoutine(page: Page) {
	await stubPlatform(page.context());
	await page.clock.install({ time: T0 });
	await storeSettings(page, { readInstructions: false });
	await storeQuickRoutine(page);
}

const scale = (page: Page, name: string | RegExp) => page.getByRole('group', { name });

/** Makes every IndexedDB write fail as a full disk would, until `restore` is called. */
async function fillTheDisk(page: Page) {
	await page.evaluate(() => {
		const put = IDBObjectStore.prototype.put;
		(window as unknown as { __restorePut: () => void }).__restorePut = () => (IDBObjectStore.prototype.put = put);
		IDBObjectStore.prototype.put = () => {
			throw new DOMException('The disk is full', 'QuotaExceededError');
		};
	});
	return () => page.evaluate(() => (window as unknown as { __restorePut: () => void }).__restorePut());
}

test.describe('check-ins before, after and the next day', () => {
	test('checks in before and after a session, answers the next-day card the morning after, and sees all three in the history', async ({
		page
	}) => {
		await openWithQuickRoutine(page);
		await page.goto(`/routines/${QUICK.id}`);
		// Before: optional, one tap once the spot is chosen, and never in the way of Start.
		await expect(scale(page, 'Choose the spot, then tap a score').getByRole('radio').first()).toBeDisabled();
		await page.getByLabel('Sore spot').selectOption('Left hip');
		await scale(page, 'How does Left hip feel right now?').getByRole('radio', { name: '5', exact: true }).check();
		await expect(page.getByText('Noted: Left hip 5/10.')).toBeVisible();
		await page.getByRole('button', { name: 'Start' }).click();
		await page.clock.fastForward(7000);
		await expect(page.getByRole('heading', { name: 'Routine complete' })).toBeVisible();

		// After: the spot checked in before is asked about again.
		await scale(page, 'Left hip now').getByRole('radio', { name: '3', exact: true }).check();
		await page.getByRole('button', { name: 'Save how it feels' }).click();
		await expect(page.getByText('Saved, with how it feels.')).toBeVisible();

		// The same evening there is no next-day card.
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'The day after' })).toHaveCount(0);

		// The next morning there is, inline, and one tap answers it.
		await page.clock.setSystemTime(NEXT_MORNING);
		await page.reload();
		const card = page.getByRole('region', { name: 'The day after' });
		await expect(card).toBeVisible();
		await card.getByRole('group', { name: 'How does left hip feel today?' }).getByRole('radio', { name: '2', exact: true }).click(); // a tap answers at once, and the question gives way to what was saved
		await expect(card.getByRole('status')).toHaveText('Saved: left hip 2/10 today (3 after the session).');
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'The day after' })).toHaveCount(0);

		await page.goto('/history');
		const yesterday = page.getByRole('region', { name: 'Yesterday' });
		await expect(yesterday.getByRole('listitem')).toContainText('Left hip: before 5 · after 3 · next day 2');
		// The spot is remembered: the next session's before check-in asks about it at once.
		await page.goto(`/routines/${QUICK.id}`);
		await expect(scale(page, 'How does Left hip feel right now?')).toBeVisible();
	});

	test('the next-day card can be dismissed, and is gone 72 hours after the session', async ({ page }) => {
		await page.clock.install({ time: NEXT_MORNING });
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
		const ended = T0 + 600_000;
		await writeStore(page, 'sessions', [
			session('s1', T0, {
				checkIns: [
					{ spot: 'Right calf/soleus', moment: 'after', score: 4, at: ended },
					{ spot: 'Lower back', moment: 'after', score: 2, at: ended }
				]
			})
		]);
		await page.reload();
		const card = page.getByRole('region', { name: 'The day after' });
		await expect(card.getByRole('group')).toHaveCount(2);
		await card.getByRole('button', { name: 'Not now (lower back)' }).click();
		await expect(card.getByRole('group')).toHaveCount(1);
		await page.reload();
		await expect(card.getByRole('group', { name: 'How does right calf/soleus feel today?' })).toBeVisible();
		await expect(card.getByRole('group')).toHaveCount(1);
		await page.clock.setSystemTime(ended + 72 * 3_600_000);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
		await expect(card).toHaveCount(0);
	});
});

test.describe('the history', () => {
	test('opens a session to edit its scores and note, and deletes it with undo', async ({ page }) => {
		await page.clock.install({ time: NEXT_MORNING });
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
		await writeStore(page, 'sessions', [
			session('s1', T0, { checkIns: [{ spot: 'Left hip', moment: 'after', score: 3, at: T0 + 600_000 }] }),
			session('s0', T0 - 86_400_000, { routineTitle: 'Soleus and calf care', routineId: 'soleus-calf-care' })
		]);
		await page.goto('/history');
		await page.getByRole('link', { name: /Post-run hip reset/ }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Post-run hip reset' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Steps as run' })).toBeVisible();
		await expect(page.getByRole('listitem').filter({ hasText: 'Foam-roll quads' })).toContainText('Done · 2:00 of 2:00');

		await page.getByRole('button', { name: 'Edit scores and notes' }).click();
		await scale(page, 'Left hip, after').getByRole('radio', { name: '4', exact: true }).check();
		await page.getByLabel('When').selectOption('Next day');
		await scale(page, 'Score').getByRole('radio', { name: '2', exact: true }).check();
		await page.getByRole('button', { name: 'Add score' }).click();
		await page.getByLabel('Notes').fill('Stiff on the stairs');
		await page.getByRole('button', { name: 'Save changes' }).click();
		await expect(page.getByRole('heading', { name: 'How it felt' })).toBeFocused();
		const row = page.getByRole('row', { name: /Left hip/ });
		await expect(row).toHaveText(/Left hip\s*–\s*4\s*2/);
		await expect(page.getByText('Stiff on the stairs')).toBeVisible();
		await page.reload();
		await expect(row).toHaveText(/Left hip\s*–\s*4\s*2/);

		await page.getByRole('button', { name: 'Delete this session' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
		await expect(page.getByRole('link', { name: /Post-run hip reset/ })).toHaveCount(0);
		await expect(page.getByText('Deleted Post-run hip reset from your history.')).toBeVisible();
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(page.getByRole('link', { name: /Post-run hip reset/ })).toBeVisible();
		const restored = (await readStore(page, 'sessions')).find((record) => (record as { id: string }).id === 's1');
		expect(restored).toMatchObject({ notes: 'Stiff on the stairs', checkIns: [{ score: 4 }, { moment: 'next-day', score: 2 }] });

		await page.goto('/');
		await page.getByRole('link', { name: 'History' }).click();
		await page.getByRole('link', { name: /Post-run hip reset/ }).click();
		await page.getByRole('button', { name: 'Delete this session' }).click();
		await page.getByRole('button', { name: 'Dismiss' }).click();
		await page.reload();
		await expect(page.getByRole('link', { name: /Soleus and calf care/ })).toBeVisible();
		await expect(page.getByRole('link', { name: /Post-run hip reset/ })).toHaveCount(0);
		// Deleting went back to the history rather than adding an entry: one Back leaves it.
		await page.goBack();
		await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
	});

	test('an edit that cannot be saved (disk full) says so, keeps the answers and changes nothing stored', async ({ page }) => {
		await page.clock.install({ time: NEXT_MORNING });
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
		const stored = session('s1', T0, { checkIns: [{ spot: 'Left hip', moment: 'after', score: 3, at: T0 + 600_000 }] });
		await writeStore(page, 'sessions', [stored]);
		await page.goto('/history/s1');
		await page.getByRole('button', { name: 'Edit scores and notes' }).click();
		await page.getByLabel('Notes').fill('Kept through a full disk');
		const restore = await fillTheDisk(page);
		await page.getByRole('button', { name: 'Save changes' }).click();
		await expect(page.getByRole('alert')).toContainText('The changes could not be saved. Your phone is out of storage space');
		expect(await readStore(page, 'sessions')).toEqual([stored]);
		await restore();
		await page.getByRole('button', { name: 'Save changes' }).click();
		await expect(page.getByText('Kept through a full disk')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Edit scores and notes' })).toBeVisible();
	});

	test('logs a session done without the app, which counts like any other', async ({ page }) => {
		await page.clock.install({ time: NEXT_MORNING });
		await page.goto('/history');
		await page.getByRole('link', { name: 'Log a session done without the app' }).click();
		await page.getByLabel('Routine').selectOption({ label: 'Soleus and calf care' });
		await page.getByLabel('Date').fill('2026-11-22');
		await page.getByLabel('Started at').fill('09:30');
		await page.getByRole('button', { name: 'Log as done' }).click();
		await expect(page.getByRole('alert')).toHaveText('That time is still to come: log a session once it is done.');

		await page.getByLabel('Date').fill('2026-11-21');
		await page.getByText('How it felt').click();
		await page.locator('#log-after-spot-0').selectOption('Right calf/soleus');
		await scale(page, 'Right calf/soleus after').getByRole('radio', { name: '1', exact: true }).check();
		await page.getByRole('button', { name: 'Log as done' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Soleus and calf care' })).toBeVisible();
		await expect(page.getByText('Logged by hand')).toBeVisible();
		await expect(page.getByRole('row', { name: /Right calf\/soleus/ })).toHaveText(/–\s*1\s*–/);

		await page.goto('/history');
		const yesterday = page.getByRole('region', { name: 'Yesterday' });
		await expect(yesterday.getByRole('listitem')).toContainText('Completed');
		await expect(yesterday.getByRole('listitem')).toContainText('Logged by hand');
		await expect(yesterday.getByText(/9:30/)).toBeVisible();
		const [record] = await readStore(page, 'sessions');
		expect(record).toMatchObject({ loggedByHand: true, status: 'completed', startedAt: Date.parse('2026-11-21T09:30:00Z') });
	});

	test('shows a long history a page at a time, with old and hand-edited records read or reported', async ({ page }) => {
		await page.clock.install({ time: NEXT_MORNING });
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
		const many = Array.from({ length: 2000 }, (_, i) => session(`s${String(i).padStart(4, '0')}`, T0 - i * 86_400_000));
		const legacy = { ...session('legacy', T0 + 60_000, { routineTitle: 'Restorative wind-down' }), painBefore: 6, painAfter: 4 };
		delete (legacy as Record<string, unknown>).checkIns;
		const edited = { ...session('edited', T0 + 120_000), steps: 'all of them' };
		const { startedAt: _gone, ...undated } = session('undated', T0);
		await writeStore(page, 'sessions', [...many, legacy, edited, undated]);
		await page.goto('/history');
		await expect(page.getByText('2 history entries could not be read and were left untouched.')).toBeVisible();
		await expect(page.getByRole('listitem').filter({ hasText: 'Restorative wind-down' })).toContainText('Sore spot: before 6 · after 4');
		await expect(page.getByRole('link', { name: /Post-run hip reset/ })).toHaveCount(28);
		await page.getByRole('button', { name: 'Show older sessions' }).click();
		await expect(page.getByRole('link', { name: /Post-run hip reset/ })).toHaveCount(58);
		// Opening one and coming back keeps every session shown so far.
		await page.getByRole('link', { name: /Post-run hip reset/ }).nth(50).click();
		await expect(page.getByRole('heading', { name: 'Steps as run' })).toBeVisible();
		await page.goBack();
		await expect(page.getByRole('link', { name: /Post-run hip reset/ })).toHaveCount(58);
		expect(await readStore(page, 'sessions')).toHaveLength(2003);
	});
});

test.describe('large text', () => {
	test('the history, settings and import screens reflow at 200 % text, never scrolling sideways', async ({ page }) => {
		await page.clock.install({ time: NEXT_MORNING });
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
		const long = 'Supercalifragilisticexpialidocious knee';
		await writeStore(page, 'sessions', [
			session('s1', T0, {
				checkIns: [
					{ spot: long, moment: 'before', score: 5, at: T0 },
					{ spot: 'Left hip', moment: 'next-day', score: 2, at: NEXT_MORNING }
				]
			})
		]);
		await growText(page);
		for (const path of ['/history', '/history/s1', '/history/log', '/routines/post-run-hip-reset', '/settings', '/import']) {
			await page.goto(path);
			await growText(page);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
	});
});
