/**
 * The installed app's first paint: the prerendered library, the theme before any frame, and no layout
 * shift when what only the phone knows fills in.
 */
import { expect, test } from './fixtures';
import { storeQuickRoutine, storeSettings, writeStore } from './helpers';

/** The layout shift the page has had so far (CLS without session windows: every shift counts). */
function layoutShift(page: import('@playwright/test').Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				let total = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
						if (!entry.hadRecentInput) total += entry.value;
					}
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => resolve(total), 500);
			})
	);
}

test('a first visit creates no database and downloads no storage code, and the library is whole', async ({ page }) => {
	const scripts: Promise<string>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.push(response.text());
	});
	await page.goto('/');
	await expect(page.getByRole('link', { name: /Post-run hip reset/ })).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(await page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name))).toEqual([]);
	// idb's wrapper names IDBCursor; the reading code (and the database) come only with something to read.
	expect((await Promise.all(scripts)).filter((text) => text.includes('IDBCursor'))).toEqual([]);
	await expect(page.getByRole('list').first().getByRole('link')).toHaveCount(7);
	// Once something is stored, the library reads it.
	await storeQuickRoutine(page);
	await page.goto('/');
	await expect(page.getByRole('link', { name: /Quick release/ })).toBeVisible();
});

test('the library fills in a session in progress and the search without moving the list', async ({ page }) => {
	await page.goto('/');
	await storeQuickRoutine(page);
	await writeStore(page, 'inProgress', []);
	// A session in progress, as the player leaves it: start the quick routine and leave.
	await page.goto('/routines/quick-release');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('timer')).toBeVisible();
	page.on('dialog', (dialog) => void dialog.accept());
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Continue' })).toBeVisible();
	await expect(page.getByLabel('Search routines')).toBeVisible();
	// Second visit, on a slow phone where storage answers after the first paint: the room taken last
	// time is reserved before it. (Opening the database is held back 400 ms.)
	await page.addInitScript(() => {
		const open = IDBFactory.prototype.open;
		IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
			const request = open.apply(this, args);
			const listen = request.addEventListener.bind(request);
			request.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) =>
				listen(type, type === 'success' ? (event) => void setTimeout(() => listener.call(request, event), 400) : listener, options)) as typeof request.addEventListener;
			return request;
		};
	});
	await page.reload();
	await expect(page.getByRole('link', { name: 'Continue' })).toBeVisible();
	await expect(page.getByLabel('Search routines')).toBeVisible();
	expect(await layoutShift(page)).toBe(0);
});

test('a chosen theme is on the first paint of every page, and follows the phone when set so', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await storeSettings(page, {});
	await page.goto('/settings');
	await page.getByLabel('Theme').selectOption('light');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	// The first frame of a new page: read before any of the app's modules run.
	await page.addInitScript(() => {
		document.addEventListener('readystatechange', () => {
			if (document.readyState === 'interactive') (window as unknown as { firstTheme: string }).firstTheme = document.documentElement.dataset.theme ?? '';
		});
	});
	for (const path of ['/', '/history', '/routines/desk-break']) {
		await page.goto(path);
		expect(await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme), path).toBe('light');
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), path).toBe('rgb(245, 250, 248)');
	}
	await page.goto('/settings');
	await page.getByLabel('Theme').selectOption('system');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.emulateMedia({ colorScheme: 'light' });
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
