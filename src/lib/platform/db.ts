/**
 * The app's one IndexedDB database, through idb: the connection, the upgrade ladder and the failures.
 * Each store has its own small module (`session-store.ts`, `in-progress-store.ts`, `settings-store.ts`,
 * `routine-store.ts`, `routine-content-store.ts`, `draft-store.ts`,
 * `plan-store.ts`) with the same verbs: get, list, put, delete. Values are typed `unknown` here on purpose: storage is
 * input, and every store module parses what it reads back.
 *
 * Each schema change is an `if (oldVersion < N)` step in `upgrade`, with a fixture database and an
 * upgrade test in `db.test.ts`. Every failure reaches callers as a `StorageError` whose message can be
 * shown as it is.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { isRecord, RECORD_VERSION, type Parsed, type ReadRecords, type RecordKind } from '$lib/core/stored-record';

import { DB_NAME } from './database-presence';

export { DB_NAME };
export const DB_VERSION = 5;

export interface UnknotDB extends DBSchema {
	/** The history: one record per finished or ended session, keyed by session id. */
	sessions: {
		key: string;
		value: unknown;
		indexes: { 'by-started': number };
	};
	/** One record per setting, keyed by the setting's name. */
	settings: {
		key: string;
		value: unknown;
	};
	/** Added in version 3: sessions in progress, keyed by session id (replaces v2's single `activeSession` slot). */
	inProgress: {
		key: string;
		value: unknown;
	};
	/** Added in version 3: the user's own routines, keyed by routine id. */
	routines: {
		key: string;
		value: unknown;
	};
	/** Added in version 3: the content each session ran, keyed by its content version (hash). */
	routineContents: {
		key: string;
		value: unknown;
	};
	/** Added in version 4: routines being edited and not yet saved, keyed by the routine's id (or `+new`). */
	drafts: {
		key: string;
		value: unknown;
	};
	/** Added in version 5: the plan's entries (which routine, when), keyed by entry id. */
	planEntries: {
		key: string;
		value: unknown;
	};
	/** Added in version 5: the days the user said "I ran today", keyed by local day (`YYYY-MM-DD`). */
	runDays: {
		key: string;
		value: unknown;
	};
}

export type StoreName = StoreNames<UnknotDB>;

/** Why storage failed, for code; the message is for people. */
export type StorageFailure = 'unavailable' | 'full' | 'blocked' | 'outdated' | 'gone' | 'failed';

/** Storage failed; `message` says so in words a user can act on. */
export class StorageError extends Error {
	constructor(
		message: string,
		readonly reason: StorageFailure,
		options?: { cause?: unknown }
	) {
		super(message, options);
		this.name = 'StorageError';
	}
}

const MESSAGES: Record<Exclude<StorageFailure, 'failed' | 'gone'>, string> = {
	unavailable: 'This browser is not letting Unknot store data (private browsing can do this). Sessions cannot be saved here.',
	full: 'Your phone is out of storage space for Unknot. Free some space, then try again. Nothing already saved was lost.',
	blocked: 'Unknot was updated, and another Unknot tab is still open with the old version. Close other Unknot tabs, then reload this page.',
	outdated: 'Unknot was updated in another tab. Reload this page to use the new version; nothing saved was lost.'
};

/** A StorageError for one of the known failures. */
export function storageError(reason: Exclude<StorageFailure, 'failed' | 'gone'>, cause?: unknown): StorageError {
	return new StorageError(MESSAGES[reason], reason, { cause });
}

/** Turns whatever IndexedDB threw into a StorageError a user can read. */
export function toStorageError(error: unknown): StorageError {
	if (error instanceof StorageError) return error;
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	if (name === 'QuotaExceededError') return storageError('full', error);
	if (name === 'VersionError') return storageError('outdated', error);
	if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') return storageError('unavailable', error);
	return new StorageError(`Saving or reading your data failed (${String(error)}).`, 'failed', { cause: error });
}

type UpgradeTransaction = IDBPTransaction<UnknotDB, StoreName[], 'versionchange'>;

/** Adds the fields every record carries since version 3 to each record of an old store. */
async function stampRecords(transaction: UpgradeTransaction, store: 'sessions' | 'settings', updatedAt: (value: Record<string, unknown>) => number) {
	let cursor = await transaction.objectStore(store).openCursor();
	while (cursor) {
		const value: unknown = cursor.value;
		// A malformed record is left exactly as it was: the readers report it, nothing deletes it.
		if (isRecord(value) && value.recordVersion === undefined) {
			await cursor.update({ ...value, recordVersion: RECORD_VERSION, updatedAt: updatedAt(value) });
		}
		cursor = await cursor.continue();
	}
}

