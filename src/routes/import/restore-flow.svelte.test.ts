import { describe, expect, it, vi } from 'vitest';
import { buildBackup, summarizeBackup } from '$lib/core/backup';
import { buildRoutine, buildSessionRecord } from '$lib/core/testing/records';
import { buildUserRoutineRecord } from '$lib/core/user-routine';
import { readBackupFile } from '$lib/data/read-backup-file';
import type { restoreBackup } from '$lib/platform/backup-store';
import { RestoreFlow } from './restore-flow.svelte';

const counts = { sessions: { added: 1, replaced: 0, kept: 0 }, routines: { added: 0, replaced: 0, kept: 0 }, routineContents: { added: 0, replaced: 0, kept: 0 }, settings: { added: 0, replaced: 0, kept: 0 } };
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
