import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readStore, storeQuickRoutine, storeSettings, writeStore, QUICK } from './helpers';

test.use({ viewport: { width: 360, height: 640 } });

const T0 = new Date('2026-11-21T07:00:00Z').getTime();

/** The visible field labelled `label` (a closed step's fields are in the page, hidden). */
const field = (page: Page, label: string | RegExp) => page.getByLabel(label, { exact: true }).filter({ visible: true });

/** Opens the step card whose summary starts with `name`, if it is closed. */
async function openStep(page: Page, number: number) {
	const toggle = page.getByRole('button', { name: new RegExp(`^${number}\\. `) });
	if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
	return toggle;
}

test('customise a built-in: change a hold, add a set, see the total change, save, play it with the new values, and find a draft after a reload', async ({ page }) => {
	await page.clock.install({ time: T0 });
	await storeSettings(page, { readInstructions: false });
	await page.goto('/routines/desk-break');
	await page.getByRole('link', { name: 'Customise' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Customise Desk break' })).toBeVisible();
	await expect(page.getByLabel('Title')).toHaveValue('Desk break (mine)');

	const total = page.getByText(/^Total /);
	const before = await total.textContent();
	await openStep(page, 1);
	await field(page, 'Hold (seconds)').fill('45');
	await field(page, /^Sets/).fill('2');
	await expect(total).not.toHaveText(before ?? '');
	// 5 s get-ready, then two sets of 45 s a side with a 5 s switch between sides: 3 min 15 s.
	await expect(page.getByRole('button', { name: /^1\. Seated figure-four stretch 3 min 15 s$/ })).toBeVisible();

	// A wrong value is named beside its field, and Save refuses until it is fixed.
	await field(page, /^Sets/).fill('two');
	await expect(page.getByText('Expected a whole number from 1 to 50, got "two".')).toBeVisible();
	await expect(field(page, /^Sets/)).toHaveAttribute('aria-invalid', 'true');
	// Save is marked disabled (aria-disabled, so it stays focusable); a tap on it says why.
	await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
	await page.getByRole('button', { name: 'Save' }).click({ force: true });
	await expect(page.getByRole('alert')).toContainText('This routine cannot be saved yet: one field needs fixing');
	await expect(field(page, /^Sets/)).toBeFocused();
	await field(page, /^Sets/).fill('2');

	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page).toHaveURL(/\/routines\/desk-break-mine$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Desk break (mine)' })).toBeVisible();
	const [stored] = (await readStore(page, 'routines')) as { routine: { steps: { seconds?: number; sets?: number }[] } }[];
	expect(stored?.routine.steps[0]).toMatchObject({ seconds: 45, sets: 2 });

	// Played with the new values.
	await page.getByRole('button', { name: 'Start' }).click();
	await page.clock.fastForward(6000);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seated figure-four stretch — left, set 1 of 2');
	await expect(page.getByRole('timer')).toHaveText(/^0:4[45]$/);
	await page.getByRole('button', { name: 'End session' }).click();
	await page.getByRole('button', { name: 'Yes, end and save' }).click();
	await expect(page.getByRole('heading', { name: /Session ended|Routine complete/ })).toBeVisible();

	// The built-in stays as shipped.
	await page.goto('/routines/desk-break');
	await expect(page.getByText('60 s', { exact: false }).first()).toBeVisible();

	// Edit the copy, reload halfway, and the draft is there.
	await page.goto('/routines/desk-break-mine');
	await page.getByRole('link', { name: 'Edit' }).click();
	await page.getByLabel('Title').fill('Desk break, slower');
	await expect.poll(async () => ((await readStore(page, 'drafts')) as { form: { title: string } }[]).map((d) => d.form.title)).toEqual(['Desk break, slower']);
	page.on('dialog', (dialog) => void dialog.accept()); // the leave-page prompt on reload
	await page.reload();
	await expect(page.getByLabel('Title')).toHaveValue('Desk break, slower');
	await expect(page.getByText(/^Carrying on with changes you had not saved/)).toBeVisible();
});

test('build a routine from nothing: steps added, moved, deleted with undo, previewed without saving anything', async ({ page }) => {
	await page.clock.install({ time: T0 });
	await storeSettings(page, { readInstructions: false });
	await page.getByRole('link', { name: 'New routine' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'New routine' })).toBeVisible();
	await page.getByLabel('Title').fill('Hip flexors at my desk');
	await field(page, 'Name').fill('Standing hip-flexor stretch');
	await field(page, 'Hold (seconds)').fill('0:04');
	await page.getByRole('button', { name: 'Add a rest' }).click();
	await field(page, 'Rest (seconds)').fill('2');
	await page.getByRole('button', { name: 'Add reps' }).click();
	await field(page, 'Name').fill('Glute bridges');
	await field(page, 'Reps').fill('3');
	await field(page, /^Seconds per rep/).fill('1');
	// The bridges go first: moved up twice, focus staying on the button.
	await page.getByRole('button', { name: 'Move up' }).click();
	await expect(page.getByRole('button', { name: 'Move up' })).toBeFocused();
	await page.getByRole('button', { name: 'Move up' }).click();
	await expect(page.getByRole('button', { name: /^1\. Glute bridges/ })).toBeVisible();
	// The rest is deleted, then put back.
	await openStep(page, 3);
	await page.getByRole('button', { name: 'Delete step' }).click();
	await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
	await expect(page.getByRole('button', { name: /^3\. / })).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('button', { name: /^3\. Rest 2 s$/ })).toBeVisible();

	await page.getByRole('button', { name: 'Preview' }).click();
	await expect(page.getByRole('timer')).toBeVisible();
	for (let i = 0; i < 30; i++) {
		if (await page.getByText('Preview finished. Nothing was saved to your history.').isVisible()) break;
		await page.clock.fastForward(1000);
	}
	await expect(page.getByText('Preview finished. Nothing was saved to your history.')).toBeVisible();
	expect(await readStore(page, 'sessions')).toEqual([]);
	expect(await readStore(page, 'routines')).toEqual([]);
	await page.getByRole('button', { name: 'Back to editing' }).click();
	await expect(page.getByRole('button', { name: 'Preview' })).toBeFocused();

	// Leaving asks first; the draft stays.
	await page.getByRole('link', { name: 'Routines' }).first().click();
	const ask = page.getByRole('dialog', { name: 'Leave without saving?' });
	await expect(ask).toBeVisible();
	await ask.getByRole('button', { name: 'Leave' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
	await page.getByRole('link', { name: 'New routine' }).click();
	await expect(page.getByLabel('Title')).toHaveValue('Hip flexors at my desk');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Hip flexors at my desk' })).toBeVisible();
	expect(await readStore(page, 'drafts')).toEqual([]);
});

test('a long paste into a field without a length of its own still comes back after a reload', async ({ page }) => {
	await page.goto('/edit');
	await page.getByLabel('Title').fill('Pasted');
	// Far more than any tag list the schema takes: it is refused beside the field, and the draft keeps what fits.
	await page.getByLabel(/^Tags/).fill('stretch '.repeat(1500));
	await expect(page.getByLabel(/^Tags/)).toHaveAttribute('aria-invalid', 'true');
	await expect.poll(async () => ((await readStore(page, 'drafts')) as { form: { title: string } }[]).map((d) => d.form.title)).toEqual(['Pasted']);
	page.on('dialog', (dialog) => void dialog.accept());
	await page.reload();
	await expect(page.getByLabel('Title')).toHaveValue('Pasted');
	await expect(page.getByText(/^Carrying on with changes you had not saved/)).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('by keyboard alone, Duplicate and Undo leave focus on the step they made or brought back', async ({ page }) => {
	await page.goto('/edit');
	await field(page, 'Name').fill('Clamshells');
	await field(page, /^Sets/).press('Tab');
	const duplicate = page.getByRole('button', { name: 'Duplicate' });
	await duplicate.focus();
	await page.keyboard.press('Enter');
	// The copy opens (the original closes, taking the button away): focus goes to the copy.
	await expect(page.getByRole('button', { name: /^2\. Clamshells/ })).toBeFocused();
	await expect(page.getByRole('button', { name: /^2\. Clamshells/ })).toHaveAttribute('aria-expanded', 'true');
	await page.getByRole('button', { name: 'Delete step' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
	await page.keyboard.press('Enter');
	// Undo goes away with the step back: focus goes to the step.
	await expect(page.getByRole('button', { name: /^2\. Clamshells/ })).toBeFocused();
});

test('at 360 px nothing scrolls sideways: long unbroken titles, names and their messages wrap, and labels fit their column', async ({ page }) => {
	await page.goto('/edit');
	const long = 'W'.repeat(200);
	await page.getByLabel('Title').fill(long);
	await field(page, 'Name').fill(long);
	await expect(page.getByText(/^Expected text of 1 to 80 characters/).first()).toBeVisible();
	const sideways = () => page.evaluate(() => document.scrollingElement!.scrollWidth);
	expect(await sideways()).toBeLessThanOrEqual(360);
	// Each label of the Equipment / Tags pair stays inside its own column.
	for (const name of ['equipment', 'tags']) {
		const label = page.locator(`label[for="${name}"]`);
		expect(await label.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
	}
	await page.getByRole('button', { name: 'Delete step' }).click();
	await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
	expect(await sideways()).toBeLessThanOrEqual(360);
});

/** Crashes the page's renderer (CDP `Page.crash`), as a phone killing the tab would. */
async function crash(context: BrowserContext, page: Page): Promise<void> {
	const cdp = await context.newCDPSession(page);
	const crashed = page.waitForEvent('crash');
	void cdp.send('Page.crash').catch(() => {});
	await crashed;
}

test('a draft survives the tab being killed mid-edit, and a hand-damaged draft is said, not opened', async ({ context, page }) => {
	await page.goto('/edit');
	await page.getByLabel('Title').fill('After the crash');
	await field(page, 'Name').fill('Calf raise');
	await expect.poll(async () => ((await readStore(page, 'drafts')) as { form: { steps: { name: string }[] } }[]).map((d) => d.form.steps[0]?.name)).toEqual(['Calf raise']);
	await crash(context, page);
	const again = await context.newPage();
	await again.goto('/edit');
	await expect(again.getByLabel('Title')).toHaveValue('After the crash');
	await expect(again.getByRole('button', { name: /^1\. Calf raise / })).toBeVisible();

	await writeStore(again, 'drafts', [{ recordVersion: 1, updatedAt: 0, key: '+new', base: null, form: { title: 42 } }]);
	await again.reload();
	await expect(again.getByRole('alert')).toContainText('Unsaved changes were kept for this routine, but they could not be read');
	await expect(again.getByLabel('Title')).toHaveValue('');
});

test('a preview leaves a session in progress alone: not ended, not filed, still there to continue', async ({ page }) => {
	await page.clock.install({ time: T0 });
	await storeSettings(page, { readInstructions: false });
	await page.goto('/routines/post-run-hip-reset');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('timer')).toBeVisible();
	await page.clock.fastForward(3000);
	const before = (await readStore(page, 'inProgress')) as { sessionId: string }[];
	expect(before).toHaveLength(1);
	page.on('dialog', (dialog) => void dialog.accept());
	await page.goto('/edit?routine=desk-break');
	await page.getByRole('button', { name: 'Preview' }).click();
	await expect(page.getByRole('timer')).toBeVisible();
	await page.getByRole('button', { name: 'End preview' }).click();
	await page.getByRole('button', { name: 'Yes, back to editing' }).click();
	await expect(page.getByText('Preview finished. Nothing was saved to your history.')).toBeVisible();
	expect(((await readStore(page, 'inProgress')) as { sessionId: string }[]).map((session) => session.sessionId)).toEqual(before.map((session) => session.sessionId));
	expect(await readStore(page, 'sessions')).toEqual([]);
	await page.goto('/');
	await expect(page.getByText('Post-run hip reset is in progress.')).toBeVisible();
});

test('a full disk keeps the routine as it was and says why, and the draft problem is shown', async ({ page }) => {
	await page.goto('/');
	await storeQuickRoutine(page);
	await page.goto(`/edit?routine=${QUICK.id}`);
	await expect(page.getByRole('heading', { level: 1, name: `Edit ${QUICK.title}` })).toBeVisible();
	await page.evaluate(() => {
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await page.getByLabel('Title').fill('Quick release, longer');
	await expect(page.getByRole('alert').filter({ hasText: 'Your changes are not being kept on this phone yet' })).toBeVisible();
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'The routine was not saved: Your phone is out of storage space' })).toBeVisible();
	const [stored] = (await readStore(page, 'routines')) as { routine: { title: string } }[];
	expect(stored?.routine.title).toBe(QUICK.title);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`the editor has no accessibility violations in the ${colorScheme} theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('/edit?routine=desk-break');
		await openStep(page, 1);
		await field(page, 'Hold (seconds)').fill('x');
		await page.getByText('More: voice, timing and step id').first().click();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations).toEqual([]);
	});
}
