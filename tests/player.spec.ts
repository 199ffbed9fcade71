import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { storeSettings } from './helpers';
import { recordedCalls, stubPlatform } from './stubs';

const T0 = new Date('2026-11-21T07:00:00Z').getTime();
const HIP_RESET = '/routines/post-run-hip-reset';

/**
 * Opens a routine with a frozen fake clock and presses Start at exactly START. `at(s)` then moves the
 * clock to `s` seconds after Start and lets a frame draw. Stores `settings` first: by default the
 * instructions are not read aloud, since these tests time the routine to the second (see storeSettings).
 */
async function startFrozen(page: Page, url = HIP_RESET, settings: Record<string, unknown> = { readInstructions: false }) {
	await stubPlatform(page.context());
	await page.clock.install({ time: T0 });
	if (Object.keys(settings).length > 0) await storeSettings(page, settings);
	await page.goto(url);
	await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
	const start = T0 + 60_000;
	await page.clock.pauseAt(start);
	await page.getByRole('button', { name: 'Start' }).click();
	let current = start;
	/** Moves on in steps of at most a minute, as a live page's frames would: a longer jump is a frozen page. */
	const at = async (seconds: number) => {
		const target = start + seconds * 1000;
		while (current < target) {
			const step = Math.min(60_000, target - current);
			await page.clock.fastForward(step);
			current += step;
		}
	};
	await at(0.02);
	return { at, start };
}

