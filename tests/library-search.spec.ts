/**
 * Finding a routine (issue 14): once the user has a routine of their own, the library offers a search
 * field and tag and equipment chips; on a 360 px phone the chips wrap as 48 px targets, the count is
 * said politely, Back from a routine (or a reload of the address) returns to the same filtered list, and one button clears it all.
 * With only the built-ins there is nothing to search. Axe finds nothing in light or dark.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { storeQuickRoutine } from './helpers';

test.use({ viewport: { width: 360, height: 640 } });

async function openLibrary(page: Page) {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
}

/** Opens the library with the quick routine stored as the user's own. */
async function openLibraryWithOwnRoutine(page: Page) {
	await openLibrary(page); // the database exists now
	await storeQuickRoutine(page);
	await page.reload();
	await expect(page.getByRole('link', { name: 'Quick release' })).toBeVisible();
}

const titles = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 });
const chip = (page: Page, group: 'Tags' | 'Equipment', name: string) =>
	page.getByRole('group', { name: group }).getByRole('button', { name: new RegExp(`^${name} \\d+$`) });

test('with only the built-in routines, the library offers no search', async ({ page }) => {
	await openLibrary(page);
	await expect(titles(page)).toHaveCount(7);
	await expect(page.getByRole('searchbox')).toHaveCount(0);
	await expect(page.getByRole('button', { name: /^Filter/ })).toHaveCount(0);
});

test('a user with a routine of their own searches by a word, filters by tag and equipment, comes Back to the same list, and clears it', async ({ page }) => {
	await openLibraryWithOwnRoutine(page);
	const field = page.getByRole('searchbox', { name: 'Search routines' });
	const count = page.getByRole('status').filter({ hasText: /routines?$/ });
	await expect(field).toBeVisible();
	await expect(count).toHaveText('8 routines');

	// A word found in tags and titles, in any case.
	await field.fill('CHAIR');
	await expect(titles(page)).toHaveText(['Desk break', 'Soleus and calf care']);
	await expect(count).toHaveText('2 of 8 routines');
	await field.fill('quick');
	await expect(titles(page)).toHaveText(['Quick release']);
	await field.fill('');
	await expect(titles(page)).toHaveCount(8);

	// The chips: toggle buttons that wrap inside the phone's width, each a 48 px target.
	await page.getByText('Filter', { exact: true }).click();
	const glutes = chip(page, 'Tags', 'glutes');
	await expect(glutes).toHaveAttribute('aria-pressed', 'false');
	const sizes = await page.locator('.chip').evaluateAll((chips) => chips.map((c) => c.getBoundingClientRect()).map((r) => ({ height: r.height, right: r.right })));
	expect(sizes.length).toBeGreaterThan(20);
	for (const size of sizes) {
		expect(size.height).toBeGreaterThanOrEqual(48);
		expect(size.right).toBeLessThanOrEqual(360);
	}
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

	await glutes.click();
	await expect(glutes).toHaveAttribute('aria-pressed', 'true');
	await expect(titles(page)).toHaveText(['Post-run hip reset', 'Post-run cool-down', 'Desk break', 'Glute medius strength']);
	await chip(page, 'Equipment', 'chair').click();
	await expect(titles(page)).toHaveText(['Desk break']);
	await expect(count).toHaveText('1 of 8 routines');
	await expect(page).toHaveURL(/\?tag=glutes&equipment=chair$/);

	// Back from a routine shows the same filtered list.
	await page.getByRole('link', { name: 'Desk break' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Desk break' })).toBeVisible();
	await page.goBack();
	await expect(page).toHaveURL(/\?tag=glutes&equipment=chair$/);
	await expect(titles(page)).toHaveText(['Desk break']);
	await expect(chip(page, 'Equipment', 'chair')).toHaveAttribute('aria-pressed', 'true');
	// And a reload (or a bookmark) of the address shows it too.
	await page.reload();
	await expect(titles(page)).toHaveText(['Desk break']);
	await expect(page.getByRole('searchbox', { name: 'Search routines' })).toBeVisible();

	// Nothing matches: said so, and one button clears search and filters and returns to the field.
	await field.fill('zzz');
	await expect(page.getByText('No routine matches. Try fewer words or filters.')).toBeVisible();
	await expect(count).toHaveText('0 of 8 routines');
	await page.getByRole('button', { name: 'Clear search and filters' }).click();
	await expect(titles(page)).toHaveCount(8);
	await expect(field).toBeFocused();
	await expect(field).toHaveValue('');
	await expect(glutes).toHaveAttribute('aria-pressed', 'false');
	await expect(page).toHaveURL(/\/$/);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`the library's search and filters have no accessibility violations in the ${colorScheme} theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.clock.install({ time: Date.parse('2026-11-22T08:00:00Z') });
		const violations = async () =>
			(await new AxeBuilder({ page }).setLegacyMode(true).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

		await openLibraryWithOwnRoutine(page);
		await page.getByText('Filter', { exact: true }).click();
		await chip(page, 'Tags', 'hip').click();
		await chip(page, 'Equipment', 'mat').click();
		await expect(page.getByRole('status').filter({ hasText: /of 8 routines$/ })).toBeVisible();
		expect(await violations()).toEqual([]);

		await page.getByRole('searchbox', { name: 'Search routines' }).fill('nothing like this');
		await expect(page.getByRole('button', { name: 'Clear search and filters' })).toBeVisible();
		expect(await violations()).toEqual([]);
	});
}
