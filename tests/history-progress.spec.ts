/**
 * The history's progress part and the physio report (issue 11): the calendar, streak and weeks, the
 * pain chart in words, the calm concern note, no accessibility violations in either theme, and a
 * report that prints to a PDF holding the sessions and their scores, and is saved as one HTML file.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { CheckIn } from '../src/lib/core/check-in';
import { buildSessionRecord } from '../src/lib/core/testing/records';
import { storeSettings, waitForOfflineReady, writeStore } from './helpers';
import { stubPlatform } from './stubs';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

/** Sunday 22 November 2026, 09:00 in London. */
const NOW = Date.parse('2026-11-22T09:00:00Z');
const at = (iso: string) => Date.parse(iso);

function hip(startIso: string, before: number, after: number, nextDay?: number): CheckIn[] {
	const start = at(startIso);
	const checkIns: CheckIn[] = [
		{ spot: 'Left hip', moment: 'before', score: before, at: start },
		{ spot: 'Left hip', moment: 'after', score: after, at: start + 600_000 }
	];
	if (nextDay !== undefined) checkIns.push({ spot: 'Left hip', moment: 'next-day', score: nextDay, at: start + 86_400_000 });
	return checkIns;
}

/** A month of sessions: the left hip's next-day scores rise from 2–3 to 5–6 over the last two weeks. */
const SESSIONS = [
	buildSessionRecord('oct-05', at('2026-10-05T08:00:00Z'), { routineTitle: 'Soleus and calf care', routineId: 'soleus-calf-care' }),
	buildSessionRecord('nov-08', at('2026-11-08T08:00:00Z'), { checkIns: hip('2026-11-08T08:00:00Z', 3, 2, 2) }),
	buildSessionRecord('nov-11', at('2026-11-11T08:00:00Z'), { checkIns: hip('2026-11-11T08:00:00Z', 4, 3, 3) }),
	buildSessionRecord('nov-17', at('2026-11-17T08:00:00Z'), { checkIns: hip('2026-11-17T08:00:00Z', 4, 4, 5) }),
	buildSessionRecord('nov-20', at('2026-11-20T08:00:00Z'), { checkIns: hip('2026-11-20T08:00:00Z', 5, 4, 6) }),
	buildSessionRecord('nov-20-pm', at('2026-11-20T18:00:00Z'), { status: 'partial', activeSeconds: 240, loggedByHand: true, notes: 'Felt tight on the stairs' }),
	buildSessionRecord('nov-21', at('2026-11-21T08:00:00Z'), {
		checkIns: [...hip('2026-11-21T08:00:00Z', 5, 4), { spot: 'Lower back', moment: 'after', score: 2, at: at('2026-11-21T08:10:00Z') }]
	}),
	buildSessionRecord('nov-22', at('2026-11-22T08:00:00Z'), { checkIns: [{ spot: 'Left hip', moment: 'before', score: 5, at: at('2026-11-22T08:00:00Z') }] })
];

/** Opens the history on 22 November with the sessions above stored. */
async function openHistory(page: Page) {
	await stubPlatform(page.context());
	await page.clock.setFixedTime(NOW);
	await storeSettings(page, {});
	await writeStore(page, 'sessions', SESSIONS);
	await page.goto('/history');
	await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
	await expect(page.getByText('days in a row')).toBeVisible();
}

const calendar = (page: Page) => page.getByRole('table', { name: /^(October|November) 2026/ });

