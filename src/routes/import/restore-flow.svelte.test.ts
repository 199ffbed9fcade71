import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { buildBackup, summarizeBackup } from '$lib/core/backup';
import { buildRoutine, buildSessionRecord } from '$lib/core/testing/records';
import { buildUserRoutineRecord } from '$lib/core/user-routine';
import { readBackupFile } from '$lib/data/read-backup-file';
import { fuzzRuns, hostileText } from '$lib/core/testing/fuzz';
import { restoreBackup as restoreForReal, type restoreBackup } from '$lib/platform/backup-store';
import { openUnknotDb } from '$lib/platform/db';
import { putSession } from '$lib/platform/session-store';
import { putSetting } from '$lib/platform/settings-store';
import { useFreshDatabase } from '$lib/platform/testing/fresh-database';
import { RestoreFlow } from './restore-flow.svelte';

const counts = { sessions: { added: 1, replaced: 0, kept: 0 }, routines: { added: 0, replaced: 0, kept: 0 }, routineContents: { added: 0, replaced: 0, kept: 0 }, settings: { added: 0, replaced: 0, kept: 0 }, planEntries: { added: 0, replaced: 0, kept: 0 }, runDays: { added: 0, replaced: 0, kept: 0 } };
const backupFile = (text: string) => new File([text], 'unknot-backup-2026-11-22.json', { type: 'application/json' });
const good = JSON.stringify(buildBackup({ sessions: [buildSessionRecord('s1', Date.parse('2026-11-21T17:00:00Z'))], routines: [], routineContents: [], settings: [] }, 0));

describe('restoring a backup', () => {
	it('shows what the file holds, then restores it, with settings only when asked', async () => {
		const restore = vi.fn<typeof restoreBackup>(async () => counts);
		const keepData = vi.fn(async () => null);
		const flow = new RestoreFlow(undefined, restore, keepData);
		await flow.choose(backupFile(good));
		expect(flow.status).toBe('ready');
		expect(flow.summary).toMatchObject({ sessions: 1, firstSessionAt: Date.parse('2026-11-21T17:00:00Z') });
		expect(restore).not.toHaveBeenCalled();
		await flow.restore();
		expect(restore).toHaveBeenCalledWith(expect.objectContaining({ sessions: [expect.objectContaining({ id: 's1' })] }), expect.objectContaining({ replaceSettings: false }));
		expect(flow.status).toBe('restored');
		expect(flow.counts).toBe(counts);
		expect(keepData).toHaveBeenCalledTimes(1);
	});

	it('shows and restores the file chosen last, even while an earlier one is still being checked', async () => {
		let finishFirst: (value: Awaited<ReturnType<typeof readBackupFile>>) => void = () => {};
		const read = vi
			.fn<typeof readBackupFile>()
			.mockImplementationOnce(() => new Promise((resolve) => (finishFirst = resolve)))
			.mockImplementation(readBackupFile);
		const restore = vi.fn<typeof restoreBackup>(async () => counts);
		const flow = new RestoreFlow(read, restore, async () => null);
		const big = buildBackup({ sessions: [buildSessionRecord('a', 1), buildSessionRecord('b', 2)], routines: [], routineContents: [], settings: [] }, 0);
		const first = flow.choose(backupFile(JSON.stringify(big)));
		await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(1));
		await flow.choose(backupFile(good));
		finishFirst({ ok: true, backup: big, summary: summarizeBackup(big) });
		await first;
		expect(flow.summary?.sessions).toBe(1);
		await flow.restore();
		expect(restore.mock.lastCall?.[0].sessions.map((s) => s.id)).toEqual(['s1']);
	});

	it('refuses an empty file, and a routine of the user’s own under a built-in’s id', async () => {
		const flow = new RestoreFlow(undefined, vi.fn<typeof restoreBackup>(), async () => null);
		await flow.choose(backupFile('  '));
		expect(flow.message).toBe('This file is empty. Nothing stored on this phone was changed.');
		const routine = { ...buildRoutine(), id: 'post-run-hip-reset' };
		const shadow = buildBackup({ sessions: [], routines: [buildUserRoutineRecord(routine, 0)], routineContents: [], settings: [] }, 0);
		await flow.choose(backupFile(JSON.stringify(shadow)));
		expect(flow.status).toBe('refused');
		expect(flow.message).toMatch(/has the id of a built-in routine \(post-run-hip-reset\)/);
	});

	it('refuses a truncated file, restoring nothing', async () => {
		const restore = vi.fn<typeof restoreBackup>();
		const flow = new RestoreFlow(undefined, restore);
		await flow.choose(backupFile(good.slice(0, 50)));
		expect(flow.status).toBe('refused');
		expect(flow.message).toMatch(/not a complete backup.*Nothing stored on this phone was changed\./);
		await flow.restore();
		expect(restore).not.toHaveBeenCalled();
	});

	it('says why a restore failed, and can try again', async () => {
		const restore = vi.fn<typeof restoreBackup>().mockRejectedValueOnce(new Error('Your phone is out of storage space for Unknot.')).mockResolvedValueOnce(counts);
		const flow = new RestoreFlow(undefined, restore);
		await flow.choose(backupFile(good));
		await flow.restore();
		expect(flow.status).toBe('failed');
		expect(flow.message).toMatch(/out of storage.*Nothing was restored/);
		await flow.restore();
		expect(flow.status).toBe('restored');
	});
});

describe('a refused backup', () => {
	useFreshDatabase();

	/** Every store, every record, as text: two dumps are equal only if nothing changed. */
	async function dump(): Promise<string> {
		const database = await openUnknotDb();
		const stores = ['sessions', 'routines', 'routineContents', 'settings', 'inProgress', 'drafts'] as const;
		const all = await Promise.all(stores.map(async (store) => [store, await database.getAllKeys(store), await database.getAll(store)]));
		database.close();
		return JSON.stringify(all);
	}

	it('leaves the database exactly as it was, whatever the file holds (fuzzed)', async () => {
		const routine = buildRoutine({ id: 'kept', title: 'Kept' });
		await putSession(buildSessionRecord('here', Date.parse('2026-11-20T17:00:00Z')));
		await putSetting('voice', false, 1);
		const database = await openUnknotDb();
		await database.put('routines', buildUserRoutineRecord(routine, 1));
		await database.put('inProgress', { sessionId: 'hand-edited', anything: true });
		database.close();
		const before = await dump();
		const valid = buildBackup({ sessions: [buildSessionRecord('s9', 9)], routines: [buildUserRoutineRecord(buildRoutine({ id: 'other' }), 2)], routineContents: [], settings: [] }, 0);
		let refused = 0;
		await fc.assert(
			fc.asyncProperty(hostileText(valid), async (text) => {
				const flow = new RestoreFlow(undefined, restoreForReal, async () => null);
				await flow.open('unknot-backup.json', text);
				if (flow.status !== 'refused') return;
				refused += 1;
				expect(flow.message).toMatch(/Nothing stored on this phone was changed\.$/);
				await flow.restore();
				expect(await dump()).toBe(before);
			}),
			{ numRuns: fuzzRuns(300) }
		);
		expect(refused).toBeGreaterThan(fuzzRuns(300) / 2);
	});
});
