import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { expect, test } from './fixtures';
import { BASE_URL, launchOptions } from './chromium';
import { readStore, runToEnd, startRoutine, waitForOfflineReady, writeStore } from './helpers';

test.describe('the library', () => {
	test('lists the built-in routines with their total time', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
		const hipReset = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Post-run hip reset' }) });
		await expect(hipReset).toContainText(/\d+ min/);
		await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
			'Post-run hip reset',
			'Post-run cool-down',
			'Pre-run dynamic warm-up',
			'Desk break',
			'Glute medius strength',
			'Soleus and calf care',
			'Restorative yoga wind-down'
		]);
	});
});

test.describe('the library before any script runs', () => {
	test.use({ javaScriptEnabled: false });

	test('is in the HTML: every built-in listed with its time', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
		await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(7);
		await expect(page.getByRole('listitem').filter({ hasText: 'Desk break' })).toContainText(/\d+ min/);
		await expect(page.getByRole('link', { name: 'New routine' })).toBeVisible();
	});

	test("each built-in routine's overview is in the HTML, with Start shown as not yet ready", async ({ page }) => {
		await page.goto('/routines/desk-break');
		await expect(page.getByRole('heading', { level: 1, name: 'Desk break' })).toBeVisible();
		await expect(page.getByRole('listitem').filter({ hasText: 'Seated figure-four stretch' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Start' })).toBeDisabled();
	});
});

test.describe("the user's own routines", () => {
	test('one put in storage is listed as theirs and plays end to end like a built-in', async ({ page }) => {
		await page.clock.install();
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible(); // the database exists now
		const routine = {
			schemaVersion: 1,
			id: 'my-desk-stretch',
			title: 'My desk stretch',
			steps: [
				{ kind: 'timed', name: 'Standing hip-flexor stretch', seconds: 3, getReadySeconds: 0 },
				{ kind: 'timed', name: 'Calf raise hold', seconds: 3, getReadySeconds: 0 }
			]
		};
		await writeStore(page, 'routines', [{ recordVersion: 1, updatedAt: 0, createdAt: 0, id: routine.id, routine }]);
		await page.reload();
		const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'My desk stretch' }) });
		await expect(card).toContainText('Yours');
		await startRoutine(page, 'My desk stretch');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Standing hip-flexor stretch');
		await runToEnd(page);
		await page.goto('/history');
		await expect(page.getByRole('listitem').filter({ hasText: 'My desk stretch' })).toContainText('2 of 2 steps done');

		// Deleted from its page, with Undo on the library; its session stays in the history.
		await page.goto('/routines/my-desk-stretch');
		await expect(page.getByRole('button', { name: 'Delete this routine' })).toBeVisible();
		await page.getByRole('button', { name: 'Delete this routine' }).click();
		await expect(page.getByText('Deleted My desk stretch. Its sessions are still in your history.')).toBeVisible();
		await expect(page.getByRole('link', { name: 'My desk stretch' })).toHaveCount(0);
		await page.getByRole('link', { name: 'History' }).first().click();
		await expect(page.getByRole('listitem').filter({ hasText: 'My desk stretch' })).toContainText('2 of 2 steps done');
		await page.goBack();
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(card).toContainText('Yours');
		expect(await readStore(page, 'routines')).toHaveLength(1);
	});

	test('a built-in routine cannot be deleted', async ({ page }) => {
		await page.goto('/routines/desk-break');
		await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Delete this routine' })).toHaveCount(0);
	});
});

