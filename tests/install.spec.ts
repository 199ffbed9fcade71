/**
 * Installing Unknot: the button where the browser offers installation (a synthetic
 * `beforeinstallprompt`, since headless Chromium in a fresh profile never offers it), the Add to Home
 * Screen steps on iOS Safari, and nothing at all once the app runs installed.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const IPHONE_SAFARI =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';
const HINT = 'Install Unknot to open it from your home screen, offline.';
const IOS_HINT = 'Add Unknot to your home screen: tap Share, then “Add to Home Screen”.';

/** Chromium's offer, as the browser sends it; a tap on our button calls its prompt(), counted here. */
function offerInstall(page: Page): Promise<void> {
	return page.evaluate(() => {
		const counted = window as unknown as { prompted?: number };
		const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
			prompt: async () => {
				counted.prompted = (counted.prompted ?? 0) + 1;
			},
			userChoice: Promise.resolve({ outcome: 'accepted' })
		});
		window.dispatchEvent(event);
	});
}

/** Offers installation until the app shows it (the library's hint loads after the first paint). */
async function offerUntilShown(page: Page, text: string): Promise<void> {
	await expect
		.poll(async () => {
			await offerInstall(page);
			return page.getByText(text).isVisible();
		})
		.toBe(true);
}

/** Scrolls to the end of the library, where its install hint shows (its code loads only then). */
async function scrollToEnd(page: Page): Promise<void> {
	await page.getByRole('link', { name: /^Safety/ }).scrollIntoViewIfNeeded();
}

/** Lets the app start and load what it loads after the first paint, so "nothing" means nothing. */
async function settle(page: Page): Promise<void> {
	// The library marks its part read; Settings shows once its settings are read.
	await expect(page.locator('.home-top.loaded').or(page.getByRole('heading', { level: 1, name: 'Settings' }))).toBeAttached();
	await page.waitForLoadState('networkidle');
}

test.describe('where the browser offers installation', () => {
	test('the library hints once, dismissibly; Settings offers Install Unknot, prompts on the tap, and goes away', async ({ page }) => {
		await page.goto('/');
		await settle(page);
		// Scripts (named by hash) asked for from here on: the hint's code is the only one left to load.
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
		});
		await offerInstall(page);
		await settle(page);
		// The hint sits at the end of the library, below the fold: its code waits until the user gets near.
		expect(scripts).toEqual([]);
		await scrollToEnd(page);
		await offerUntilShown(page, HINT);
		expect(scripts.length).toBeGreaterThan(0);
		await page.getByRole('button', { name: 'Dismiss' }).click();
		await expect(page.getByText(HINT)).toHaveCount(0);

		await page.reload();
		await settle(page);
		await offerInstall(page);
		await scrollToEnd(page);
		await settle(page);
		await expect(page.getByText(HINT)).toHaveCount(0);

		// The offer caught on the library is still there in Settings.
		await page.getByRole('link', { name: 'Settings' }).click();
		const install = page.getByRole('button', { name: 'Install Unknot' });
		await expect(install).toBeVisible();
		const box = await install.boundingBox();
		expect(box?.height).toBeGreaterThanOrEqual(48);
		await install.click();
		await expect.poll(() => page.evaluate(() => (window as unknown as { prompted?: number }).prompted)).toBe(1);
		await expect(install).toHaveCount(0);
		await expect(page.getByRole('heading', { name: 'Install' })).toHaveCount(0);
	});

	test('installed from the browser’s own menu, the offer goes away', async ({ page }) => {
		await page.goto('/settings');
		await offerUntilShown(page, 'Open Unknot from your home screen like any app, full screen and offline.');
		await expect(page.getByRole('button', { name: 'Install Unknot' })).toBeVisible();
		await page.evaluate(() => window.dispatchEvent(new Event('appinstalled')));
		await expect(page.getByRole('button', { name: 'Install Unknot' })).toHaveCount(0);
	});

	test('running installed, nothing is offered', async ({ page }) => {
		// display-mode cannot be emulated: the app asks matchMedia, so answer as an installed app would.
		await page.addInitScript(() => {
			const real = window.matchMedia.bind(window);
			window.matchMedia = (query: string) =>
				query === '(display-mode: standalone)' ? ({ ...real(query), matches: true, media: query } as MediaQueryList) : real(query);
		});
		await page.goto('/');
		await settle(page);
		await offerInstall(page);
		await scrollToEnd(page);
		await settle(page);
		await expect(page.getByText(HINT)).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Install Unknot' })).toHaveCount(0);
		await page.getByRole('link', { name: 'Settings' }).click();
		await settle(page);
		await expect(page.getByRole('heading', { name: 'Install' })).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Install Unknot' })).toHaveCount(0);
	});
});

test.describe('on iOS Safari', () => {
	test.use({ userAgent: IPHONE_SAFARI });

	test('the library hints at Add to Home Screen and Settings lists the steps', async ({ page }) => {
		await page.goto('/');
		await scrollToEnd(page);
		await expect(page.getByText(IOS_HINT)).toBeVisible();
		await expect(page.getByRole('button', { name: 'Install Unknot' })).toHaveCount(0);
		await page.getByRole('link', { name: 'Settings' }).click();
		await expect(page.getByRole('heading', { name: 'Install' })).toBeVisible();
		await expect(page.getByRole('listitem').filter({ hasText: 'Add to Home Screen' })).toBeVisible();
	});

	test('launched from the home screen, nothing is offered', async ({ page }) => {
		await page.addInitScript(() => Object.defineProperty(navigator, 'standalone', { value: true }));
		await page.goto('/');
		await scrollToEnd(page);
		await settle(page);
		await expect(page.getByText(IOS_HINT)).toHaveCount(0);
		await page.getByRole('link', { name: 'Settings' }).click();
		await settle(page);
		await expect(page.getByRole('heading', { name: 'Install' })).toHaveCount(0);
	});
});