const timer = (page: Page) => page.getByRole('timer');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test.describe('the guided player', () => {
	test('lands on the right step at chosen instants through a whole routine', async ({ page }) => {
		const { at } = await startFrozen(page);
		const expectations: [number, string, string, string][] = [
			[5, 'Get ready', 'Foam-roll quads — left', '0:05'],
			[40, 'Go', 'Foam-roll quads — left', '0:30'],
			[75, 'Switch sides', 'Switch to right', '0:03'],
			[100, 'Go', 'Foam-roll quads — right', '0:38'],
			[150, 'Go', 'Stick just above the knee — left', '0:43'],
			[300, 'Go', 'Ball release: glute medius and minimus — left', '2:16'],
			[630, 'Rest', 'Move to the mat', '0:09'],
			[720, 'Go', 'Kneeling hip-flexor stretch — right, set 1 of 2', '0:27'],
			[750, 'Rest', 'Rest before set 2 of 2', '0:07'],
			[760, 'Go', 'Kneeling hip-flexor stretch — left, set 2 of 2', '0:42'],
			[854, 'Go', 'Kneeling hip-flexor stretch — right, set 2 of 2', '0:01']
		];
		for (const [seconds, phase, name, left] of expectations) {
			await at(seconds);
			await expect(heading(page), `at ${seconds} s`).toHaveText(name);
			await expect(page.getByText(phase, { exact: true }), `at ${seconds} s`).toBeVisible();
			await expect(timer(page), `at ${seconds} s`).toHaveText(left);
		}
		await at(855.1);
		await expect(page.getByRole('heading', { name: 'Routine complete' })).toBeVisible();
		await expect(page.getByText('Saved to your history.')).toBeVisible();
	});

	test('shows the routine overview before starting: steps, total time, equipment and caution', async ({ page }) => {
		await page.goto(HIP_RESET);
		await expect(page.getByText('14 min · 5 steps')).toBeVisible();
		await expect(page.getByRole('list').filter({ hasText: 'massage stick' })).toContainText('hard ball');
		await expect(page.getByText('Before you start:')).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Steps' })).toBeVisible();
		await expect(page.getByText('Ball release: glute medius and minimus')).toBeVisible();
	});

	test('pause holds the time; skip and previous move correctly, by button and by key', async ({ page }) => {
		const { at } = await startFrozen(page);
		await at(20);
		await expect(timer(page)).toHaveText('0:50');
		await page.getByRole('button', { name: 'Pause' }).click();
		await at(50);
		await expect(timer(page)).toHaveText('0:50');
		await expect(page.getByText('Paused', { exact: true })).toBeVisible();
		await page.getByRole('button', { name: 'Resume' }).click();
		await at(51);
		await expect(timer(page)).toHaveText('0:49');

		await page.getByRole('button', { name: 'Skip', exact: true }).click();
		await at(51.1);
		await expect(heading(page)).toHaveText('Switch to right');
		await expect(timer(page)).toHaveText('0:08');
		await page.getByRole('button', { name: 'Previous' }).click(); // within 2 s: the previous step
		await at(51.2);
		await expect(heading(page)).toHaveText('Foam-roll quads — left');
		await expect(timer(page)).toHaveText('1:00');
		await at(56.2);
		await expect(timer(page)).toHaveText('0:55');
		await page.getByRole('button', { name: 'Previous' }).click(); // later: the start of this step
		await at(56.3);
		await expect(heading(page)).toHaveText('Foam-roll quads — left');
		await expect(timer(page)).toHaveText('1:00');

		await page.getByRole('button', { name: '+10 s' }).click();
		await at(56.4);
		await expect(timer(page)).toHaveText('1:10');

		await page.keyboard.press('ArrowRight'); // arrows work even while a button has focus
		await at(56.5);
		await expect(heading(page)).toHaveText('Switch to right');
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await page.keyboard.press('Space');
		await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
	});

	test('asks before ending and records a partial session', async ({ page }) => {
		const { at } = await startFrozen(page);
		await at(30);
		await page.getByRole('button', { name: 'End session' }).click();
		await page.getByRole('button', { name: 'Keep going' }).click();
		await expect(timer(page)).toBeVisible();
		await page.getByRole('button', { name: 'End session' }).click();
		await page.getByRole('button', { name: 'Yes, end and save' }).click();
		await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();
		await expect(page.getByText('0 of 5 steps done')).toBeVisible();
	});

	test('records how the sore spot feels on the finish screen', async ({ page }) => {
		const { at } = await startFrozen(page, '/routines/pre-run-warm-up');
		await at(430);
		await expect(page.getByRole('heading', { name: 'Routine complete' })).toBeVisible();
		await page.getByLabel('Sore spot').selectOption('Left hip');
		await page.getByRole('group', { name: 'Left hip now' }).getByRole('radio', { name: '2', exact: true }).check();
		await page.getByLabel(/Notes/).fill('Hips loose before the run');
		await page.getByRole('button', { name: 'Save how it feels' }).click();
		await expect(page.getByText('Saved, with how it feels.')).toBeVisible();
		await page.goto('/history');
		const entry = page.getByRole('listitem').filter({ hasText: 'Pre-run dynamic warm-up' });
		await expect(entry).toContainText('Left hip: after 2');
		await expect(entry).toContainText('Hips loose before the run');
	});

	test('resumes after a reload mid-step with the remaining time right to the second', async ({ page }) => {
		const { at } = await startFrozen(page);
		await at(100);
		await expect(timer(page)).toHaveText('0:38');
		await page.reload();
		await expect(heading(page)).toHaveText('Foam-roll quads — right');
		await expect(timer(page)).toHaveText('0:38');
		await page.clock.fastForward(1000);
		await expect(timer(page)).toHaveText('0:37');
	});

	test('comes back paused at the last checkpoint after a long gap, offering Resume or End', async ({ page }) => {
		const { at } = await startFrozen(page);
		await at(100);
		await page.goto('/');
		await expect(page.getByText('Post-run hip reset is in progress.')).toBeVisible();
		await page.clock.fastForward('05:00');
		const continueLink = page.getByRole('link', { name: 'Continue' });
		await expect(continueLink).toHaveAttribute('href', HIP_RESET);
		// A full load: the frozen test clock would stall the router's in-app navigation.
		await page.goto(HIP_RESET);
		await expect(page.getByText('Welcome back. Your routine is paused where you left it.')).toBeVisible();
		await expect(heading(page)).toHaveText('Foam-roll quads — right');
		await expect(timer(page)).toHaveText('0:38');
		await expect(page.getByRole('button', { name: 'End session' })).toBeVisible();
		await page.getByRole('button', { name: 'Resume' }).click();
		await page.clock.fastForward(2000);
		await expect(timer(page)).toHaveText('0:36');
	});

	test('takes the wake lock, starts audio on Start, reads the instructions before the countdown, and speaks and vibrates at the right cues', async ({
		page
	}) => {
		// With the settings as they come: the instructions are read aloud before the first get-ready.
		const { at, start } = await startFrozen(page, HIP_RESET, {});
		let calls = await recordedCalls(page);
		expect(calls.audioContexts).toBe(1);
		expect(calls.audioResumes).toBe(1);
		expect(calls.wakeLockRequests).toBe(1);
		expect(calls.tones.length).toBeGreaterThan(0);
		const instructions = 'Face down, roller under the front of the thigh.';
		expect(calls.speech.map((s) => s.text)[0]).toMatch(new RegExp(`^${instructions}`));
		expect(calls.speech.map((s) => s.text)[1]).toBe('Get ready: Foam-roll quads, face down, left thigh on the roller');

		await at(10.05);
		await at(40.05);
		await at(70.05);
		await at(78.05);
		calls = await recordedCalls(page);
		const spoken = calls.speech.map((s) => [s.text, Math.round((s.at - start) / 1000)]);
		expect(spoken.slice(1)).toEqual([
			['Get ready: Foam-roll quads, face down, left thigh on the roller', 0],
			['Foam-roll quads, face down, left thigh on the roller', 10],
			['Halfway', 40],
			['Switch sides', 70],
			['Foam-roll quads, face down, right thigh on the roller', 78]
		]);
		const buzzes = calls.vibrations.map((v) => [v.pattern.join(','), Math.round((v.at - start) / 1000)]);
		expect(buzzes).toContainEqual(['400', 10]);
		expect(buzzes).toContainEqual(['200,100,200', 70]);

		const title = await page.evaluate(() => navigator.mediaSession?.metadata?.title);
		expect(title).toBe('Foam-roll quads — right');

		await page.getByRole('button', { name: 'End session' }).click();
		await page.getByRole('button', { name: 'Yes, end and save' }).click();
		await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();
		expect((await recordedCalls(page)).wakeLockReleases).toBe(1);
	});

	test('after the page was frozen, shows the right time at once and plays no backlog of cues', async ({ page }) => {
		const { at } = await startFrozen(page);
		await at(5);
		const before = (await recordedCalls(page)).speech.length;
		// A minute passes with no frames at all (a frozen tab): jump the clock without firing timers in between.
		await page.clock.fastForward(64_950);
		await expect(timer(page)).toHaveText('0:01');
		const spoken = (await recordedCalls(page)).speech.slice(before).map((s) => s.text);
		// Get-ready ended at 10 s, halfway at 40 s: long gone. Only what is due now may be said.
		expect(spoken).not.toContain('Foam-roll quads, face down, left thigh on the roller');
		expect(spoken).not.toContain('Halfway');
	});
});
