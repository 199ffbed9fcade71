import { expect, type Page } from '@playwright/test';

/** Waits until the service worker has installed (precached everything) and controls the page. */
export async function waitForOfflineReady(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	// The first visit is not controlled until a navigation; reload once so the worker serves the page.
	await page.reload();
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Starts a routine from the library by its title, as a user would. */
export async function startRoutine(page: Page, title: string): Promise<void> {
	await page.getByRole('link', { name: title }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('timer')).toBeVisible();
}

/** Fast-forwards the page's fake clock a minute at a time until the routine's finish screen shows. */
export async function runToEnd(page: Page, maxMinutes = 40): Promise<void> {
	const finished = page.getByRole('heading', { name: 'Routine complete' });
	for (let minute = 0; minute < maxMinutes; minute++) {
		if (await finished.isVisible()) break;
		await page.clock.fastForward('01:00');
	}
	await expect(finished).toBeVisible();
	await expect(page.getByText('Saved to your history.')).toBeVisible();
}
