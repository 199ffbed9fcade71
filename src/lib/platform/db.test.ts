import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	closeDb,
	completeSession,
	loadActiveSession,
	saveActiveSession,
	DB_NAME,
	DB_VERSION,
	listSessions,
	openUnknotDb,
	readSetting,
	saveSession,
	StorageError,
	writeSetting,
	type SessionRecord
} from './db';

function session(id: string, startedAt: number, extra: Partial<SessionRecord> = {}): SessionRecord {
	return {
		id,
		routineId: 'post-run-hip-reset',
		routineTitle: 'Post-run hip reset',
		startedAt,
		endedAt: startedAt + 600_000,
		status: 'completed',
		activeSeconds: 600,
		steps: [{ stepIndex: 0, name: 'Foam-roll quads', status: 'done', secondsSpent: 120, secondsPlanned: 120 }],
		...extra
	};
}

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

afterEach(async () => {
	await closeDb();
});

describe('the database', () => {
	it('keeps sessions and lists them newest first', async () => {
		await saveSession(session('a', 1000));
		await saveSession(session('c', 3000, { status: 'partial' }));
		await saveSession(session('b', 2000));
		expect((await listSessions()).map((s) => s.id)).toEqual(['c', 'b', 'a']);
		expect((await listSessions())[0]).toEqual(session('c', 3000, { status: 'partial' }));
	});

	it('replaces a session saved twice (the finish screen adding a check-in)', async () => {
		await saveSession(session('a', 1000));
		await saveSession(session('a', 1000, { painAfter: 2 }));
		const sessions = await listSessions();
		expect(sessions).toHaveLength(1);
		expect(sessions[0]?.painAfter).toBe(2);
	});

	it('keeps data across connections (a closed and reopened app)', async () => {
		await saveSession(session('a', 1000));
		await writeSetting('getReadySeconds', 10);
		await closeDb();
		expect((await listSessions()).map((s) => s.id)).toEqual(['a']);
		expect(await readSetting('getReadySeconds')).toBe(10);
		expect(await readSetting('missing')).toBeUndefined();
	});

	it('creates the current version with its stores and index from nothing', async () => {
		const db = await openUnknotDb('fresh');
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames].sort()).toEqual(['activeSession', 'sessions', 'settings']);
		expect([...db.transaction('sessions').store.indexNames]).toEqual(['by-started']);
		db.close();
	});

	it('upgrades a version 1 database written by the first release without losing anything', async () => {
		// Fixture: a v1 database as the first release wrote it, built with raw idb, not with our module.
		const v1 = await openDB(DB_NAME, 1, {
			upgrade(db) {
				db.createObjectStore('sessions', { keyPath: 'id' }).createIndex('by-started', 'startedAt');
				db.createObjectStore('settings', { keyPath: 'key' });
			}
		});
		await v1.put('sessions', session('old', 500));
		await v1.put('settings', { key: 'voice', value: false });
		v1.close();
		expect((await listSessions()).map((s) => s.id)).toEqual(['old']);
		expect(await readSetting('voice')).toBe(false);
		expect(await loadActiveSession()).toBeUndefined();
		const upgraded = await openUnknotDb();
		expect(upgraded.version).toBe(2);
		expect([...upgraded.objectStoreNames]).toContain('activeSession');
		upgraded.close();
	});

	it('keeps one routine in progress and clears it when the session is filed', async () => {
		const active = {
			key: 'current' as const,
			sessionId: 's1',
			routine: { schemaVersion: 1 as const, id: 'r', title: 'R', steps: [{ kind: 'rest' as const, seconds: 5 }] },
			options: {},
			state: {
				status: 'running' as const,
				index: 0,
				elapsedMs: 0,
				anchorMs: 1000,
				addedMs: 0,
				spentMs: [0],
				endings: [null],
				startedAtMs: 1000,
				finishedAtMs: null,
				pausedAtMs: null,
				pausedMs: 0
			},
			savedAt: 1000
		};
		await saveActiveSession(active);
		await saveActiveSession({ ...active, savedAt: 6000 });
		expect((await loadActiveSession())?.savedAt).toBe(6000);
		await completeSession(session('s1', 1000));
		expect(await loadActiveSession()).toBeUndefined();
		expect((await listSessions()).map((s) => s.id)).toEqual(['s1']);
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

	it('reports a full disk as a StorageError and keeps what was saved', async () => {
		await saveSession(session('kept', 1000));
		const db = await openUnknotDb();
		const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('quota', 'QuotaExceededError');
		});
		try {
			const failure = saveSession(session('new', 2000));
			await expect(failure).rejects.toMatchObject({ name: 'StorageError', reason: 'full' });
			await expect(failure).rejects.toThrow(/out of storage space/);
		} finally {
			put.mockRestore();
			db.close();
		}
		expect((await listSessions()).map((s) => s.id)).toEqual(['kept']);
	});
});
