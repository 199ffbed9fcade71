/**
 * Bringing a routine in and handing it on (issue 13): import a file, see the preview, save it and play
 * it; export it as a file that validates against the published schema; its QR code decodes to its share
 * link, and the link opens offline in a fresh profile that has visited the app once, and imports
 * there. A broken file lists its mistakes with their paths and saves nothing; a title that is markup
 * shows as text; damaged and newer links are refused; both screens pass axe in light and dark.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import Ajv from 'ajv';
import jsQR from 'jsqr';
import { BASE_URL } from './chromium';
import { readStore, storeSettings, waitForOfflineReady } from './helpers';
import { stubPlatform } from './stubs';

const CONTEXT = { timezoneId: 'Europe/London', locale: 'en-GB' } as const;
test.use(CONTEXT);

// Sunday 22 November 2026, 08:00 in London.
const T0 = Date.parse('2026-11-22T08:00:00Z');

/** A routine from a physiotherapist: two short steps, equipment, a caution and an extension key. */
const FROM_PHYSIO = {
	schemaVersion: 1,
	id: 'physio-calf-plan',
	title: 'Physio calf plan',
	caution: 'Stop if the Achilles hurts sharply.',
	equipment: ['step', 'wall'],
	'x-prescribed-by': 'the clinic',
	steps: [
		{ kind: 'timed', name: 'Wall calf stretch', seconds: 3, getReadySeconds: 0 },
		{ kind: 'timed', name: 'Bent-knee soleus stretch', seconds: 3, getReadySeconds: 0 }
	]
};

const asFile = (value: unknown, name = 'routine.json') => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value, null, 2)) });

async function openImport(page: Page, hash = '') {
	await page.goto(`/import${hash}`);
	await expect(page.getByRole('heading', { level: 1, name: 'Import a routine or restore a backup' })).toBeVisible();
}

