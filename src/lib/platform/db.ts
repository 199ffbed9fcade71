/**
 * The app's one IndexedDB database, through idb. Versioned from the start: each schema change is an
 * `if (oldVersion < N)` step in `upgrade`, with a fixture and an upgrade test in `db.test.ts`.
 * Every failure reaches callers as a `StorageError` whose message can be shown as it is.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Routine } from '$lib/core/routine-schema';
import type { SessionState } from '$lib/core/session';
import type { SessionRecord } from '$lib/core/session-record';
import type { CompileOptions } from '$lib/core/timeline';

export const DB_NAME = 'unknot';
export const DB_VERSION = 2;

export type { SessionRecord };

/** The routine in progress, checkpointed so a reload or a crash loses nothing. */
export interface ActiveSessionRecord {
	key: 'current';
	sessionId: string;
	/** The routine as it was when started: later edits must not change a session under way. */
	routine: Routine;
	options: CompileOptions;
	state: SessionState;
	/** Wall-clock ms of this checkpoint. */
	savedAt: number;
}

/** A stored setting; each setting's type is given by `Settings` in `settings.ts`. */
export interface SettingRecord {
	key: string;
	value: unknown;
}

export interface UnknotDB extends DBSchema {
	sessions: {
		key: string;
		value: SessionRecord;
		indexes: { 'by-started': number };
	};
	settings: {
		key: string;
		value: SettingRecord;
	};
	/** Added in version 2: at most one record, the routine in progress. */
	activeSession: {
		key: 'current';
		value: ActiveSessionRecord;
	};
}

/** Storage failed; `message` says so in words a user can act on. */
export class StorageError extends Error {
	constructor(
		message: string,
		readonly reason: 'unavailable' | 'full' | 'failed',
		options?: { cause?: unknown }
	) {
		super(message, options);
		this.name = 'StorageError';
	}
}

function toStorageError(error: unknown): StorageError {
	if (error instanceof StorageError) return error;
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	if (name === 'QuotaExceededError') {
		return new StorageError(
			'Your phone is out of storage space for Unknot. Free some space, then try again. Nothing already saved was lost.',
			'full',
			{ cause: error }
		);
	}
	if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') {
		return new StorageError(
			'This browser is not letting Unknot store data (private browsing can do this). Sessions cannot be saved here.',
			'unavailable',
			{ cause: error }
		);
	}
	return new StorageError(`Saving or reading your data failed (${String(error)}).`, 'failed', { cause: error });
}

/** Opens (creating or upgrading) the database. Exported for the upgrade tests. */
export function openUnknotDb(name = DB_NAME): Promise<IDBPDatabase<UnknotDB>> {
	if (typeof indexedDB === 'undefined') {
		return Promise.reject(
			new StorageError('This browser has no storage Unknot can use, so sessions cannot be saved.', 'unavailable')
		);
	}
	return openDB<UnknotDB>(name, DB_VERSION, {
		upgrade(database, oldVersion) {
			if (oldVersion < 1) {
				const sessions = database.createObjectStore('sessions', { keyPath: 'id' });
				sessions.createIndex('by-started', 'startedAt');
				database.createObjectStore('settings', { keyPath: 'key' });
			}
			if (oldVersion < 2) {
				database.createObjectStore('activeSession', { keyPath: 'key' });
			}
		},
		blocking() {
			// A newer version of the app wants to upgrade the database in another tab: let it.
			void closeDb();
		}
	}).catch((error: unknown) => {
		throw toStorageError(error);
	});
}

let dbPromise: Promise<IDBPDatabase<UnknotDB>> | undefined;

function db(): Promise<IDBPDatabase<UnknotDB>> {
	dbPromise ??= openUnknotDb().catch((error: unknown) => {
		dbPromise = undefined;
		throw error;
	});
	return dbPromise;
}

/** Closes and forgets the shared connection (tests; a blocked upgrade). */
export async function closeDb(): Promise<void> {
	const pending = dbPromise;
	dbPromise = undefined;
	if (pending) (await pending.catch(() => undefined))?.close();
}

async function run<T>(work: (database: IDBPDatabase<UnknotDB>) => Promise<T>): Promise<T> {
	try {
		return await work(await db());
	} catch (error) {
		throw toStorageError(error);
	}
}

/** Saves (or replaces) a session record. */
export function saveSession(session: SessionRecord): Promise<void> {
	return run(async (database) => {
		await database.put('sessions', session);
	});
}

/** All sessions, newest first. */
export function listSessions(): Promise<SessionRecord[]> {
	return run(async (database) => (await database.getAllFromIndex('sessions', 'by-started')).reverse());
}

/** A stored setting's raw value, or undefined. */
export function readSetting(key: string): Promise<unknown> {
	return run(async (database) => (await database.get('settings', key))?.value);
}

export function writeSetting(key: string, value: unknown): Promise<void> {
	return run(async (database) => {
		await database.put('settings', { key, value });
	});
}

/** Checkpoints the routine in progress. */
export function saveActiveSession(record: ActiveSessionRecord): Promise<void> {
	return run(async (database) => {
		await database.put('activeSession', record);
	});
}

/** The routine in progress, if one was left running or paused. */
export function loadActiveSession(): Promise<ActiveSessionRecord | undefined> {
	return run((database) => database.get('activeSession', 'current'));
}

/**
 * Files a finished session in the history and clears the checkpoint in one transaction, so a crash
 * between the two can neither lose the session nor record it twice.
 */
export function completeSession(record: SessionRecord): Promise<void> {
	return run(async (database) => {
		const tx = database.transaction(['sessions', 'activeSession'], 'readwrite');
		await Promise.all([tx.objectStore('sessions').put(record), tx.objectStore('activeSession').delete('current'), tx.done]);
	});
}
