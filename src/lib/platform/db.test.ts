import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UNNAMED_SPOT } from '$lib/core/check-in';
import type { Routine } from '$lib/core/routine-schema';
import { buildSessionInProgress, buildSessionRecord } from '$lib/core/testing/records';
import { compile } from '$lib/core/timeline';
import { checkStorage, closeDb, DB_NAME, DB_VERSION, listParsed, openUnknotDb, StorageError, toStorageError } from './db';
import { getDraft } from './draft-store';
import databaseV1 from './fixtures/database-v1.json';
import { listPlanEntries } from './plan-store';
import { listRunDays } from './run-day-store';
import databaseV2 from './fixtures/database-v2.json';
import databaseV3 from './fixtures/database-v3.json';
import databaseV4 from './fixtures/database-v4.json';
import { listInProgress } from './in-progress-store';
import { getRoutineContent } from './routine-content-store';
import { listRoutineRecords } from './routine-store';
import { countSessionsOutsideIndex, listSessionPage, listSessions } from './session-store';
import { getSettings } from './settings-store';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

afterEach(async () => {
	await closeDb();
});

/** A v1 or v2 database as those releases wrote it, built with raw idb, not with our module. */
async function writeOldDatabase(version: 1 | 2, fill: (db: Awaited<ReturnType<typeof openDB>>) => Promise<void>) {
	const old = await openDB(DB_NAME, version, {
		upgrade(db, oldVersion) {
			if (oldVersion < 1) {
				db.createObjectStore('sessions', { keyPath: 'id' }).createIndex('by-started', 'startedAt');
				db.createObjectStore('settings', { keyPath: 'key' });
			}
			if (version >= 2) db.createObjectStore('activeSession', { keyPath: 'key' });
		}
	});
	await fill(old);
	old.close();
}

/** A session as releases before version 3 wrote it: no record version, no updatedAt. */
function oldSession(id: string, startedAt: number) {
	const { recordVersion: _v, updatedAt: _u, ...rest } = buildSessionRecord(id, startedAt);
	return rest;
}

