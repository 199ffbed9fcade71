import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { BACKUP_VERSION, buildBackup, type Backup } from '$lib/core/backup';
import backupV1 from '$lib/core/testing/backup-v1.json';
import backupV2 from '$lib/core/testing/backup-v2.json';
import { sessionRecordArbitrary } from '$lib/core/testing/arbitraries';
import { buildRoutine, buildSessionRecord } from '$lib/core/testing/records';
import { buildRoutineContentRecord, buildUserRoutineRecord } from '$lib/core/user-routine';
import { deleteEverything, readEverything, restoreBackup } from './backup-store';
import { closeDb, openUnknotDb } from './db';
import { putSession } from './session-store';
import { buildPlanEntry } from '$lib/core/plan';
import { putPlanEntry } from './plan-store';
import { changeRuns } from './run-day-store';
import { readBackupFile } from '$lib/data/read-backup-file';
import { getSettings, putSetting } from './settings-store';
import { useFreshDatabase } from './testing/fresh-database';
import { IDBFactory } from 'fake-indexeddb';

useFreshDatabase();

/** Every store's raw records, as text: what "byte for byte unchanged" compares. */
async function dump(): Promise<string> {
	const database = await openUnknotDb();
	// Every store there is, so a store added later is in the comparison without anyone remembering it.
	const stores = [...database.objectStoreNames];
	const all = await Promise.all(stores.map((store) => database.getAll(store)));
	database.close();
	return JSON.stringify(all);
}

const routine = buildRoutine({ id: 'my-hips', title: 'My hips' });

function backupOf(parts: Partial<Omit<Backup, 'format' | 'version' | 'exportedAt'>>): Backup {
	return buildBackup({ sessions: [], routines: [], routineContents: [], settings: [], ...parts }, 0);
}

