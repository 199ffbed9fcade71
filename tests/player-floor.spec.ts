/**
 * The player read from the floor (issue 9): big numbers, controls that stay put, the first sentence of
 * the instructions in view, Skip exercise, the back gesture, and no accessibility violations in any
 * phase, at a phone's portrait and landscape sizes, in both themes.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { growText } from './helpers';
import { stubPlatform } from './stubs';

const T0 = new Date('2026-11-21T07:00:00Z').getTime();
const GLUTE_MEDIUS = '/routines/glute-medius-strength';
const HIP_RESET = '/routines/post-run-hip-reset';

const player = (page: Page) => page.getByRole('region', { name: /^Player/ });
const phaseWord = (page: Page) => player(page).locator('.phase');

/**
 * Holds the fake clock still a second after the page's own now. The clock runs until then, and
 * pauseAt cannot go back ("Cannot fast-forward to the past"): on a busy machine more than a second can
 * pass between reading the page's time and pausing, so read it again and retry.
 */
async function holdClock(page: Page) {
	for (let attempt = 0; ; attempt++) {
		try {
			await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
			return;
		} catch (error) {
			if (attempt >= 4 || !String(error).includes('fast-forward to the past')) throw error;
		}
	}
}

/** Opens a routine on a held fake clock and starts it. */
async function start(page: Page, url: string) {
	await stubPlatform(page.context());
	await page.clock.install({ time: T0 });
	await page.goto(url);
	await holdClock(page);
	await page.getByRole('button', { name: 'Start' }).click();
	await page.clock.fastForward(20);
	await expect(page.getByRole('timer')).toBeVisible();
}

/**
 * Runs axe on the page as it is now. axe waits on timers, so the fake clock is stepped a few
 * milliseconds at a time until it is done: the player barely moves meanwhile. Legacy mode keeps axe
 * in this page (otherwise it finishes in a new page, whose clock is just as fake and never moves).
 */
async function expectNoAxeViolations(page: Page, where: string) {
	let done = false;
	const analysis = new AxeBuilder({ page })
		.setLegacyMode(true)
		.analyze()
		.finally(() => (done = true));
	while (!done) await page.clock.runFor(10);
	const results = await analysis;
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
		where
	).toEqual([]);
}

/** Opens the hip reset from the library, so Back has somewhere to go, and starts it. */
async function startFromLibrary(page: Page) {
	await stubPlatform(page.context());
	await page.clock.install({ time: T0 });
	await page.goto('/');
	await page.getByRole('link', { name: 'Post-run hip reset' }).click();
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('timer')).toBeVisible();
}

/** Where each bottom control is, by its place (its label changes: Pause, Resume, Done). */
function controlBoxes(page: Page) {
	return player(page)
		.locator('.controls button')
		.evaluateAll((buttons) =>
			buttons.map((b) => {
				const r = b.getBoundingClientRect();
				return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
			})
		);
}