describe('the database', () => {
	it('creates the current version with its stores and index from nothing', async () => {
		const db = await openUnknotDb('fresh');
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames].sort()).toEqual(['drafts', 'inProgress', 'planEntries', 'routineContents', 'routines', 'runDays', 'sessions', 'settings']);
		expect([...db.transaction('sessions').store.indexNames]).toEqual(['by-started']);
		db.close();
	});

	it('upgrades a version 3 database by adding the drafts store, leaving every record as it was', async () => {
		const old = await openDB(DB_NAME, 3, {
			upgrade(db) {
				db.createObjectStore('sessions', { keyPath: 'id' }).createIndex('by-started', 'startedAt');
				db.createObjectStore('settings', { keyPath: 'key' });
				db.createObjectStore('routines', { keyPath: 'id' });
				db.createObjectStore('routineContents', { keyPath: 'hash' });
				db.createObjectStore('inProgress', { keyPath: 'sessionId' });
			}
		});
		await old.put('sessions', buildSessionRecord('kept', 500));
		await old.put('routines', { id: 'mine', anything: true });
		old.close();
		const { records } = await listSessions();
		expect(records).toEqual([buildSessionRecord('kept', 500)]);
		const db = await openUnknotDb();
		expect([...db.objectStoreNames]).toContain('drafts');
		expect(await db.get('routines', 'mine')).toEqual({ id: 'mine', anything: true });
		db.close();
	});

	it('upgrades a version 1 database without losing anything, stamping each record', async () => {
		await writeOldDatabase(1, async (db) => {
			await db.put('sessions', oldSession('old', 500));
			await db.put('settings', { key: 'voice', value: false });
		});
		const { records, unreadable } = await listSessions();
		expect(unreadable).toEqual([]);
		expect(records).toEqual([{ ...oldSession('old', 500), recordVersion: 1, updatedAt: 500 + 600_000 }]);
		expect((await getSettings()).settings.voice).toBe(false);
	});

	it('upgrades a version 2 database: the routine in progress moves to its own key, the old slot goes', async () => {
		const inProgress = buildSessionInProgress('s1');
		const { recordVersion: _v, updatedAt, ...legacy } = inProgress;
		await writeOldDatabase(2, async (db) => {
			await db.put('activeSession', { key: 'current', ...legacy, savedAt: updatedAt });
			await db.put('sessions', oldSession('kept', 100));
			await db.put('sessions', { id: 'broken', startedAt: 'yesterday' });
		});
		expect((await listInProgress()).records).toEqual([inProgress]);
		const sessions = await listSessions();
		expect(sessions.records.map((s) => s.id)).toEqual(['kept']);
		// The malformed record is still there, untouched, and reported.
		expect(sessions.unreadable).toEqual([expect.objectContaining({ kind: 'session', key: 'broken' })]);
		const db = await openUnknotDb();
		expect([...db.objectStoreNames]).not.toContain('activeSession');
		expect(await db.get('sessions', 'broken')).toEqual({ id: 'broken', startedAt: 'yesterday', recordVersion: 1, updatedAt: 0 });
		db.close();
	});

	it('keeps every record of the old slot through the upgrade, a malformed one under a key of its own', async () => {
		const { recordVersion: _v, updatedAt, ...legacy } = buildSessionInProgress('s1');
		await writeOldDatabase(2, async (db) => {
			await db.put('activeSession', { key: 'current', ...legacy, sessionId: 42, savedAt: updatedAt });
			await db.put('activeSession', { key: 'other', ...legacy, sessionId: 's2', savedAt: updatedAt });
		});
		const { records, unreadable } = await listInProgress();
		expect(records.map((r) => r.sessionId).sort()).toEqual(['s2', 'unreadable-v2-current']);
		expect(unreadable).toEqual([]);
	});

	it('reports a missing IndexedDB as a StorageError a user can read', async () => {
		vi.stubGlobal('indexedDB', undefined);
		try {
			await expect(listSessions()).rejects.toThrow(StorageError);
			await expect(listSessions()).rejects.toThrow(/no storage/);
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('says a newer version wrote the database, in words, instead of the browser\'s VersionError', async () => {
		(await openDB(DB_NAME, DB_VERSION + 1)).close();
		const failure = listSessions();
		await expect(failure).rejects.toMatchObject({ reason: 'outdated' });
		await expect(failure).rejects.toThrow('Unknot was updated in another tab. Reload this page');
	});

	it('says to close other tabs when an old tab blocks the upgrade, instead of waiting forever', async () => {
		await writeOldDatabase(2, async () => {});
		const oldTab = await openDB(DB_NAME, 2); // an old tab that never lets go
		const failure = listSessions();
		await expect(failure).rejects.toMatchObject({ reason: 'blocked' });
		await expect(failure).rejects.toThrow(/Close other Unknot tabs/);
		// Every later read is refused at once too, rather than queued behind the waiting upgrade.
		await expect(listSessions()).rejects.toMatchObject({ reason: 'blocked' });
		oldTab.close();
		await vi.waitFor(async () => expect((await listSessions()).records).toEqual([]));
	});

	it('lets go of its connection when a newer version opens in another tab', async () => {
		await listSessions();
		const newer = await openDB(DB_NAME, DB_VERSION + 1);
		expect(newer.version).toBe(DB_VERSION + 1);
		newer.close();
	});

	it('reads a store record by record, reporting what does not parse by its key', async () => {
		const db = await openUnknotDb();
		await db.put('settings', { key: 'a', value: 1 });
		await db.put('settings', { key: 'b', value: 'x' });
		db.close();
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const read = await listParsed('settings', 'setting', (value) =>
			(value as { value: unknown }).value === 1 ? { ok: true, value: 'one' } : { ok: false, reason: 'not one' }
		);
		expect(read).toEqual({ records: ['one'], unreadable: [{ kind: 'setting', key: 'b', reason: 'not one' }] });
		expect(warn).toHaveBeenCalledTimes(1);
		warn.mockRestore();
	});
});

describe('checking storage before a routine starts', () => {
	it('finds nothing wrong when a record can be written, and leaves nothing behind', async () => {
		expect(await checkStorage()).toBeNull();
		const db = await openUnknotDb();
		expect(await db.count('settings')).toBe(0);
		db.close();
	});

	it('says so when the disk is full', async () => {
		const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('quota', 'QuotaExceededError');
		});
		try {
			expect(await checkStorage()).toMatch(/out of storage space/);
		} finally {
			put.mockRestore();
		}
	});

	it('says so when there is no storage at all', async () => {
		vi.stubGlobal('indexedDB', undefined);
		try {
			expect(await checkStorage()).toMatch(/no storage Unknot can use/);
		} finally {
			vi.unstubAllGlobals();
		}
	});
});

