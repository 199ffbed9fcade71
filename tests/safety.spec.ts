/** Safety said once and shown where it matters (issue 10). */
import { expect, test } from '@playwright/test';
import { stubPlatform } from './stubs';

test('the safety page is one tap from the library and from Settings, and says when to stop and when to get help', async ({ page }) => {
	await stubPlatform(page.context());
	await page.goto('/');
	await page.getByRole('link', { name: /^Safety/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Safety' })).toBeVisible();
	await expect(page.getByText('It is not medical advice')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Stop straight away if' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'See a physiotherapist or doctor if' })).toBeVisible();
	await page.getByRole('link', { name: 'Settings' }).click();
	await page.getByRole('link', { name: 'When to stop, and when to see a professional' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Safety' })).toBeVisible();
});
