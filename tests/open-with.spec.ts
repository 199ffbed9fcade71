/**
 * The installed app opening routine files and receiving them from the share sheet. Headless Chromium
 * cannot install the app, so: the manifest's entries, the service worker's share-target handler with
 * a real multipart POST, and the launchQueue consumer with a stub.
 */
import { expect, test } from './fixtures';
import { waitForOfflineReady } from './helpers';

const ROUTINE = {
	schemaVersion: 1,
	id: 'shared-calf-plan',
	title: 'Shared calf plan',
	steps: [{ kind: 'timed', name: 'Wall calf stretch', seconds: 30, getReadySeconds: 0 }]
};

test('the manifest says the installed app opens .json files and is a share target', async ({ request }) => {
	const manifest = await (await request.get('/manifest.webmanifest')).json();
	expect(manifest.file_handlers).toEqual([{ action: '/import', accept: { 'application/json': ['.json'] } }]);
	expect(manifest.share_target).toMatchObject({
		action: '/import/share',
		method: 'POST',
		enctype: 'multipart/form-data',
		params: { files: [{ name: 'file', accept: ['application/json', '.json'] }] }
	});
});

test('a file shared to the app is kept by the service worker and opens in the import preview', async ({ page }) => {
	await page.goto('/');
	await waitForOfflineReady(page);
	const landed = await page.evaluate(async (routine) => {
		const form = new FormData();
		form.append('file', new File([JSON.stringify(routine)], 'calf.json', { type: 'application/json' }));
		const response = await fetch('/import/share', { method: 'POST', body: form });
		return new URL(response.url).pathname + new URL(response.url).search;
	}, ROUTINE);
	expect(landed).toBe('/import?shared=1');
	await page.goto('/import?shared=1');
	await expect(page.getByRole('region', { name: 'Shared calf plan' })).toContainText('A routine from calf.json, not saved yet');
	// Taken once: reading the screen again finds nothing waiting.
	await page.reload();
	await expect(page.getByRole('region', { name: 'Shared calf plan' })).toHaveCount(0);
});

test('a share link shared to the app as text opens its routine in the import preview', async ({ page }) => {
	await page.goto('/routines/desk-break/share');
	const link = await page.getByLabel(/^Share link/).inputValue();
	await waitForOfflineReady(page);
	await page.evaluate(async (text) => {
		const form = new FormData();
		form.append('text', text);
		await fetch('/import/share', { method: 'POST', body: form });
	}, `Try this one: ${link}`);
	await page.goto('/import?shared=1');
	await expect(page.getByRole('region', { name: 'Desk break' })).toContainText('A routine from the link, not saved yet');
});

test('a file the installed app is opened with (launchQueue) opens in the import preview', async ({ page }) => {
	await page.addInitScript((text) => {
		// Chromium has a launchQueue of its own (a getter, which a plain assignment cannot replace).
		Object.defineProperty(window, 'launchQueue', {
			configurable: true,
			value: {
				setConsumer: (consumer: (params: { files: { getFile(): Promise<File> }[] }) => void) =>
					consumer({ files: [{ getFile: async () => new File([text], 'opened.json', { type: 'application/json' }) }] })
			}
		});
	}, JSON.stringify(ROUTINE));
	await page.goto('/import');
	await expect(page.getByRole('region', { name: 'Shared calf plan' })).toContainText('A routine from opened.json, not saved yet');
});