/**
 * A version 2 checkpoint's compile options, meaning under today's rule what they meant when written.
 * Version 2 let a routine's own default get-ready win over the get-ready setting; today the setting
 * wins. Left as stored, a routine in progress would resume with other get-ready lengths than it was
 * checkpointed on, and with the setting at 0 lose whole segments, so that its state no longer fit and
 * it could not be read at all. Where the routine sets its own default, the setting never applied.
 */
function optionsAsInVersion2(routine: unknown, options: Record<string, unknown>): Record<string, unknown> {
	const defaults = isRecord(routine) ? routine.defaults : undefined;
	if (!isRecord(defaults) || (defaults.getReadySeconds ?? null) === null || !('getReadySeconds' in options)) return options;
	const { getReadySeconds: _setting, ...rest } = options;
	return rest;
}

async function upgrade(database: IDBPDatabase<UnknotDB>, oldVersion: number, transaction: UpgradeTransaction): Promise<void> {
	if (oldVersion < 1) {
		const sessions = database.createObjectStore('sessions', { keyPath: 'id' });
		sessions.createIndex('by-started', 'startedAt');
		database.createObjectStore('settings', { keyPath: 'key' });
	}
	if (oldVersion < 2) {
		// Version 2's single slot for the routine in progress; version 3 replaces it below.
		(database as unknown as IDBPDatabase).createObjectStore('activeSession', { keyPath: 'key' });
	}
	if (oldVersion < 3) {
		database.createObjectStore('routines', { keyPath: 'id' });
		database.createObjectStore('routineContents', { keyPath: 'hash' });
		const inProgress = database.createObjectStore('inProgress', { keyPath: 'sessionId' });
		// Every record of the old slot moves, whatever its key or shape: a malformed one keeps its
		// content under a key of its own, for the readers to report rather than the upgrade to drop.
		const legacy = (transaction as unknown as IDBPTransaction<unknown, string[], 'versionchange'>).objectStore('activeSession');
		let cursor = await legacy.openCursor();
		while (cursor) {
			const value: unknown = cursor.value;
			const { key: _key, savedAt, ...rest } = isRecord(value) ? value : { legacyValue: value };
			const usable = typeof rest.sessionId === 'string' && rest.sessionId !== '';
			await inProgress.put({
				...rest,
				...(isRecord(rest.options) ? { options: optionsAsInVersion2(rest.routine, rest.options) } : {}),
				sessionId: usable ? rest.sessionId : `unreadable-v2-${String(cursor.key)}`,
				recordVersion: RECORD_VERSION,
				updatedAt: typeof savedAt === 'number' ? savedAt : 0
			});
			cursor = await cursor.continue();
		}
		(database as unknown as IDBPDatabase).deleteObjectStore('activeSession');
		await stampRecords(transaction, 'sessions', (session) => (typeof session.endedAt === 'number' ? session.endedAt : 0));
		await stampRecords(transaction, 'settings', () => 0);
	}
	if (oldVersion < 4) {
		database.createObjectStore('drafts', { keyPath: 'key' });
	}
	if (oldVersion < 5) {
		database.createObjectStore('planEntries', { keyPath: 'id' });
		database.createObjectStore('runDays', { keyPath: 'day' });
	}
}

/** What another tab's connection asks of this one. */
export interface ConnectionEvents {
	/** An older tab holds the database open and will not let go, so this upgrade waits. */
	blocked?: () => void;
	/** A newer Unknot in another tab wants to upgrade (or the browser closed the connection). */
	blocking?: () => void;
	/** The upgrade has begun: it may take a while, and is not waiting on anyone. */
	upgrading?: () => void;
}

/** Opens (creating or upgrading) the database. Exported for the upgrade tests. */
export function openUnknotDb(name = DB_NAME, events: ConnectionEvents = {}): Promise<IDBPDatabase<UnknotDB>> {
	if (typeof indexedDB === 'undefined') {
		return Promise.reject(new StorageError('This browser has no storage Unknot can use, so sessions cannot be saved.', 'unavailable'));
	}
	return openDB<UnknotDB>(name, DB_VERSION, {
		upgrade: (database, oldVersion, _newVersion, transaction) => {
			events.upgrading?.();
			// idb runs this synchronously; the steps' requests keep the version-change transaction alive.
			void upgrade(database, oldVersion, transaction).catch((error: unknown) => {
				console.error('Upgrading the database failed; it was left at its old version.', error);
				transaction.abort();
			});
		},
		blocked: events.blocked,
		blocking: events.blocking,
		terminated: events.blocking
	}).catch((error: unknown) => {
		throw toStorageError(error);
	});
}

/**
 * How long an open may wait with no answer at all before it is taken as waiting behind an old tab.
 * Chromium fires `blocked` only for the first document that asks; after a reload the new request just
 * queues behind the old one, silently.
 */