test.describe('a session', () => {
	test('runs a routine to the end under a fast clock and finds it in history', async ({ page }) => {
		await page.clock.install();
		await page.goto('/');
		await startRoutine(page, 'Post-run hip reset');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Foam-roll quads — left');
		await runToEnd(page);
		await page.getByRole('link', { name: 'See history' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
		const entry = page.getByRole('listitem').filter({ hasText: 'Post-run hip reset' });
		await expect(entry).toHaveCount(1);
		await expect(entry).toContainText('Completed');
		await expect(entry).toContainText('5 of 5 steps done');
	});

	test('runs offline after one online visit, and the session is kept', async ({ page, context }) => {
		await page.clock.install();
		await page.goto('/');
		await waitForOfflineReady(page);
		await context.setOffline(true);
		await page.reload();
		await startRoutine(page, 'Soleus and calf care');
		await runToEnd(page);
		await page.getByRole('link', { name: 'See history' }).click();
		await expect(page.getByRole('listitem').filter({ hasText: 'Soleus and calf care' })).toContainText('Completed');
	});

	test('ending early records a partial session', async ({ page }) => {
		await page.clock.install();
		await page.goto('/routines/glute-medius-strength');
		await page.getByRole('button', { name: 'Start' }).click();
		await page.clock.fastForward('00:30');
		await page.getByRole('button', { name: 'End session' }).click();
		await page.getByRole('button', { name: 'Yes, end and save' }).click();
		await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();
		await expect(page.getByText('Saved to your history.')).toBeVisible();
		await page.goto('/history');
		await expect(page.getByRole('listitem').filter({ hasText: 'Glute medius strength' })).toContainText('Ended early');
	});
});

test.describe('offline', () => {
	test('opens deep links with the network off', async ({ page, context }) => {
		await page.goto('/');
		await waitForOfflineReady(page);
		await context.setOffline(true);
		await page.goto('/routines/restorative-wind-down');
		await expect(page.getByRole('heading', { level: 1, name: 'Restorative yoga wind-down' })).toBeVisible();
		await expect(page.getByText('Before you start:')).toBeVisible();
		await page.goto('/history');
		await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
		await page.goto('/settings');
		await expect(page.getByLabel('Get-ready time before each exercise')).toBeVisible();
		const schema = await page.evaluate(async () => (await fetch('/routine.schema.json')).json());
		expect(schema.title).toMatch(/Unknot routine/);
	});

	test('goes back to the library from another screen with the network off', async ({ page, context }) => {
		await page.goto('/');
		await waitForOfflineReady(page);
		await context.setOffline(true);
		await page.goto('/settings');
		await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
		// In the app, not a page load: the router asks for the library's data (`__data.json` with a query).
		await page.getByRole('link', { name: 'Routines' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Post-run hip reset' })).toBeVisible();
	});

	test('shows a clear page for an unknown routine, offline too', async ({ page, context }) => {
		await page.goto('/');
		await waitForOfflineReady(page);
		await context.setOffline(true);
		await page.goto('/routines/no-such-routine');
		await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Back to your routines' })).toBeVisible();
	});
});

test.describe('installing', () => {
	test('links a valid web app manifest', async ({ page, request }) => {
		await page.goto('/');
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		expect(href).toBe('/manifest.webmanifest');
		const response = await request.get(href!);
		expect(response.ok()).toBe(true);
		const manifest = await response.json();
		expect(manifest).toMatchObject({ name: expect.stringContaining('Unknot'), short_name: 'Unknot', display: 'standalone', start_url: '/' });
		expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
		// Shortcuts to three built-ins, each a prerendered page that opens.
		expect(manifest.shortcuts.map((shortcut: { url: string }) => shortcut.url)).toEqual(['/routines/post-run-hip-reset', '/routines/desk-break', '/routines/soleus-calf-care']);
		for (const shortcut of manifest.shortcuts as { url: string; short_name: string }[]) {
			expect(shortcut.short_name.length).toBeLessThanOrEqual(12);
			expect((await request.get(shortcut.url)).ok()).toBe(true);
		}
		for (const size of ['192x192', '512x512']) {
			for (const purpose of ['any', 'maskable']) {
				const icon = manifest.icons.find((i: { sizes: string; purpose: string }) => i.sizes === size && i.purpose === purpose);
				expect(icon, `${purpose} icon ${size}`).toBeTruthy();
				const image = await request.get(icon.src);
				expect(image.headers()['content-type']).toBe('image/png');
				const bytes = await image.body();
				expect(bytes.readUInt32BE(16)).toBe(Number(size.split('x')[0])); // PNG width from IHDR
			}
		}
	});
});

test.describe('a persistent profile', () => {
	test('keeps history after the browser is closed and reopened, and is installable', async () => {
		const profile = await mkdtemp(join(tmpdir(), 'unknot-profile-'));
		try {
			let context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL: BASE_URL, viewport: { width: 360, height: 640 } });
			let page = context.pages()[0] ?? (await context.newPage());
			await page.clock.install();
			await page.goto('/');
			await waitForOfflineReady(page);
			const cdp = await context.newCDPSession(page);
			const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
			expect(installabilityErrors).toEqual([]);
			await startRoutine(page, 'Pre-run dynamic warm-up');
			await runToEnd(page);
			await context.close();

			context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL: BASE_URL });
			page = context.pages()[0] ?? (await context.newPage());
			await page.goto('/history');
			await expect(page.getByRole('listitem').filter({ hasText: 'Pre-run dynamic warm-up' })).toContainText('Completed');
			await context.close();
		} finally {
			await rm(profile, { recursive: true, force: true });
		}
	});
});
