/**
 * The plan end to end, on Playwright's clock: a routine added from its overview, seen on Today, put
 * in a calendar file; three sessions on three days with check-ins before, after and the next day;
 * the step up the plan then proposes, accepted, and the next session playing the new dose.
 */
import { readFile } from 'node:fs/promises';
import { type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import { expect, test } from './fixtures';
import { growText, readStore, storeSettings, writeStore } from './helpers';
import { stubPlatform } from './stubs';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

const HOUR = 3_600_000;
// Monday 23 November 2026, 07:00 in London (UTC in winter).
const MONDAY_7AM = Date.parse('2026-11-23T07:00:00Z');

/** Six seconds long, with a rule to add a clamshell at a time, up to five. */
const CLAMS = {
	schemaVersion: 1,
	id: 'quick-clams',
	title: 'Quick clams',
	'x-frequency': 'morning and night',
	steps: [
		{ kind: 'timed', id: 'ball', name: 'Ball on glute medius', seconds: 3, getReadySeconds: 0 },
		{ kind: 'reps', id: 'clams', name: 'Clamshells', reps: 3, secondsPerRep: 1, getReadySeconds: 0 }
	],
	progression: { steps: [{ step: 'clams', change: 'reps', by: 1, max: 5 }] }
};

const scale = (page: Page, name: string | RegExp) => page.getByRole('group', { name });

/** From Today: starts the routine, checks in before (3) and after (2), and finishes. */
async function sessionFromToday(page: Page) {
	await page.goto('/');
	const today = page.getByRole('region', { name: 'Today' });
	await today.getByRole('link', { name: `Start ${CLAMS.title}` }).click();
	await expect(page.getByRole('heading', { level: 1, name: CLAMS.title })).toBeVisible();
	await page.getByLabel('Sore spot').selectOption('Left hip');
	await scale(page, 'How does Left hip feel right now?').getByRole('radio', { name: '3', exact: true }).check();
	await page.getByRole('button', { name: 'Start' }).click();
	await page.clock.fastForward(8000);
	await expect(page.getByRole('heading', { name: 'Routine complete' })).toBeVisible();
	await scale(page, 'Left hip now').getByRole('radio', { name: '2', exact: true }).check();
	await page.getByRole('button', { name: 'Save how it feels' }).click();
	await expect(page.getByText('Saved, with how it feels.')).toBeVisible();
}

/** The next morning: the day-after card on the library, answered no worse than before (2). */
async function nextMorning(page: Page, at: number) {
	await page.clock.setSystemTime(at);
	await page.goto('/');
	const card = page.getByRole('region', { name: 'The day after' });
	await card.getByRole('group', { name: 'How does left hip feel today?' }).getByRole('radio', { name: '2', exact: true }).click();
	await expect(card.getByRole('status')).toContainText('Saved: left hip 2/10 today');
}

test('adds a routine to the plan, sees it on Today, exports the calendar, and steps up the dose after three good days', async ({ page }) => {
	await stubPlatform(page.context());
	await page.clock.install({ time: MONDAY_7AM });
	await storeSettings(page, { readInstructions: false, voice: false });
	await writeStore(page, 'routines', [{ recordVersion: 1, updatedAt: 0, createdAt: 0, id: CLAMS.id, routine: CLAMS }]);

	// Add to plan, from the routine's overview, with the schedule its x-frequency suggests.
	await page.goto(`/routines/${CLAMS.id}`);
	await page.getByRole('link', { name: 'Add to plan' }).click();
	await expect(page.getByRole('heading', { name: `Add ${CLAMS.title}` })).toBeVisible();
	await expect(page.getByLabel('Morning')).toHaveValue('08:00');
	await expect(page.getByLabel('Evening')).toHaveValue('20:00');
	await expect(page.getByRole('checkbox', { name: 'Clamshells: reps (now 3)' })).toBeChecked();
	await page.getByRole('button', { name: 'Add to plan' }).click();
	await expect(page.getByText(`Added ${CLAMS.title} to your plan.`)).toBeVisible();
	await expect(page.getByRole('list', { name: 'Planned routines' })).toContainText('Every day at 08:00 and 20:00');

	// The calendar file: one daily event for each time, at floating local times, opening the routine.
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar' }).click()]);
	expect(download.suggestedFilename()).toBe('unknot-plan.ics');
	const events = new ICAL.Component(ICAL.parse(await readFile(await download.path(), 'utf8'))).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
	expect(events.map((event) => [event.startDate.toString(), event.startDate.zone === ICAL.Timezone.localTimezone, String(event.component.getFirstPropertyValue('rrule'))])).toEqual([
		['2026-11-23T08:00:00', true, 'FREQ=DAILY'],
		['2026-11-23T20:00:00', true, 'FREQ=DAILY']
	]);
	expect(events[0]!.description).toContain(`/routines/${CLAMS.id}`);

	// Today, on the library: due morning and evening, nothing done yet.
	await page.goto('/');
	const today = page.getByRole('region', { name: 'Today' });
	await expect(today).toContainText('Morning 08:00');
	await expect(today).toContainText('Evening 20:00');
	await expect(today.getByRole('link', { name: `Start ${CLAMS.title}` })).toBeVisible();

	// Three days, a session each with check-ins, and each next morning no worse.
	await sessionFromToday(page);
	await page.goto('/');
	await expect(today).toContainText('Morning 08:00 · done');
	for (const day of [1, 2]) {
		await nextMorning(page, MONDAY_7AM + day * 24 * HOUR);
		await expect(page.getByRole('region', { name: /Ready for more/ })).toHaveCount(0);
		await sessionFromToday(page);
	}
	await nextMorning(page, MONDAY_7AM + 3 * 24 * HOUR);

	// The plan proposes a step up; nothing changed until accepted.
	const proposal = page.getByRole('region', { name: `Ready for more ${CLAMS.title}?` });
	await expect(proposal).toContainText('Clamshells: 3 reps → 4 reps');
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	expect((await readStore(page, 'planEntries'))[0]).not.toHaveProperty('dose');
	await proposal.getByRole('button', { name: 'Step up' }).click();
	await expect(proposal).toHaveCount(0);
	expect((await readStore(page, 'planEntries'))[0]).toMatchObject({ dose: { clams: { reps: 4 } } });

	// The next session plays the new dose; the routine itself is unchanged; history shows the dose.
	await page.getByRole('region', { name: 'Today' }).getByRole('link', { name: `Start ${CLAMS.title}` }).click();
	await expect(page.getByText('Your plan’s dose: Clamshells 4 reps')).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Clamshells' })).toContainText('4 reps');
	await page.getByRole('button', { name: 'Start' }).click();
	await page.clock.fastForward(9000);
	await expect(page.getByRole('heading', { name: 'Routine complete' })).toBeVisible();
	const sessions = (await readStore(page, 'sessions')) as { startedAt: number; id: string; dose?: unknown; status: string }[];
	const latest = sessions.sort((a, b) => b.startedAt - a.startedAt)[0]!;
	expect(latest).toMatchObject({ status: 'completed', dose: { steps: { clams: { reps: 4 } } } });
	const [stored] = (await readStore(page, 'routines')) as { routine: typeof CLAMS }[];
	expect(stored!.routine).toEqual(CLAMS);
	await page.goto(`/history/${latest.id}`);
	await expect(page.getByText('Plan dose: Clamshells 4 reps')).toBeVisible();
});

test('each time I run: due once I say I ran, a rest week asks nothing', async ({ page }) => {
	await stubPlatform(page.context());
	await page.clock.install({ time: MONDAY_7AM });
	await storeSettings(page, { readInstructions: false, voice: false });
	await page.goto('/routines/post-run-cool-down');
	await page.getByRole('link', { name: 'Add to plan' }).click();
	await expect(page.getByRole('radio', { name: /Each time I run/ })).toBeChecked();
	await page.getByRole('button', { name: 'Add to plan' }).click();
	await expect(page.getByRole('list', { name: 'Planned routines' })).toContainText('Each time you run');

	await page.goto('/');
	const today = page.getByRole('region', { name: 'Today' });
	await expect(today).toContainText('Nothing is due today.');
	await today.getByRole('button', { name: 'I ran today' }).click();
	await expect(today).toContainText('You ran today.');
	await expect(today).toContainText('After your run');
	await expect(today.getByRole('link', { name: /^Start / })).toBeVisible();
	await today.getByRole('button', { name: 'Undo' }).click();
	await expect(today).toContainText('Nothing is due today.');

	// A rest week: nothing due, and Today says so until the week is over.
	await page.goto('/plan');
	await page.getByRole('button', { name: 'Rest for a week' }).click();
	await expect(page.getByRole('region', { name: 'Resting' })).toContainText('rests until 30 November');
	await page.goto('/');
	await expect(today).toContainText('Your plan is resting until 30 November.');
	await page.clock.setSystemTime(MONDAY_7AM + 7 * 24 * HOUR);
	await page.reload();
	await expect(today.getByRole('button', { name: 'I ran today' })).toBeVisible();
});

test('at 200 % text the library’s Today, the plan and its form reflow, never scrolling sideways', async ({ page }) => {
	await stubPlatform(page.context());
	await page.clock.install({ time: MONDAY_7AM });
	await page.goto('/settings');
	const long = { ...CLAMS, title: 'Supercalifragilisticexpialidocious clamshells and hard-ball release' };
	await writeStore(page, 'routines', [{ recordVersion: 1, updatedAt: 0, createdAt: 0, id: long.id, routine: long }]);
	await writeStore(page, 'planEntries', [
		{
			recordVersion: 1,
			updatedAt: 0,
			createdAt: 0,
			id: 'e1',
			routineId: long.id,
			routineTitle: long.title,
			schedule: { kind: 'days', weekdays: [0, 1, 2, 3, 4, 5, 6], times: ['08:00', '09:30', '20:00'] },
			since: '2026-11-01',
			sequence: 0,
			dose: { clams: { reps: 4 } }
		}
	]);
	const screens: [string, (page: Page) => ReturnType<Page['getByRole']>][] = [
		['/', (page) => page.getByRole('region', { name: 'Today' }).getByRole('link', { name: /^Start / })],
		['/plan', (page) => page.getByRole('list', { name: 'Planned routines' })],
		[`/plan?add=${long.id}`, (page) => page.getByRole('group', { name: 'Step up the dose' })]
	];
	for (const [path, ready] of screens) {
		await page.goto(path);
		await growText(page);
		await expect(ready(page)).toBeVisible();
		// Against the layout viewport (clientWidth): with a phone's emulation innerWidth grows to fit the
		// content, so it could never show an overflow.
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
	// The form's last button is still there to press.
	await page.getByRole('button', { name: 'Add to plan' }).scrollIntoViewIfNeeded();
	await expect(page.getByRole('button', { name: 'Add to plan' })).toBeInViewport();
});