test('the calendar marks the days with sessions, and the streak, weeks and chart say what was done', async ({ page }) => {
	await openHistory(page);
	const progress = page.getByRole('region', { name: 'Streak and weeks' });
	await expect(progress.getByText(/3\s+days in a row/)).toBeVisible();
	await expect(progress.getByText(/5\s+this week/)).toBeVisible();
	await expect(page.getByRole('list', { name: 'Sessions per week, last 8 weeks' }).getByRole('listitem')).toHaveCount(8);
	await expect(page.getByRole('listitem').filter({ hasText: 'Week of 16 Nov' })).toHaveText(/5 sessions/);

	await expect(calendar(page)).toHaveAccessibleName('November 2026: 7 sessions');
	await expect(calendar(page).getByRole('cell', { name: '20 November, 2 sessions' })).toBeVisible();
	await expect(calendar(page).getByRole('cell', { name: '22 November, 1 session, today' })).toHaveAttribute('aria-current', 'date');
	await expect(calendar(page).getByRole('cell', { name: '19 November', exact: true })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Next month' })).toBeDisabled();
	await page.getByRole('button', { name: 'Previous month' }).click();
	await expect(calendar(page)).toHaveAccessibleName('October 2026: 1 session');
	await expect(calendar(page).getByRole('cell', { name: '5 October, 1 session' })).toBeVisible();
	await page.getByRole('button', { name: 'Next month' }).click();
	await expect(calendar(page)).toHaveAccessibleName('November 2026: 7 sessions');

	const chart = page.getByRole('img', { name: 'Left hip: pain scores over time' });
	await expect(chart).toHaveAccessibleDescription(
		'Left hip, last 30 days: 15 check-ins. Next day: average 4, from 2.5 at the start to 5.5 lately. Before: average 4.3, from 3.7 at the start to 5 lately. After: average 3.4, from 2.5 at the start to 4 lately.'
	);
	await page.getByRole('combobox', { name: 'Sore spot' }).selectOption('Lower back');
	await expect(page.getByRole('img', { name: 'Lower back: pain scores over time' })).toHaveAccessibleDescription(
		'Lower back, last 30 days: 1 check-in. After: one score, 2.'
	);
	await page.getByRole('radio', { name: '365 days' }).check();
	await expect(page.getByRole('img', { name: 'Lower back: pain scores over time' })).toHaveAccessibleDescription(/^Lower back, last 365 days/);
});

test('a spot that has been sorer the day after gets a calm note pointing to the safety page', async ({ page }) => {
	await openHistory(page);
	const note = page.getByRole('status').filter({ hasText: 'sorer the day after' });
	await expect(note).toHaveText(
		/Your left hip has been sorer the day after lately \(next-day average 5\.5, up from 2\.5\)\. That can happen, but if it keeps rising or feels sharp, see a physiotherapist or doctor\./
	);
	await note.getByRole('link', { name: 'When to stop, and when to see a professional' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Safety' })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`the history's progress has no accessibility violations in the ${colorScheme} theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await openHistory(page);
		await expect(page.getByRole('img', { name: /pain scores over time/ })).toBeVisible();
		const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
}

/** The text of each page of a PDF. */
async function pdfPages(data: Buffer): Promise<string[]> {
	const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
	const pages: string[] = [];
	for (let n = 1; n <= pdf.numPages; n++) {
		const content = await (await pdf.getPage(n)).getTextContent();
		pages.push(
			content.items
				.map((item) => ('str' in item ? item.str : ''))
				.join(' ')
				.replace(/\s+/g, ' ')
		);
	}
	await pdf.destroy();
	return pages;
}

test('the report for a physio works offline, prints with the sessions table on page 2, and saves as one file', async ({ page, context }) => {
	await openHistory(page);
	await waitForOfflineReady(page);
	await context.setOffline(true);
	await page.getByRole('link', { name: 'Report for your physio' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Rehab report' })).toBeVisible();
	await expect(page.getByText('26 Oct 2026 to 22 Nov 2026 · 7 sessions')).toBeVisible();
	await expect(page.getByRole('definition').filter({ hasText: '7: 6 completed, 1 ended early (1 logged by hand)' })).toBeVisible();
	await expect(page.getByRole('row', { name: /Left hip/ }).first()).toBeVisible();
	await expect(page.getByText('Your left hip has been sorer the day after lately')).toBeVisible();

	const pages = await pdfPages(await page.pdf({ format: 'A4' }));
	expect(pages.length).toBeGreaterThanOrEqual(2);
	expect(pages[0]).toContain('Summary');
	expect(pages[0]).not.toContain('Felt tight');
	const rest = pages.slice(1).join('\n');
	expect(rest).toMatch(/^\s*Sessions/);
	expect(rest).toContain('Post-run hip reset');
	expect(rest).toContain('Left hip: before 4, after 3, next day 3.');
	expect(rest).toContain('Felt tight on the stairs');
	expect(rest).toContain('Logged by hand');
	expect(pages.join('\n')).not.toContain('Download report');

	await page.getByRole('radio', { name: 'Last 3 months' }).check();
	await expect(page.getByText('24 Aug 2026 to 22 Nov 2026 · 8 sessions')).toBeVisible();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download report' }).click()]);
	expect(download.suggestedFilename()).toBe('unknot-report-2026-08-24-to-2026-11-22.html');
	const html = await readFile(await download.path(), 'utf8');
	expect(html).toMatch(/^<!doctype html>/);
	expect(html).toContain('<style>');
	expect(html).toContain('Soleus and calf care');
	expect(html).not.toMatch(/<script|<link/);
});
