import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSessionInProgress, buildSessionRecord } from '$lib/core/testing/records';
import { checkStorage, closeDb, DB_NAME, DB_VERSION, listParsed, openUnknotDb, StorageError, toStorageError } from './db';
import { listInProgress } from './in-progress-store';
import { listSessions } from './session-store';
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
		expect([...db.objectStoreNames].sort()).toEqual(['drafts', 'inProgress', 'routineContents', 'routines', 'sessions', 'settings']);
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
