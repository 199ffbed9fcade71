/**
 * axe on every screen, in both themes, at a phone's size: the sweep that catches a screen no
 * feature spec opens with axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { storeQuickRoutine, writeStore } from './helpers';
import { buildSessionRecord } from '../src/lib/core/testing/records';

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
