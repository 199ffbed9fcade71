/** Safety said once and shown where it matters (issue 10). */
import { expect, test } from './fixtures';
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

test("the routine's caution is on screen at the first get-ready and on coming back to a session", async ({ page }) => {
	await stubPlatform(page.context());
	await page.clock.install({ time: new Date('2026-11-21T07:00:00Z').getTime() });
	await page.goto('/routines/post-run-hip-reset');
	const caution = page.getByRole('region', { name: /^Player/ }).getByText(/see a physiotherapist/i);
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(caution).toBeVisible();
	await page.clock.fastForward(11_000); // past the first get-ready
	await expect(caution).toBeHidden();
	page.on('dialog', (dialog) => void dialog.accept()); // the leave-page prompt
	await page.reload();
	await expect(page.getByRole('timer')).toBeVisible();
	await page.clock.fastForward('10:00'); // no frames for ten minutes: it comes back paused
	await expect(page.getByText('Welcome back. Your routine is paused where you left it.')).toBeVisible();
	await expect(caution).toBeVisible();
});
