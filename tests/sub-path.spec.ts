/**
 * The app served under a sub-path, as a GitHub Pages project site is (`BASE_PATH=/unknot`, built by
 * `npm run build:sub` into build-sub/unknot and served as GitHub Pages serves it, unknown paths
 * answered by its 404.html with status 404: scripts/pages-server.js, started by playwright.config.ts).
 * Online, offline and installable, with deep links; the files and links it makes point inside the
 * sub-path; and nothing it asks for ever leaves /unknot/.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { expect, guardContext, test } from './fixtures';
import { launchOptions, SUB_PATH as BASE, SUB_PATH_URL } from './chromium';
import { runToEnd } from './helpers';

/** Every address the page asks this site for, to check none falls outside the sub-path. */
function watchRequests(page: Page): string[] {
	const outside: string[] = [];
	page.context().on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin === SUB_PATH_URL && !url.pathname.startsWith(`${BASE}/`)) outside.push(url.pathname);
	});
	return outside;
}

test('the library, a routine and the history open under the sub-path, and every link stays inside it', async ({ page }) => {
	const outside = watchRequests(page);
	await page.goto(`${BASE}/`);
	await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
	await page.getByRole('link', { name: /Desk break/ }).click();
	await expect(page).toHaveURL(`${SUB_PATH_URL}${BASE}/routines/desk-break`);
	await expect(page.getByRole('heading', { level: 1, name: 'Desk break' })).toBeVisible();
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
	await expect(page).toHaveURL(`${SUB_PATH_URL}${BASE}/history`);
	await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
	// Deep links, typed or bookmarked: a prerendered overview (its own file), and screens the host
	// answers with the fallback page and status 404, as GitHub Pages does; the app starts all the same.
	for (const [path, heading, status] of [
		['/routines/soleus-calf-care', 'Soleus and calf care', 200],
		['/settings', 'Settings', 404],
		['/edit', 'New routine', 404]
	] as const) {
		const response = await page.goto(`${BASE}${path}`);
		// Once the service worker has installed (it may, between these visits), it answers with 200.
		expect([status, 200], path).toContain(response?.status());
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
	}
	await page.goto(`${BASE}/routines/no-such-routine`);
	await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
	await page.getByRole('link', { name: 'Back to your routines' }).click();
	await expect(page).toHaveURL(`${SUB_PATH_URL}${BASE}/`);
	expect(outside).toEqual([]);
	// The project's address without its slash, as people type it (the one request outside /unknot/).
	await page.goto(BASE);
	await expect(page).toHaveURL(`${SUB_PATH_URL}${BASE}/`);
	await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
});

test('the manifest names only addresses under the sub-path, and each one is served', async ({ page, request }) => {
	await page.goto(`${BASE}/`);
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBe(`${BASE}/manifest.webmanifest`);
	const manifest = await (await request.get(href!)).json();
	expect(manifest).toMatchObject({ id: `${BASE}/`, start_url: `${BASE}/`, scope: `${BASE}/` });
	const addresses = [
		manifest.start_url,
		...manifest.shortcuts.map((shortcut: { url: string }) => shortcut.url),
		...manifest.icons.map((icon: { src: string }) => icon.src),
		...manifest.screenshots.map((shot: { src: string }) => shot.src)
	];
	for (const address of addresses) {
		expect(address).toMatch(new RegExp(`^${BASE}/`));
		expect((await request.get(address)).ok(), address).toBe(true);
	}
});

test('the files and links the app makes point inside the sub-path: a share link, a routine file and a backup', async ({ page, request }) => {
	await page.goto(`${BASE}/routines/desk-break`);
	await page.getByRole('link', { name: 'Share or export' }).click();
	await expect(page).toHaveURL(`${SUB_PATH_URL}${BASE}/routines/desk-break/share`);
	const link = await page.getByLabel(/^Share link/).inputValue();
	expect(link).toMatch(new RegExp(`^${SUB_PATH_URL}${BASE}/import#r=2\\.[A-Za-z0-9_-]+$`));
	const [routineFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as file' }).click()]);
	const routine = JSON.parse(await readFile(await routineFile.path(), 'utf8'));
	expect(routine.$schema).toBe(`${SUB_PATH_URL}${BASE}/routine.schema.json`);
	expect((await request.get(routine.$schema)).ok()).toBe(true);

	await page.goto(link);
	await expect(page.getByText('A routine from the link, not saved yet:')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Desk break' })).toBeVisible();

	await page.goto(`${BASE}/settings`);
	const [backupFile] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('region', { name: 'Your data' }).getByRole('button', { name: 'Export a backup' }).click()
	]);
	const backup = JSON.parse(await readFile(await backupFile.path(), 'utf8'));
	expect(backup.$schema).toBe(`${SUB_PATH_URL}${BASE}/backup.schema.json`);
	expect((await request.get(backup.$schema)).ok()).toBe(true);
});

test("installed from a persistent profile: the worker's scope is the sub-path, and offline a reload, deep links and a whole routine still work", async () => {
	const profile = await mkdtemp(join(tmpdir(), 'unknot-sub-path-'));
	try {
		const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL: SUB_PATH_URL, viewport: { width: 360, height: 640 } });
		// This context is the spec's own, not the fixture's: guarded here the same way.
		const guarded = await guardContext(context, SUB_PATH_URL);
		const page = context.pages()[0] ?? (await context.newPage());
		const outside = watchRequests(page);
		await page.clock.install();
		await page.goto(`${BASE}/`);
		const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
		expect(scope).toBe(`${SUB_PATH_URL}${BASE}/`);
		await page.reload();
		await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
		const cdp = await context.newCDPSession(page);
		expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);

		await context.setOffline(true);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
		for (const [path, heading] of [
			['/history', 'History'],
			['/edit', 'New routine']
		]) {
			await page.goto(`${BASE}${path}`);
			await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		}
		await page.goto(`${BASE}/routines/desk-break`);
		await expect(page.getByRole('heading', { level: 1, name: 'Desk break' })).toBeVisible();
		await page.getByRole('button', { name: 'Start' }).click();
		await expect(page.getByRole('timer')).toBeVisible();
		await runToEnd(page);
		await page.getByRole('link', { name: 'See history' }).click();
		await expect(page).toHaveURL(`${SUB_PATH_URL}${BASE}/history`);
		await expect(page.getByRole('listitem').filter({ hasText: 'Desk break' })).toContainText('Completed');
		expect(outside).toEqual([]);
		guarded();
		await context.close();
	} finally {
		await rm(profile, { recursive: true, force: true });
	}
});
