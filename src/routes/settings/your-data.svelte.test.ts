import { describe, expect, it, vi } from 'vitest';
import { buildSessionRecord } from '$lib/core/testing/records';
import type { ExportOutcome } from '$lib/data/export';
import { recentlyDeleted } from '$lib/history/recently-deleted.svelte';
import { StorageError } from '$lib/platform/db';
import { YourData, type YourDataDeps } from './your-data.svelte';

vi.mock('$lib/platform/session-store', () => ({ takeSession: vi.fn(async (id: string) => buildSessionRecord(id, 1000)), putSession: vi.fn(async () => {}) }));

const NOW = Date.parse('2026-11-22T09:00:00Z');

function stubs(extra: Partial<YourDataDeps> = {}) {
	const deps = {
		exportHistoryCsv: vi.fn(
			async (): Promise<ExportOutcome> => ({ ok: true, how: 'downloaded', fileName: 'h.csv', message: 'Saved h.csv: 3 sessions.', backedUpAt: null })
		),
		exportBackup: vi.fn(
			async (nowMs: number): Promise<ExportOutcome> => ({ ok: true, how: 'shared', fileName: 'b.json', message: 'Shared b.json.', backedUpAt: nowMs })
		),
		deleteEverything: vi.fn(async () => {}),
		isPlayerHeld: vi.fn(async () => false),
		checkPersistence: vi.fn(async () => 'not-persisted' as const),
		estimateUsage: vi.fn(async () => 340_000),
		now: () => NOW,
		timeZone: 'Europe/London',
		...extra
	};
	return deps;
}

describe('the “Your data” panel', () => {
	it('asks the browser how much is stored and whether it keeps it', async () => {
		const panel = new YourData(null, { deps: stubs() });
		expect(panel.persistence).toBeNull();
		await panel.load();
		expect(panel.persistence).toBe('not-persisted');
		expect(panel.usage).toBe(340_000);
	});

	it('exports the CSV and a backup with the time and zone, and shows the backup as the last one', async () => {
		const deps = stubs();
		const panel = new YourData(Date.parse('2026-01-01'), { deps });
		await panel.exportCsv();
		expect(deps.exportHistoryCsv).toHaveBeenCalledWith(NOW, 'Europe/London');
		expect(panel.exportMessage).toBe('Saved h.csv: 3 sessions.');
		expect(panel.lastBackupAt).toBe(Date.parse('2026-01-01'));
		await panel.exportBackup();
		expect(deps.exportBackup).toHaveBeenCalledWith(NOW, 'Europe/London');
		expect(panel.lastBackupAt).toBe(NOW);
		expect(panel.exportFailed).toBe(false);
	});

	it('says why an export failed, and does one export at a time', async () => {
		let finish: (outcome: ExportOutcome) => void = () => {};
		const deps = stubs({ exportBackup: vi.fn(() => new Promise<ExportOutcome>((resolve) => (finish = resolve))) });
		const panel = new YourData(null, { deps });
		const first = panel.exportBackup();
		expect(panel.busy).toBe('backup');
		expect(panel.exportMessage).toBe('Making the backup…');
		await panel.exportCsv();
		expect(deps.exportHistoryCsv).not.toHaveBeenCalled();
		finish({ ok: false, message: 'This browser can neither share nor save files from Unknot.' });
		await first;
		expect(panel.exportFailed).toBe(true);
		expect(panel.exportMessage).toMatch(/neither share nor save/);
		expect(panel.lastBackupAt).toBeNull();
		expect(panel.busy).toBeNull();
	});

	it('deletes nothing until DELETE is typed (in any letter case), then everything, and forgets the last backup', async () => {
		const onDeleted = vi.fn();
		const deps = stubs();
		const panel = new YourData(NOW, { deps, onDeleted });
		await recentlyDeleted.delete('gone');
		panel.confirmation = 'DELET';
		expect(panel.confirmed).toBe(false);
		await panel.deleteAll();
		expect(deps.deleteEverything).not.toHaveBeenCalled();
		panel.confirmation = ' Delete ';
		expect(panel.confirmed).toBe(true);
		await panel.deleteAll();
		expect(deps.deleteEverything).toHaveBeenCalledTimes(1);
		expect(panel.deleteMessage).toMatch(/^All your data on this phone was deleted/);
		expect(panel.lastBackupAt).toBeNull();
		expect(panel.confirmation).toBe('');
		expect(onDeleted).toHaveBeenCalledTimes(1);
		// A session deleted just before is not offered back with Undo.
		expect(recentlyDeleted.record).toBeNull();
	});

	it('deletes nothing while a routine plays in another tab, which would save its session again', async () => {
		const deps = stubs({ isPlayerHeld: vi.fn(async () => true) });
		const panel = new YourData(NOW, { deps });
		panel.confirmation = 'DELETE';
		await panel.deleteAll();
		expect(deps.deleteEverything).not.toHaveBeenCalled();
		expect(panel.deleteMessage).toMatch(/^Nothing was deleted: A routine is playing in another Unknot tab/);
	});

	it('says why when deleting fails, and keeps the confirmation and the last backup', async () => {
		const onDeleted = vi.fn();
		const deps = stubs({
			deleteEverything: vi.fn(async () => {
				throw new StorageError('Another Unknot tab is holding the database. Close other Unknot tabs and try again.', 'blocked');
			})
		});
		const panel = new YourData(NOW, { deps, onDeleted });
		panel.confirmation = 'DELETE';
		await panel.deleteAll();
		expect(panel.deleteFailed).toBe(true);
		expect(panel.deleteMessage).toBe('Nothing was deleted: Another Unknot tab is holding the database. Close other Unknot tabs and try again.');
		expect(panel.lastBackupAt).toBe(NOW);
		expect(panel.confirmation).toBe('DELETE');
		expect(onDeleted).not.toHaveBeenCalled();
	});
});