const OPEN_PATIENCE_MS = 3000;

let connection: Promise<IDBPDatabase<UnknotDB>> | undefined;
/** An open waiting behind an old tab: every read and write is refused at once until it goes through. */
let waitingBehindOldTab: Promise<unknown> | null = null;

function db(): Promise<IDBPDatabase<UnknotDB>> {
	if (waitingBehindOldTab) return Promise.reject(storageError('blocked'));
	connection ??= new Promise<IDBPDatabase<UnknotDB>>((resolve, reject) => {
		// Say so at once instead of leaving every screen waiting on storage.
		const refuse = () => {
			waitingBehindOldTab = opening;
			reject(storageError('blocked'));
		};
		const patience = setTimeout(refuse, OPEN_PATIENCE_MS);
		const opening: Promise<IDBPDatabase<UnknotDB>> = openUnknotDb(DB_NAME, {
			blocked: refuse,
			// Let the newer version upgrade; the next read opens again and is told to reload.
			blocking: () => void closeDb(),
			upgrading: () => clearTimeout(patience)
		});
		opening.then(resolve, reject).finally(() => clearTimeout(patience));
		// Once the old tab lets go, the waiting open becomes the connection.
		opening.then(
			(database) => {
				if (waitingBehindOldTab !== opening) return;
				waitingBehindOldTab = null;
				connection = Promise.resolve(database);
			},
			() => {
				if (waitingBehindOldTab === opening) waitingBehindOldTab = null;
			}
		);
	}).catch((error: unknown) => {
		connection = undefined;
		throw error;
	});
	return connection;
}

/** Closes and forgets the shared connection (tests; another tab upgrading). */
export async function closeDb(): Promise<void> {
	const pending = connection;
	connection = undefined;
	if (pending) (await pending.catch(() => undefined))?.close();
}

/** Runs `work` on the shared connection; any failure becomes a StorageError. For the store modules. */
export async function withDb<T>(work: (database: IDBPDatabase<UnknotDB>) => Promise<T>): Promise<T> {
	try {
		return await work(await db());
	} catch (error) {
		throw toStorageError(error);
	}
}

/** Reads every record of a store through `parse`, keeping the unreadable ones' keys for the notice. */
export function listParsed<T>(store: StoreName, kind: RecordKind, parse: (value: unknown) => Parsed<T>): Promise<ReadRecords<T>> {
	return withDb(async (database) => {
		const result: ReadRecords<T> = { records: [], unreadable: [] };
		let cursor = await database.transaction(store).store.openCursor();
		while (cursor) {
			const parsed = parse(cursor.value);
			if (parsed.ok) result.records.push(parsed.value);
			else {
				console.warn(`A stored ${kind} could not be read and was left untouched (${String(cursor.key)}): ${parsed.reason}`);
				result.unreadable.push({ kind, key: cursor.key, reason: parsed.reason });
			}
			cursor = await cursor.continue();
		}
		return result;
	});
}

/** Reads one record through `parse`: undefined when there is none, or when it cannot be read. */
export function getParsed<T>(store: StoreName, key: string, parse: (value: unknown) => Parsed<T>): Promise<T | undefined> {
	return withDb(async (database) => {
		const parsed = parse(await database.get(store, key));
		return parsed.ok ? parsed.value : undefined;
	});
}

/**
 * Deletes one record and hands it back parsed, as stored at that moment, in one transaction (for
 * Undo). Rejects with `goneMessage` (reason `gone`) when there is none or it cannot be read, and
 * then deletes nothing.
 */
export function takeParsed<T>(store: StoreName, key: string, parse: (value: unknown) => Parsed<T>, goneMessage: string): Promise<T> {
	return withDb(async (database) => {
		const transaction = database.transaction(store, 'readwrite');
		const parsed = parse(await transaction.store.get(key));
		if (!parsed.ok) {
			transaction.abort();
			await transaction.done.catch(() => {});
			throw new StorageError(goneMessage, 'gone');
		}
		await Promise.all([transaction.store.delete(key), transaction.done]);
		return parsed.value;
	});
}

const PROBE_KEY = 'storage-check';

/**
 * Whether Unknot can save here right now: opens the database and writes and removes a tiny record.
 * Null when it can; otherwise the message to show before a routine starts.
 */
export async function checkStorage(): Promise<string | null> {
	try {
		await withDb(async (database) => {
			const transaction = database.transaction('settings', 'readwrite');
			await Promise.all([transaction.store.put({ key: PROBE_KEY }), transaction.store.delete(PROBE_KEY), transaction.done]);
		});
		return null;
	} catch (error) {
		return toStorageError(error).message;
	}
}
