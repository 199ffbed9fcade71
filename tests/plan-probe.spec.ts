/**
 * Probes of the plan (issue 17) that only a browser shows: text at 200 % on a 360 px phone, and the
 * names a screen reader hears when the plan holds the same routine twice (which the form allows).
 */
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { growText, storeSettings, writeStore } from './helpers';
import { stubPlatform } from './stubs';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

// Monday 23 November 2026, 07:00 in London.
const MONDAY_7AM = Date.parse('2026-11-23T07:00:00Z');
const ROUTINE = {
	schemaVersion: 1,
	id: 'glute-left',
	title: 'Glute medius strengthening for the left hip',
	steps: [
		{ kind: 'timed', id: 'ball', name: 'Ball on glute medius', seconds: 30 },
		{ kind: 'reps', id: 'clams', name: 'Clamshells', reps: 10, sets: 2 }
	],
	progression: { steps: [{ step: 'clams', change: 'reps', by: 2, max: 20 }] }
};

function entry(id: string, schedule: unknown, extra: Record<string, unknown> = {}) {
	return { recordVersion: 1, updatedAt: 0, createdAt: 0, id, routineId: ROUTINE.id, routineTitle: ROUTINE.title, schedule, since: '2026-11-01', sequence: 0, ...extra };
}

/** The same routine twice: mornings at a raised dose, evenings as written. */
async function twoEntriesOfOneRoutine(page: Page) {
	await stubPlatform(page.context());
	await page.clock.install({ time: MONDAY_7AM });
	await storeSettings(page, { readInstructions: false, voice: false });
	await writeStore(page, 'routines', [{ recordVersion: 1, updatedAt: 0, createdAt: 0, id: ROUTINE.id, routine: ROUTINE }]);
	await writeStore(page, 'planEntries', [
		entry('mornings', { kind: 'days', weekdays: [0, 1, 2, 3, 4, 5, 6], times: ['08:00'] }, { dose: { clams: { reps: 14 } } }),
		entry('evenings', { kind: 'days', weekdays: [0, 1, 2, 3, 4, 5, 6], times: ['20:00'] })
	]);
}

/** How far the page scrolls sideways: the document's width beyond the layout viewport's. */
function sideways(page: Page) {
	return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('the entry form reflows at 200 % text on a 360 px phone, never scrolling sideways', async ({ page }) => {
	await twoEntriesOfOneRoutine(page);
	await page.goto('/plan');
	await expect(page.getByRole('list', { name: 'Planned routines' })).toBeVisible();
	await growText(page);
	expect.soft(await sideways(page), 'the plan screen').toBeLessThanOrEqual(0);
	await page.getByRole('button', { name: /^Change/ }).first().click();
	await expect(page.getByRole('checkbox', { name: /Clamshells: reps/ })).toBeChecked();
	await growText(page);
	// The "Up by" and "Up to" fields of a rule that is on sit side by side and do not wrap.
	expect(await sideways(page), 'the entry form with a rule on').toBeLessThanOrEqual(0);
});

test('with the same routine planned twice, each entry’s controls and Today’s links have names of their own', async ({ page }) => {
	await twoEntriesOfOneRoutine(page);
	await page.goto('/plan');
	const list = page.getByRole('list', { name: 'Planned routines' });
	await expect(list.getByRole('listitem')).toHaveCount(2);
	const buttonNames = await list.getByRole('button').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? button.textContent?.trim()));
	// A screen reader's list of buttons says "Take Glute medius … out of the plan" twice: which one goes?
	expect.soft(new Set(buttonNames).size, buttonNames.join(' | ')).toBe(buttonNames.length);

	await page.goto('/');
	const today = page.getByRole('region', { name: 'Today' });
	await expect(today.getByRole('link', { name: /^Start / })).toBeVisible();
	// Two links named alike lead to the routine at two different doses (?entry=mornings / evenings).
	const links = await today.getByRole('listitem').getByRole('link').evaluateAll((anchors) => anchors.map((anchor) => [anchor.textContent?.trim(), anchor.getAttribute('href')]));
	expect(links).toHaveLength(2);
	expect(links[0]![1]).not.toBe(links[1]![1]);
	expect(links[0]![0], JSON.stringify(links)).not.toBe(links[1]![0]);
});

test('a keyboard or screen-reader user keeps their place when the entry form opens and closes, and on a rest', async ({ page }) => {
	await twoEntriesOfOneRoutine(page);
	await page.goto('/plan');
	await expect(page.getByRole('list', { name: 'Planned routines' })).toBeVisible();
	const focused = () => page.evaluate(() => document.activeElement?.tagName ?? 'none');
	const inForm = () => page.evaluate(() => document.activeElement?.closest('form') !== null);

	await page.getByRole('button', { name: /^Change/ }).first().focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: `Change ${ROUTINE.title}` })).toBeVisible();
	// The Change button is gone with the list; focus falls to the page itself and nothing is announced.
	expect.soft(await inForm(), `focus on ${await focused()} after opening the form`).toBe(true);

	await page.getByRole('button', { name: 'Cancel' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('list', { name: 'Planned routines' })).toBeVisible();
	expect.soft(await focused(), 'after Cancel').not.toBe('BODY');

	await page.getByRole('button', { name: 'Rest for a week' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('region', { name: 'Resting' })).toBeVisible();
	expect.soft(await focused(), 'after Rest for a week').not.toBe('BODY');
});

test('after the user renames a planned routine, Today and the plan screen use its new title', async ({ page }) => {
	await twoEntriesOfOneRoutine(page);
	// Renamed in the editor (saved as the editor saves it: the routine record replaced).
	const renamed = { ...ROUTINE, title: 'Left hip: evening strength' };
	await writeStore(page, 'routines', [{ recordVersion: 1, updatedAt: 1, createdAt: 0, id: ROUTINE.id, routine: renamed }]);
	await page.goto('/');
	await expect(page.getByRole('link', { name: new RegExp(renamed.title) }).first()).toBeVisible();
	const today = page.getByRole('region', { name: 'Today' });
	// Today still says "Start Glute medius strengthening for the left hip", a routine the library no longer lists.
	// (The routine is planned twice today, so the link's name goes on with its times.)
	await expect.soft(today.getByRole('link', { name: /^Start / })).toHaveText(new RegExp(`^Start ${renamed.title}`));
	await page.goto('/plan');
	await expect.soft(page.getByRole('list', { name: 'Planned routines' }).getByRole('heading').first()).toHaveText(renamed.title);
});