/** The share screen's QR code, drawn to pixels in the page as a screen shows it, and read with jsQR. */
async function decodeQr(page: Page): Promise<string | undefined> {
	const svg = page.getByRole('img', { name: /^QR code of the share link/ });
	await expect(svg).toBeVisible();
	const { width, pixels } = await svg.evaluate(async (element) => {
		const size = 600;
		const image = new Image(size, size);
		image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(element))}`;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = size;
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0, size, size);
		const data = context.getImageData(0, 0, size, size).data;
		let binary = '';
		for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
		return { width: size, pixels: btoa(binary) };
	});
	return jsQR(new Uint8ClampedArray(Buffer.from(pixels, 'base64')), width, width)?.data;
}

test('imports a routine file, plays it, exports it, and its link and QR code carry it to a fresh phone offline', async ({ page, browser }) => {
	await stubPlatform(page.context());
	await page.clock.install({ time: T0 });
	await storeSettings(page, { readInstructions: false });

	// Import: the preview shows what the file holds, and nothing is saved until asked.
	await openImport(page);
	await page.getByLabel('Choose a file').setInputFiles(asFile(FROM_PHYSIO, 'physio-calf-plan.json'));
	const preview = page.getByRole('region', { name: 'Physio calf plan' });
	await expect(preview).toContainText('A routine from physio-calf-plan.json, not saved yet');
	await expect(preview).toContainText('6 s · 2 steps');
	await expect(preview).toContainText('Caution: Stop if the Achilles hurts sharply.');
	await expect(preview).toContainText('You will need: step, wall');
	await expect(preview.getByRole('listitem')).toHaveText([/^Wall calf stretch/, /^Bent-knee soleus stretch/]);
	expect(await readStore(page, 'routines')).toEqual([]);
	await preview.getByRole('button', { name: 'Save to my routines' }).click();
	const saved = page.getByRole('region', { name: 'Saved' });
	await expect(saved).toContainText('“Physio calf plan” is in your routines now.');
	const [record] = (await readStore(page, 'routines')) as { routine: Record<string, unknown> }[];
	expect(record?.routine).toEqual(FROM_PHYSIO); // the x- key kept

	// Play it briefly, from "Open it".
	await saved.getByRole('link', { name: 'Open it' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Physio calf plan' })).toBeVisible();
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('timer')).toBeVisible();
	await page.clock.fastForward(7000);
	await expect(page.getByRole('heading', { name: 'Routine complete' })).toBeVisible();

	// Share: the file validates against the published schema and holds the routine.
	await page.goto(`/routines/${FROM_PHYSIO.id}`);
	await page.getByRole('link', { name: 'Share or export' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Share or export “Physio calf plan”' })).toBeVisible();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as file' }).click()]);
	expect(download.suggestedFilename()).toBe('physio-calf-plan.json');
	await expect(page.getByRole('status')).toHaveText('Saved physio-calf-plan.json to your downloads.');
	const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
	expect(exported).toEqual({ $schema: `${BASE_URL}/routine.schema.json`, ...FROM_PHYSIO });
	const schema = await page.evaluate(async () => (await fetch('/routine.schema.json')).json());
	const validate = new Ajv({ discriminator: true, allErrors: true, strict: true }).compile(schema);
	expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);

	// The link, and the QR code that carries it, read back from the pixels.
	const link = await page.getByLabel(/^Share link/).inputValue();
	expect(link).toMatch(new RegExp(`^${BASE_URL}/import#r=2\\.[A-Za-z0-9_-]+$`));
	expect(await decodeQr(page)).toBe(link);
	await expect(page.getByText(/^Error correction level M/)).toBeVisible();

	// A fresh phone that has opened Unknot once, now offline, opens the link and imports the routine.
	const context = await browser.newContext({ ...CONTEXT, baseURL: BASE_URL, viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
	try {
		const other = await context.newPage();
		await other.goto('/');
		await expect(other.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
		await waitForOfflineReady(other);
		await context.setOffline(true);
		await other.goto(link);
		const there = other.getByRole('region', { name: 'Physio calf plan' });
		await expect(there).toContainText('A routine from the link, not saved yet');
		await there.getByRole('button', { name: 'Save to my routines' }).click();
		await other.getByRole('region', { name: 'Saved' }).getByRole('link', { name: 'Open it' }).click();
		await expect(other.getByRole('heading', { level: 1, name: 'Physio calf plan' })).toBeVisible();
		const [copy] = (await readStore(other, 'routines')) as { routine: unknown }[];
		expect(copy?.routine).toEqual(FROM_PHYSIO);
	} finally {
		await context.close();
	}
});

test('a broken file lists its mistakes with their paths, invalid JSON says where, and nothing is saved', async ({ page }) => {
	await storeSettings(page, {});
	await openImport(page);
	const broken = { ...FROM_PHYSIO, steps: [{ kind: 'timed', name: 'Wall calf stretch', seconds: -3, sides: 'both sides' }, { kind: 'timed', name: 'Hold', secs: 30 }] };
	await page.getByLabel('Choose a file').setInputFiles(asFile(broken));
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('This routine has 4 mistakes, so it cannot be imported until they are put right:');
	const mistakes = alert.getByRole('list', { name: 'Mistakes in the routine' }).getByRole('listitem');
	await expect(mistakes).toHaveText([/^steps\[0\]\.seconds: expected/, /^steps\[0\]\.sides: expected .*got "both sides"$/, /^steps\[1\]\.seconds: expected .*got nothing$/, /^steps\[1\]\.secs: unknown key "secs"/]);
	await expect(page.getByRole('button', { name: 'Save to my routines' })).toHaveCount(0);

	await page.getByLabel(/^Or paste a routine/).fill('{\n  "schemaVersion": 1,\n  "title": "Oops",,\n}');
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByRole('alert')).toHaveText('This is not a routine file: it is not valid JSON. The first mistake is at line 3, column 19.');

	// Hostile input is refused at once, and the page still answers.
	await page.getByLabel('Choose another file').setInputFiles(asFile(`{"title": "${'x'.repeat(2_000_000)}"}`, 'huge.json'));
	await expect(page.getByRole('alert')).toContainText('This is far too long to be a routine');
	await page.getByLabel('Choose another file').setInputFiles(asFile('['.repeat(100_000) + ']'.repeat(100_000), 'deep.json'));
	await expect(page.getByRole('alert')).toContainText('This is nested far deeper than any routine');
	await page.getByLabel('Choose another file').setInputFiles(asFile({ ...FROM_PHYSIO, title: 'x'.repeat(10_000) }, 'long.json'));
	await expect(page.getByRole('alert').getByRole('listitem')).toHaveText([/^title: expected text of 1 to \d+ characters, got "x{40}…"$/]);
	expect(await readStore(page, 'routines')).toEqual([]);
});

test('a title that is markup shows as text and runs nothing; a routine with a taken id asks first', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await storeSettings(page, {});
	await openImport(page);
	const title = '<img src=x onerror=alert(1)>';
	const hostile = { ...FROM_PHYSIO, id: 'desk-break', title };
	await page.getByLabel(/^Or paste a routine/).fill(JSON.stringify(hostile));
	await page.getByRole('button', { name: 'Check' }).click();
	const preview = page.getByRole('region', { name: title });
	await expect(preview.getByRole('heading', { level: 2 })).toHaveText(title);
	await expect(page.locator('main img')).toHaveCount(0);
	// The id is a built-in's: it stays as shipped, and this one is kept beside it.
	await expect(preview).toContainText('This routine has the id of the built-in “Desk break”');
	await preview.getByRole('button', { name: 'Keep both' }).click();
	await page.getByRole('region', { name: 'Saved' }).getByRole('link', { name: 'Open it' }).click();
	await expect(page).toHaveURL(/\/routines\/desk-break-2$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await page.goto('/');
	await expect(page.getByRole('link', { name: title })).toBeVisible();
	expect(dialogs).toEqual([]);
});

test('a damaged link and one from a newer Unknot are refused, saying why', async ({ page }) => {
	await openImport(page, '#r=1.AAAAbroken');
	await expect(page.getByRole('alert')).toContainText('This link is damaged: part of it may have been lost when it was copied.');
	await openImport(page, '#r=3.AAAA');
	await expect(page.getByRole('alert')).toContainText('This link was made by a newer Unknot (link format 3; this one reads format 2). Update Unknot, then open the link again.');
	await expect(page.getByRole('button', { name: /Save/ })).toHaveCount(0);
});

test('with storage full, saving an import says so in plain words, and saves nothing', async ({ page }) => {
	// The disk fills between the check and Save: every write to the routines store is refused as the browser refuses it.
	await page.addInitScript(() => {
		for (const verb of ['put', 'add'] as const) {
			const write = IDBObjectStore.prototype[verb];
			IDBObjectStore.prototype[verb] = function (this: IDBObjectStore, ...args: Parameters<typeof write>) {
				if ((window as { diskFull?: boolean }).diskFull && this.name === 'routines') throw new DOMException('Quota exceeded', 'QuotaExceededError');
				return write.apply(this, args);
			} as typeof write;
		}
	});
	await storeSettings(page, {});
	await openImport(page);
	await page.getByLabel('Choose a file').setInputFiles(asFile(FROM_PHYSIO));
	const preview = page.getByRole('region', { name: 'Physio calf plan' });
	await page.evaluate(() => ((window as { diskFull?: boolean }).diskFull = true));
	await preview.getByRole('button', { name: 'Save to my routines' }).click();
	await expect(preview.getByRole('alert')).toHaveText(
		'The routine could not be saved. Your phone is out of storage space for Unknot. Free some space, then try again. Nothing already saved was lost.'
	);
	expect(await readStore(page, 'routines')).toEqual([]);
	// Space freed: the same preview saves.
	await page.evaluate(() => ((window as { diskFull?: boolean }).diskFull = false));
	await preview.getByRole('button', { name: 'Save to my routines' }).click();
	await expect(page.getByRole('region', { name: 'Saved' })).toContainText('“Physio calf plan” is in your routines now.');
});

test('a routine deleted, imported again, then undone: both are kept, the new import is not written over', async ({ page }) => {
	await storeSettings(page, {});
	await openImport(page);
	await page.getByLabel('Choose a file').setInputFiles(asFile(FROM_PHYSIO));
	await page.getByRole('button', { name: 'Save to my routines' }).click();
	await page.getByRole('region', { name: 'Saved' }).getByRole('link', { name: 'Open it' }).click();
	await page.getByRole('button', { name: 'Delete this routine' }).click();
	await expect(page.getByText('Deleted Physio calf plan.')).toBeVisible();

	// Before Undo, the physiotherapist's updated plan is imported (moving in the app keeps Undo on offer).
	await page.getByRole('link', { name: 'Settings' }).first().click();
	await page.getByRole('link', { name: 'Restore a backup' }).click();
	const updated = { ...FROM_PHYSIO, title: 'Physio calf plan, week 2' };
	await page.getByLabel('Choose a file').setInputFiles(asFile(updated));
	await page.getByRole('button', { name: 'Save to my routines' }).click();
	await page.getByRole('region', { name: 'Saved' }).getByRole('link', { name: 'Back to routines' }).click();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('link', { name: 'Physio calf plan', exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Physio calf plan, week 2' })).toBeVisible();
	const stored = (await readStore(page, 'routines')) as { id: string; routine: { title: string } }[];
	expect(stored.map((record) => [record.id, record.routine.title]).sort()).toEqual([
		['physio-calf-plan', 'Physio calf plan, week 2'],
		['physio-calf-plan-2', 'Physio calf plan']
	]);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`the import and share screens have no accessibility violations in the ${colorScheme} theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.clock.install({ time: T0 });
		const violations = async () =>
			(await new AxeBuilder({ page }).setLegacyMode(true).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

		await openImport(page);
		expect(await violations()).toEqual([]);
		await page.getByLabel('Choose a file').setInputFiles(asFile({ ...FROM_PHYSIO, steps: [{ kind: 'timed', name: 'X', seconds: 0 }] }));
		await expect(page.getByRole('alert')).toContainText('steps[0].seconds');
		expect(await violations()).toEqual([]);
		await page.getByLabel('Choose another file').setInputFiles(asFile(FROM_PHYSIO));
		await expect(page.getByRole('region', { name: 'Physio calf plan' })).toBeVisible();
		expect(await violations()).toEqual([]);

		await page.goto('/routines/desk-break/share');
		await expect(page.getByRole('img', { name: /^QR code of the share link for Desk break/ })).toBeVisible();
		expect(await violations()).toEqual([]);
	});
}