describe('restoring a backup', () => {
	it('restores everything a backup read from storage holds, into an empty database', async () => {
		await putSession(buildSessionRecord('s1', 1000, { checkIns: [{ spot: 'Left hip', moment: 'after', score: 3, at: 2000 }] }));
		await putSetting('volume', 0.4, 10);
		const { parts } = await readEverything();
		globalThis.indexedDB = new IDBFactory();
		await closeDb();
		const counts = await restoreBackup(backupOf(parts), { replaceSettings: true });
		expect(counts.sessions).toEqual({ added: 1, replaced: 0, kept: 0 });
		expect(counts.settings).toEqual({ added: 1, replaced: 0, kept: 0 });
		expect((await readEverything()).parts).toEqual(parts);
	});

	it('adds nothing the second time (property: any history, restored twice)', async () => {
		await fc.assert(
			fc.asyncProperty(fc.uniqueArray(sessionRecordArbitrary, { selector: (s) => s.id, maxLength: 15 }), async (sessions) => {
				globalThis.indexedDB = new IDBFactory();
				await closeDb();
				const backup = backupOf({ sessions, routines: [buildUserRoutineRecord(routine, 5)], routineContents: [buildRoutineContentRecord(routine, 5)] });
				await restoreBackup(backup, { replaceSettings: false });
				const once = await dump();
				const again = await restoreBackup(backup, { replaceSettings: false });
				expect(again.sessions).toEqual({ added: 0, replaced: 0, kept: sessions.length });
				expect(await dump()).toBe(once);
			}),
			{ numRuns: 15 }
		);
	});

	it('lets the later edit win on either side, and never deletes', async () => {
		await putSession(buildSessionRecord('older-here', 1000, { updatedAt: 5, notes: 'here' }));
		await putSession(buildSessionRecord('newer-here', 2000, { updatedAt: 50, notes: 'here' }));
		await putSession(buildSessionRecord('only-here', 3000));
		const counts = await restoreBackup(
			backupOf({
				sessions: [
					buildSessionRecord('older-here', 1000, { updatedAt: 10, notes: 'backup' }),
					buildSessionRecord('newer-here', 2000, { updatedAt: 20, notes: 'backup' }),
					buildSessionRecord('only-in-backup', 4000)
				]
			}),
			{ replaceSettings: false }
		);
		expect(counts.sessions).toEqual({ added: 1, replaced: 1, kept: 1 });
		const { parts } = await readEverything();
		expect(Object.fromEntries(parts.sessions.map((s) => [s.id, s.notes]))).toEqual({
			'older-here': 'backup',
			'newer-here': 'here',
			'only-here': undefined,
			'only-in-backup': undefined
		});
	});

	it('replaces settings only when asked, and only with values this version accepts', async () => {
		await putSetting('volume', 0.4, 10);
		const settings = [
			{ recordVersion: 1, updatedAt: 1, key: 'volume', value: 0.9 },
			{ recordVersion: 1, updatedAt: 1, key: 'volume-boost', value: true },
			{ recordVersion: 1, updatedAt: 1, key: 'speechRate', value: 9 }
		];
		await restoreBackup(backupOf({ settings }), { replaceSettings: false });
		expect((await readEverything()).parts.settings.map((s) => s.value)).toEqual([0.4]);
		const counts = await restoreBackup(backupOf({ settings }), { replaceSettings: true });
		expect(counts.settings).toEqual({ added: 0, replaced: 1, kept: 0 });
		expect((await readEverything()).parts.settings.map((s) => [s.key, s.value])).toEqual([['volume', 0.9]]);
	});

	it('keeps a stored record it cannot read rather than overwrite it', async () => {
		const database = await openUnknotDb();
		await database.put('sessions', { id: 's1', startedAt: 'hand-edited' });
		database.close();
		const counts = await restoreBackup(backupOf({ sessions: [buildSessionRecord('s1', 1000)] }), { replaceSettings: false });
		expect(counts.sessions).toEqual({ added: 0, replaced: 0, kept: 1 });
		expect(await dump()).toContain('hand-edited');
	});

	it('changes nothing at all when the disk fills part-way through', async () => {
		await putSession(buildSessionRecord('here', 1000, { updatedAt: 1 }));
		const before = await dump();
		const put = IDBObjectStore.prototype.put;
		let calls = 0;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
			calls += 1;
			if (calls === 3) throw new DOMException('The disk is full', 'QuotaExceededError');
			return put.apply(this, args);
		});
		const sessions = [buildSessionRecord('here', 1000, { updatedAt: 9 }), ...['a', 'b', 'c'].map((id, i) => buildSessionRecord(id, 2000 + i))];
		await expect(restoreBackup(backupOf({ sessions }), { replaceSettings: false })).rejects.toMatchObject({ reason: 'full' });
		vi.restoreAllMocks();
		expect(await dump()).toBe(before);
	});

	it('tells how far it has got', async () => {
		const progress: number[] = [];
		await restoreBackup(backupOf({ sessions: ['a', 'b', 'c'].map((id, i) => buildSessionRecord(id, i)) }), {
			replaceSettings: false,
			onProgress: (done, total) => progress.push(done / total)
		});
		expect(progress).toEqual([1 / 3, 2 / 3, 1]);
	});
});

describe('what a backup carries', () => {
	it('leaves out this phone’s own marks, and never restores them', async () => {
		await putSetting('lastBackupAt', 5000);
		await putSetting('persistenceRequested', true);
		await putSetting('voice', false);
		expect((await readEverything()).parts.settings.map((s) => s.key)).toEqual(['voice']);
		const marks = [{ recordVersion: 1, updatedAt: 1, key: 'lastBackupAt', value: 1 }];
		const counts = await restoreBackup(backupOf({ settings: marks }), { replaceSettings: true });
		expect(counts.settings).toEqual({ added: 0, replaced: 0, kept: 0 });
	});
});

