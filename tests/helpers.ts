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

/**
 * Makes sure the app has created its database. A first visit to the library creates none (it has
 * nothing to read), and opening it here first would create an empty database the app then cannot
 * upgrade while this connection is open; so when it is missing, the settings screen (which reads
 * storage) is opened in a second tab of the same browser to create it, and closed again.
 */
async function databaseCreated(page: Page): Promise<void> {
	const created = () => page.evaluate(async () => (await indexedDB.databases()).some((database) => database.name === 'unknot' && (database.version ?? 0) >= 4));
	if (!(await created())) {
		const settings = await page.context().newPage();
		await settings.goto('/settings');
		await expect(settings.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
		await expect.poll(created, { message: 'the app creates its database' }).toBe(true);
		await settings.close();
	}
}

/** Every record of a store, read with the raw IndexedDB API as another program would. */
export async function readStore(page: Page, store: string): Promise<unknown[]> {
	await databaseCreated(page);
	return page.evaluate(
		(name) =>
			new Promise<unknown[]>((resolve, reject) => {
				const open = indexedDB.open('unknot');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const request = open.result.transaction(name).objectStore(name).getAll();
					request.onsuccess = () => {
						open.result.close();
						resolve(request.result);
					};
				};
			}),
		store
	);
}

/** Writes records straight into a store, as a hand edit in the developer tools would. */
export async function writeStore(page: Page, store: string, values: unknown[]): Promise<void> {
	await databaseCreated(page);
	return page.evaluate(
		([name, records]) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('unknot');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const transaction = open.result.transaction(name as string, 'readwrite');
					for (const record of records as unknown[]) transaction.objectStore(name as string).put(record);
					transaction.oncomplete = () => {
						open.result.close();
						resolve();
					};
					transaction.onerror = () => reject(transaction.error);
				};
			}),
		[store, values] as const
	);
}

/**
 * Stores settings as the settings screen would, before a routine is opened (opens the library first). Timing tests turn the instructions read aloud off: a brief waits for the voice,
 * and with frames only at the test's clock steps it would hold the routine until the next step.
 */
export async function storeSettings(page: Page, values: Record<string, unknown>): Promise<void> {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
	await writeStore(
		page,
		'settings',
		Object.entries(values).map(([key, value]) => ({ key, value, recordVersion: 1, updatedAt: 0 }))
	);
}

/** A two-step routine of the user's own, six seconds long, so a session runs in a moment of fake time. */
export const QUICK = {
	schemaVersion: 1,
	id: 'quick-release',
	title: 'Quick release',
	steps: [
		{ kind: 'timed', name: 'Ball on glute medius', seconds: 3, getReadySeconds: 0 },
		{ kind: 'timed', name: 'Clamshell hold', seconds: 3, getReadySeconds: 0 }
	]
};

/** Stores the quick routine as one of the user's own (the database must exist: open a page first). */
export function storeQuickRoutine(page: Page): Promise<void> {
	return writeStore(page, 'routines', [{ recordVersion: 1, updatedAt: 0, createdAt: 0, id: QUICK.id, routine: QUICK }]);
}

/**
 * Sets the page's text to 200 %, as a phone's largest text setting does. A constructed style sheet,
 * not a style tag: the app's CSP refuses inline styles, and adopted sheets are CSSOM, which it allows.
 */
export async function growText(page: Page): Promise<void> {
	await page.evaluate(() => {
		const sheet = new CSSStyleSheet();
		sheet.replaceSync('html { font-size: 200% !important; }');
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	});
	// Proof it took: a sheet the page refused would leave the test measuring normal text.
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
}