describe('storage failures in words', () => {
	it.each([
		[new DOMException('quota', 'QuotaExceededError'), 'full', /out of storage space/],
		[Object.assign(new Error('quota'), { name: 'QuotaExceededError' }), 'full', /out of storage space/],
		[new DOMException('newer', 'VersionError'), 'outdated', /Reload this page/],
		[new DOMException('private', 'InvalidStateError'), 'unavailable', /not letting Unknot store data/],
		[new DOMException('denied', 'SecurityError'), 'unavailable', /not letting Unknot store data/],
		[new DOMException('odd', 'UnknownError'), 'unavailable', /not letting Unknot store data/],
		[new DOMException('bad key', 'DataError'), 'failed', /Saving or reading your data failed \(DataError: bad key\)/],
		['a string', 'failed', /failed \(a string\)/]
	])('turns %s into a %s message', (error, reason, message) => {
		const storage = toStorageError(error);
		expect(storage).toMatchObject({ name: 'StorageError', reason });
		expect(storage.message).toMatch(message);
		expect(storage.cause).toBe(error);
	});

	it('passes a StorageError through as it is', () => {
		const original = new StorageError('Already worded.', 'failed');
		expect(toStorageError(original)).toBe(original);
	});
});

describe('stamping old records in the upgrade', () => {
	it('stamps only records without a version, and leaves anything else exactly as it was', async () => {
		await writeOldDatabase(1, async (db) => {
			await db.put('settings', { key: 'voice', value: false, recordVersion: 1, updatedAt: 42 });
			await db.put('settings', { key: 'sound', value: true });
		});
		const db = await openUnknotDb();
		expect(await db.get('settings', 'voice')).toEqual({ key: 'voice', value: false, recordVersion: 1, updatedAt: 42 });
		expect(await db.get('settings', 'sound')).toEqual({ key: 'sound', value: true, recordVersion: 1, updatedAt: 0 });
		db.close();
	});
});

/** A database as an earlier release left it (`fixtures/database-vN.json`): its stores, indexes and records. */
interface FixtureDatabase {
	version: number;
	stores: Record<string, { keyPath: string; indexes: Record<string, string>; records: Record<string, unknown>[] }>;
}

/** Writes a fixture with raw IndexedDB at its own version, as that release created it (not with our module). */
async function writeFixture(fixture: FixtureDatabase): Promise<void> {
	const old = await openDB(DB_NAME, fixture.version, {
		upgrade(db) {
			for (const [name, store] of Object.entries(fixture.stores)) {
				const created = db.createObjectStore(name, { keyPath: store.keyPath });
				for (const [index, keyPath] of Object.entries(store.indexes)) created.createIndex(index, keyPath);
			}
		}
	});
	for (const [name, store] of Object.entries(fixture.stores)) for (const record of store.records) await old.put(name, record);
	old.close();
}

/** Every record of a store, as stored, by its key. */
async function rawRecords(store: 'sessions' | 'settings' | 'inProgress' | 'routines' | 'routineContents'): Promise<unknown[]> {
	const db = await openUnknotDb();
	const all = await db.getAll(store);
	db.close();
	return all;
}

type OldSession = { id: string; startedAt: number; endedAt: number; painBefore?: number; painAfter?: number; recordVersion?: number; updatedAt?: number; checkIns?: unknown[] };

/** An old session as the current reader gives it back: stamped by the upgrade, its pain scores as the unnamed spot's check-ins. */
function readAsNow(old: OldSession) {
	const { painBefore, painAfter, ...rest } = old;
	const checkIns = [
		...(old.checkIns ?? []),
		...(painBefore === undefined ? [] : [{ spot: UNNAMED_SPOT, moment: 'before', score: painBefore, at: old.startedAt }]),
		...(painAfter === undefined ? [] : [{ spot: UNNAMED_SPOT, moment: 'after', score: painAfter, at: old.endedAt }])
	];
	return { ...rest, recordVersion: old.recordVersion ?? 1, updatedAt: old.updatedAt ?? old.endedAt, checkIns };
}

