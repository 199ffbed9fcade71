/**
 * axe on every screen, in both themes, at a phone's size: the sweep that catches a screen no
 * feature spec opens with axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { storeQuickRoutine, writeStore } from './helpers';
import { buildSessionRecord } from '../src/lib/core/testing/records';
import { buildPlanEntry } from '../src/lib/core/plan';

const SCREENS = [
	'/',
	'/routines/post-run-hip-reset',
	'/routines/quick-release',
	'/routines/quick-release/share',
	'/edit',
	'/edit?routine=desk-break',
	'/history',
	'/history/s1',
	'/history/log',
	'/history/report',
	'/plan',
	'/plan?add=glute-medius-strength',
	'/settings',
	'/import',
	'/safety',
	'/no-such-page'
];

for (const colorScheme of ['light', 'dark'] as const) {
	test(`every screen has no accessibility violations in the ${colorScheme} theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('/');
		await storeQuickRoutine(page);
		await writeStore(page, 'sessions', [buildSessionRecord('s1', Date.parse('2026-11-20T07:00:00Z'))]);
		// A plan, so the library shows Today and the plan screen its entries, a dose and the weeks.
		await writeStore(page, 'planEntries', [
			{ ...buildPlanEntry('e1', { id: 'post-run-hip-reset', title: 'Post-run hip reset' }, { kind: 'days', weekdays: [0, 1, 2, 3, 4, 5, 6], times: ['08:00', '20:00'] }, '2026-11-01', 0), dose: {} },
			buildPlanEntry('e2', { id: 'post-run-cool-down', title: 'Post-run cool-down' }, { kind: 'runs' }, '2026-11-01', 0)
		]);
		const found: string[] = [];
		for (const path of SCREENS) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
			const { violations } = await new AxeBuilder({ page }).analyze();
			found.push(...violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
		}
		expect(found).toEqual([]);
	});
}