describe('deleting everything', () => {
	it('empties every store', async () => {
		await putSession(buildSessionRecord('s1', 1000));
		await putSetting('voice', false);
		await putPlanEntry(buildPlanEntry('e1', { id: 'hip', title: 'Hip' }, { kind: 'runs' }, '2026-11-22', 1));
		await changeRuns('2026-11-22', 1);
		await deleteEverything();
		expect(await dump()).toBe('[[],[],[],[],[],[],[],[]]');
	});
});

describe('deleting everything when a store refuses', () => {
	it('deletes nothing when one clear throws at once (the ones before it must not commit)', async () => {
		await putSession(buildSessionRecord('s1', 1000));
		await putSetting('voice', false);
		const before = await dump();
		const clear = IDBObjectStore.prototype.clear;
		let calls = 0;
		vi.spyOn(IDBObjectStore.prototype, 'clear').mockImplementation(function (this: IDBObjectStore) {
			calls += 1;
			if (calls === 3) throw new DOMException('The disk is full', 'QuotaExceededError');
			return clear.apply(this);
		});
		await expect(deleteEverything()).rejects.toMatchObject({ reason: 'full' });
		vi.restoreAllMocks();
		expect(await dump()).toBe(before);
	});
});

describe('restoring a large backup', () => {
	it('restores more records than one part holds, in one transaction', async () => {
		const sessions = Array.from({ length: 450 }, (_, i) => buildSessionRecord(`s${i}`, i));
		const counts = await restoreBackup(backupOf({ sessions }), { replaceSettings: false });
		expect(counts.sessions.added).toBe(450);
		expect((await readEverything()).parts.sessions).toHaveLength(450);
	});
});

describe('a backup file of every version ever written', () => {
	// Frozen as each version's first release wrote it; a new backup version adds its file here.
	const files: Record<number, unknown> = { 1: backupV1, 2: backupV2 };

	it('has a file for every version up to this one', () => {
		expect(Object.keys(files).map(Number)).toEqual(Array.from({ length: BACKUP_VERSION }, (_, index) => index + 1));
	});

	it.each(Object.entries(files))('restores version %s whole into an empty database, as the import screen reads and restores it', async (_version, file) => {
		const read = await readBackupFile(JSON.stringify(file));
		if (!read.ok) throw new Error(read.message);
		const counts = await restoreBackup(read.backup, { replaceSettings: true });
		const written = file as Pick<Backup, 'sessions' | 'routines' | 'routineContents' | 'settings'> & Partial<Pick<Backup, 'planEntries' | 'runDays'>>;
		expect(counts).toEqual({
			sessions: { added: written.sessions.length, replaced: 0, kept: 0 },
			routines: { added: written.routines.length, replaced: 0, kept: 0 },
			routineContents: { added: written.routineContents.length, replaced: 0, kept: 0 },
			settings: { added: written.settings.length, replaced: 0, kept: 0 },
			planEntries: { added: written.planEntries?.length ?? 0, replaced: 0, kept: 0 },
			runDays: { added: written.runDays?.length ?? 0, replaced: 0, kept: 0 }
		});
		const { parts, unreadable } = await readEverything();
		expect(unreadable).toEqual([]);
		const sorted = <T,>(records: readonly T[], key: (record: T) => string) => [...records].sort((a, b) => key(a).localeCompare(key(b)));
		expect(parts.sessions).toEqual(sorted(written.sessions, (s) => s.id).sort((a, b) => a.startedAt - b.startedAt));
		expect(sorted(parts.routines, (r) => r.id)).toEqual(sorted(written.routines, (r) => r.id));
		expect(sorted(parts.routineContents, (r) => r.hash)).toEqual(sorted(written.routineContents, (r) => r.hash));
		const { settings } = await getSettings();
		for (const { key, value } of written.settings) expect([key, settings[key as keyof typeof settings]]).toEqual([key, value]);
		expect(sorted(parts.planEntries ?? [], (e) => e.id)).toEqual(sorted(written.planEntries ?? [], (e) => e.id));
		expect(parts.runDays).toEqual(written.runDays ?? []);
	});
});