describe('a database from every version ever shipped, upgraded', () => {
	const fixtures = [databaseV1, databaseV2, databaseV3, databaseV4] as unknown as FixtureDatabase[];

	it('has a fixture for every version before this one', () => {
		expect(fixtures.map((fixture) => fixture.version)).toEqual(Array.from({ length: DB_VERSION - 1 }, (_, index) => index + 1));
	});

	it.each(fixtures.map((fixture) => [fixture.version, fixture] as const))('upgrades version %i with every record intact and readable', async (version, fixture) => {
		await writeFixture(fixture);
		const db = await openUnknotDb();
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames].sort()).toEqual(['drafts', 'inProgress', 'planEntries', 'routineContents', 'routines', 'runDays', 'sessions', 'settings']);
		db.close();

		// Sessions: all of them, through the reader and the index the history pages by.
		const oldSessions = fixture.stores.sessions!.records as unknown as OldSession[];
		const sessions = await listSessions();
		expect(sessions.unreadable).toEqual([]);
		const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
		expect([...sessions.records].sort(byId)).toEqual(oldSessions.map(readAsNow).sort(byId));
		expect((await listSessionPage(null, 100)).records).toHaveLength(oldSessions.length);
		expect(await countSessionsOutsideIndex()).toBe(0);
		// Stored as they were: only the fields the upgrade stamps are added (records since version 3 have them).
		expect(await rawRecords('sessions')).toEqual(
			expect.arrayContaining(oldSessions.map((old) => ({ ...old, recordVersion: old.recordVersion ?? 1, updatedAt: old.updatedAt ?? old.endedAt })))
		);

		// Settings: each stored one kept, the known ones in force, an old key left alone (not read).
		const oldSettings = fixture.stores.settings!.records as { key: string; value: unknown; updatedAt?: number }[];
		expect(await rawRecords('settings')).toEqual(oldSettings.map((old) => ({ recordVersion: 1, updatedAt: 0, ...old })).sort((a, b) => a.key.localeCompare(b.key)));
		const { settings, unreadable } = await getSettings();
		expect(unreadable).toEqual([]);
		for (const { key, value } of oldSettings) if (key in settings) expect([key, settings[key as keyof typeof settings]]).toEqual([key, value]);

		// Sessions in progress: version 2's slot moved to its own key; each one can be played on.
		const oldInProgress = version === 2 ? fixture.stores.activeSession!.records : (fixture.stores.inProgress?.records ?? []);
		const inProgress = await listInProgress();
		expect(inProgress.unreadable).toEqual([]);
		expect(inProgress.records.map((record) => record.sessionId).sort()).toEqual(oldInProgress.map((record) => record.sessionId).sort());
		for (const record of inProgress.records) {
			const old = oldInProgress.find((candidate) => candidate.sessionId === record.sessionId)!;
			expect(record.state).toEqual(old.state);
			expect(record.routine).toEqual(old.routine);
			expect(record.updatedAt).toBe(old.updatedAt ?? old.savedAt);
		}

		// The user's routines and the content each session ran.
		const oldRoutines = fixture.stores.routines?.records ?? [];
		expect((await listRoutineRecords()).records).toEqual(oldRoutines);
		for (const content of fixture.stores.routineContents?.records ?? []) expect(await getRoutineContent(content.hash as string)).toEqual(content);
		// Drafts (since version 4): each one read back as written; none before.
		const oldDrafts = fixture.stores.drafts?.records ?? [];
		for (const draft of oldDrafts) expect(await getDraft(draft.key as string)).toEqual(draft);
		if (oldDrafts.length === 0) expect(await getDraft('+new')).toBeUndefined();
		// The plan (since version 5) starts empty.
		expect(await listPlanEntries()).toEqual({ records: [], unreadable: [] });
		expect(await listRunDays()).toEqual({ records: [], unreadable: [] });
	});

	it('resumes version 2\'s routine in progress on the timeline it was checkpointed on', async () => {
		// Version 2 let a routine's own get-ready win over the setting; the setting wins now. The
		// routine in progress must still play with the lengths it started with, or its position (and a
		// get-ready set to 0 removes whole segments) no longer fits it.
		const fixture = databaseV2 as unknown as FixtureDatabase & { activeSessionSegmentsMs: (number | null)[] };
		await writeFixture(fixture);
		const [record] = (await listInProgress()).records;
		expect(record).toBeDefined();
		expect(compile(record!.routine as Routine, record!.options).segments.map((segment) => segment.durationMs)).toEqual(fixture.activeSessionSegmentsMs);
	});
});