async function fontPx(page: Page, selector: string): Promise<number> {
	return player(page)
		.locator(selector)
		.first()
		.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

const sizes = [
	{ name: 'portrait', viewport: { width: 360, height: 640 }, minNumberPx: 120 },
	{ name: 'landscape', viewport: { width: 844, height: 390 }, minNumberPx: 96 }
];

for (const { name, viewport, minNumberPx } of sizes) {
	for (const colorScheme of ['dark', 'light'] as const) {
		test.describe(`${name}, ${colorScheme} theme`, () => {
			test.use({ viewport, colorScheme });

			test('every phase: big numbers, controls in the same places, first sentence in view, no axe violations', async ({
				page
			}) => {
				await start(page, GLUTE_MEDIUS);
				const phases: string[] = [];
				let firstBoxes: number[][] | null = null;
				// Get ready, work, switch sides, work, rest between sets, then paused.
				for (let i = 0; i < 6; i++) {
					if (i === 5) await player(page).getByRole('button', { name: 'Pause' }).click();
					const phase = (await phaseWord(page).textContent())!.trim();
					phases.push(phase);
					const main = (await page.getByRole('timer').textContent())!.trim();
					if (main.length <= 5) expect(await fontPx(page, '.main'), `${phase} number "${main}"`).toBeGreaterThanOrEqual(minNumberPx);
					expect(await fontPx(page, 'h1'), `${phase} name`).toBeGreaterThanOrEqual(32);
					await expect(player(page).getByText('Lie on your side, knees bent, heels together.')).toBeInViewport({ ratio: 1 });
					const boxes = await controlBoxes(page);
					firstBoxes ??= boxes;
					expect(boxes, `controls during ${phase}`).toEqual(firstBoxes);
					for (const [, , width, height] of boxes) expect(Math.min(width!, height!)).toBeGreaterThanOrEqual(56);
					await expectNoAxeViolations(page, `${phase}, ${name}, ${colorScheme}`);
					if (i < 4) await player(page).getByRole('button', { name: 'Skip', exact: true }).click();
				}
				expect(phases).toEqual(['Get ready', 'Go', 'Switch sides', 'Go', 'Rest', 'Paused']);
			});
		});
	}
}

test.describe('finding the way', () => {
	test('paced reps show the rep large and the time in the dial; Next names the exercise with its working length', async ({ page }) => {
		await start(page, GLUTE_MEDIUS);
		// Get ready 8 s, then Clamshells left: 15 reps of 3 s (up, pause, down). The caution stands in
		// Next's place during the first get-ready, so Next shows from the work on.
		await page.clock.fastForward(8000 + 12_500);
		await expect(page.getByRole('timer')).toHaveText('5 / 15');
		await expect(player(page).getByText('0:33 left')).toBeVisible();
		await expect(player(page).getByText('Clamshells — left, set 1 of 3 · 0:45')).toHaveCount(0);
		await expect(player(page).getByText('Clamshells — right, set 1 of 3 · 0:45')).toBeVisible();
	});

	test('Skip exercise lands on the next exercise in one tap', async ({ page }) => {
		await start(page, HIP_RESET);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Foam-roll quads — left');
		await page.getByRole('button', { name: 'Skip exercise' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stick just above the knee — left');
		await expect(phaseWord(page)).toHaveText('Get ready');
		await expect(page.getByRole('button', { name: 'Step 2 of 5' })).toBeVisible();
	});

	test('the step list jumps to any step, and says which one is current', async ({ page }) => {
		await start(page, HIP_RESET);
		await page.getByRole('button', { name: 'Step 1 of 5' }).click();
		const steps = page.getByRole('dialog', { name: 'Steps of Post-run hip reset' });
		await expect(steps.getByRole('button', { name: /Foam-roll quads/ })).toHaveAttribute('aria-current', 'step');
		await steps.getByRole('button', { name: /Move to the mat/ }).click();
		await expect(steps).toBeHidden();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Move to the mat');
		await expect(page.getByRole('button', { name: 'Step 4 of 5' })).toBeVisible();
	});

	test('the rest of the instructions opens in a sheet', async ({ page }) => {
		await start(page, GLUTE_MEDIUS);
		await player(page).getByRole('button', { name: 'More', exact: true }).click();
		const sheet = page.getByRole('dialog', { name: 'Clamshells' });
		await expect(sheet.getByText('Lift the top knee without rolling the pelvis back, then lower with control.')).toBeVisible();
		await sheet.getByRole('button', { name: 'Close' }).click();
		await expect(sheet).toBeHidden();
	});

	test('Tab starts at the player: the page behind it is inert', async ({ page }) => {
		await start(page, HIP_RESET);
		await page.keyboard.press('Tab');
		await expect(player(page).getByRole('button', { name: 'Step 1 of 5' })).toBeFocused();
		// Back from the player's first control: without inert this lands on the navigation behind it.
		await page.keyboard.press('Shift+Tab');
		await expect(page.getByRole('link', { name: 'Settings' })).not.toBeFocused();
		await expect(page.getByRole('link', { name: 'Skip to content' })).not.toBeFocused();
	});

	test('the back gesture mid-routine asks first; Keep going stays, Leave leaves with the routine kept', async ({ page }) => {
		await startFromLibrary(page);
		await page.goBack();
		const ask = page.getByRole('dialog', { name: 'Leave the routine?' });
		await expect(ask).toBeVisible();
		await ask.getByRole('button', { name: 'Keep going' }).click();
		await expect(ask).toBeHidden();
		await expect(page.getByRole('timer')).toBeVisible();
		await page.goBack();
		await ask.getByRole('button', { name: 'Leave' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
		await expect(page.getByText('in progress', { exact: false }).first()).toBeVisible();
	});

	test('after a reload the restored player asks on the first back gesture, and pushes no second entry', async ({ page }) => {
		await startFromLibrary(page);
		const entries = await page.evaluate(() => history.length);
		page.on('dialog', (dialog) => void dialog.accept()); // the leave-page prompt on reload
		await page.reload();
		await expect(page.getByRole('timer')).toBeVisible();
		expect(await page.evaluate(() => history.length)).toBe(entries);
		await page.goBack();
		await expect(page.getByRole('dialog', { name: 'Leave the routine?' })).toBeVisible();
	});

	test('once the routine is ended, one Back leaves its page', async ({ page }) => {
		await startFromLibrary(page);
		await page.getByRole('button', { name: 'End session' }).click();
		await page.getByRole('button', { name: 'Yes, end and save' }).click();
		await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();
		await page.goBack();
		await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
	});

	test("closing the tab mid-routine gets the browser's leave-page prompt", async ({ page }) => {
		await start(page, HIP_RESET);
		const prompt = page.waitForEvent('dialog');
		await page.close({ runBeforeUnload: true });
		const dialog = await prompt;
		expect(dialog.type()).toBe('beforeunload');
		await dialog.dismiss();
		await expect(page.getByRole('timer')).toBeVisible();
	});

	test('at 200 % text the navigation wraps and the player controls stay reachable', async ({ page }) => {
		await stubPlatform(page.context());
		await page.goto('/');
		await growText(page);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.getByRole('link', { name: 'Post-run hip reset' }).click();
		await page.getByRole('button', { name: 'Start' }).click();
		const end = page.getByRole('button', { name: 'End session' });
		await end.scrollIntoViewIfNeeded();
		await end.click();
		await page.getByRole('button', { name: 'Yes, end and save' }).click();
		await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();
	});
});
