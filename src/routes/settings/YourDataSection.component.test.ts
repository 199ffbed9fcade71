import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { Persistence } from '$lib/platform/persistent-storage';
import { YourData } from './your-data.svelte';
import YourDataSection from './YourDataSection.svelte';

function panel(lastBackupAt: number | null, persistence: Persistence, usage: number | null = 1_440_000) {
	return new YourData(lastBackupAt, {
		deps: {
			checkPersistence: vi.fn(async () => persistence),
			estimateUsage: vi.fn(async () => usage),
			deleteEverything: vi.fn(async () => {})
		}
	});
}

describe('YourDataSection', () => {
	it('offers both exports and the restore, and says there is no backup yet, what is stored and that it may be cleared', async () => {
		render(YourDataSection, { lastBackupAt: null, panel: panel(null, 'not-persisted') });
		expect(screen.getByRole('region', { name: 'Your data' })).toBeTruthy();
		expect(screen.getByRole('button', { name: 'Export a backup' })).toBeTruthy();
		expect(screen.getByRole('button', { name: 'Export history (CSV)' })).toBeTruthy();
		expect(screen.getByRole('link', { name: 'Restore a backup' }).getAttribute('href')).toBe('/import');
		expect(screen.getByText('No backup yet.')).toBeTruthy();
		await vi.waitFor(() => expect(screen.getByText(/about 1\.4 MB on this phone/)).toBeTruthy());
		expect(screen.getByText(/may clear Unknot’s data if the phone runs low on space — export a backup now and then/)).toBeTruthy();
		expect(screen.getByText(/add Unknot to your home screen.*seven days/)).toBeTruthy();
	});

	it('shows the last backup’s date, and no home-screen tip where the browser keeps the data', async () => {
		render(YourDataSection, { lastBackupAt: 0, panel: panel(Date.parse('2026-11-21T12:00:00Z'), 'persisted', null) });
		expect(screen.getByText(/^Last backup: .*2026\.$/)).toBeTruthy();
		await vi.waitFor(() => expect(screen.getByText(/keeps Unknot’s data: it will not clear it/)).toBeTruthy());
		expect(screen.getByText('This browser does not say how much Unknot stores.')).toBeTruthy();
		expect(screen.queryByText(/home screen/)).toBeNull();
	});

	it('keeps “Delete all my data” disabled until DELETE is typed in the labelled field', async () => {
		const state = panel(null, 'unsupported');
		render(YourDataSection, { lastBackupAt: null, panel: state });
		const button = screen.getByRole('button', { name: 'Delete all my data' }) as HTMLButtonElement;
		const field = screen.getByLabelText('Type DELETE to confirm');
		expect(button.disabled).toBe(true);
		await fireEvent.input(field, { target: { value: 'DEL' } });
		expect(button.disabled).toBe(true);
		await fireEvent.input(field, { target: { value: 'DELETE' } });
		expect(button.disabled).toBe(false);
		await fireEvent.click(button);
		await vi.waitFor(() => expect(screen.getByText(/^All your data on this phone was deleted/)).toBeTruthy());
		expect((field as HTMLInputElement).value).toBe('');
	});
});
