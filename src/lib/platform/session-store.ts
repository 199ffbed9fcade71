/**
 * The history store: one record per finished or ended session. Every record read back is parsed; a
 * malformed one is reported, never deleted, and never hides the others.
 */
import type { Routine } from '$lib/core/routine-schema';
import { parseSessionRecord, type SessionRecord } from '$lib/core/session-record';
import { buildRoutineContentRecord } from '$lib/core/user-routine';
import type { ReadRecords } from '$lib/core/stored-record';
import { getParsed, listParsed, StorageError, takeParsed, withDb } from './db';

/** Every readable session, newest first, and the keys of those that could not be read. */
export async function listSessions(): Promise<ReadRecords<SessionRecord>> {
	const result = await listParsed('sessions', 'session', parseSessionRecord);
	result.records.sort((a, b) => b.startedAt - a.startedAt);
	return result;
}

/** Where a page of the history ends: the next page starts just after this session. */
export interface PageEnd {
	startedAt: number;
	id: string;
}

/** One page of the history, newest first. */
export interface SessionPage extends ReadRecords<SessionRecord> {
	/** Where to carry on for older sessions; null at the oldest. */
	next: PageEnd | null;
}

/**
 * A page of up to `limit` sessions, newest first, starting after `after` (or at the newest). Reads
 * through the start-time index, so a long history costs no more than its first page. Sessions that
 * started at the same instant are ordered by id, so no page boundary skips or repeats one.
 */
export function listSessionPage(after: PageEnd | null, limit: number): Promise<SessionPage> {
	return withDb(async (database) => {
		const page: SessionPage = { records: [], unreadable: [], next: null };
		const index = database.transaction('sessions').store.index('by-started');
		// Numbers only: a record whose start is some other kind of key is counted by `countSessionsOutsideIndex`.
		let cursor = await index.openCursor(IDBKeyRange.upperBound(after ? after.startedAt : Infinity), 'prev');
		// The cursor runs backwards through (startedAt, id): skip the boundary session and those before it.
		while (cursor && after && cursor.key === after.startedAt && String(cursor.primaryKey) >= after.id) cursor = await cursor.continue();
		while (cursor && page.records.length + page.unreadable.length < limit) {
			readInto(page, cursor.primaryKey, cursor.value);
			page.next = { startedAt: cursor.key as number, id: String(cursor.primaryKey) };
			cursor = await cursor.continue();
		}
		if (!cursor) page.next = null;
		return page;
	});
}

function readInto(result: ReadRecords<SessionRecord>, key: unknown, value: unknown): void {
	const parsed = parseSessionRecord(value);
	if (parsed.ok) result.records.push(parsed.value);
	else {
		console.warn(`A stored session could not be read and was left untouched (${String(key)}): ${parsed.reason}`);
		result.unreadable.push({ kind: 'session', key, reason: parsed.reason });
	}
}

/** The sessions that started in [fromMs, toMs), newest first. For the calendar, the chart and the report. */
export function listSessionsBetween(fromMs: number, toMs: number): Promise<ReadRecords<SessionRecord>> {
	return withDb(async (database) => {
		const result: ReadRecords<SessionRecord> = { records: [], unreadable: [] };
		if (!(fromMs < toMs)) return result;
		const index = database.transaction('sessions').store.index('by-started');
		let cursor = await index.openCursor(IDBKeyRange.bound(fromMs, toMs, false, true), 'prev');
		while (cursor) {
			readInto(result, cursor.primaryKey, cursor.value);
			cursor = await cursor.continue();
		}
		return result;
	});
}

/**
 * Calls `visit` with each session's start time, newest first, until it returns false. Reads the index
 * alone (no record is read or parsed), for counting days back through years of history.
 */
export function visitSessionStarts(visit: (startedAt: number) => boolean): Promise<void> {
	return withDb(async (database) => {
		let cursor = await database.transaction('sessions').store.index('by-started').openKeyCursor(null, 'prev');
		while (cursor) {
			if (typeof cursor.key === 'number' && !visit(cursor.key)) return;
			cursor = await cursor.continue();
		}
	});
}

/**
 * The start times of the sessions that started in [fromMs, toMs), newest first. Reads the index alone,
 * for counting sessions per day and per week without reading a record.
 */
export function listSessionStartsBetween(fromMs: number, toMs: number): Promise<number[]> {
	return withDb(async (database) => {
		const starts: number[] = [];
		if (!(fromMs < toMs)) return starts;
		const index = database.transaction('sessions').store.index('by-started');
		let cursor = await index.openKeyCursor(IDBKeyRange.bound(fromMs, toMs, false, true), 'prev');
		while (cursor) {
			starts.push(cursor.key as number);
			cursor = await cursor.continue();
		}
		return starts;
	});
}

/**
 * How many stored sessions have no start time that is a number, and so are in no page: they are
 * counted as unreadable rather than silently missing.
 */
export function countSessionsOutsideIndex(): Promise<number> {
	return withDb(async (database) => {
		const transaction = database.transaction('sessions');
		const [all, indexed] = await Promise.all([
			transaction.store.count(),
			transaction.store.index('by-started').count(IDBKeyRange.bound(-Infinity, Infinity))
		]);
		return all - indexed;
	});
}

/** The newest session that can be read, if any. */
export async function getLatestSession(): Promise<SessionRecord | undefined> {
	let page = await listSessionPage(null, 5);
	while (page.records.length === 0 && page.next) page = await listSessionPage(page.next, 5);
	return page.records[0];
}

/** Deletes a session from the history (it can be put back with `putSession`). */
export function deleteSession(id: string): Promise<void> {
	return withDb(async (database) => {
		await database.delete('sessions', id);
	});
}

/**
 * Deletes a session and hands back the record as it was stored at that moment, in one transaction,
 * so putting it back (Undo) restores every change made to it, in any tab, until it was deleted.
 * Rejects when the session is gone or cannot be read (and then deletes nothing).
 */
export function takeSession(id: string): Promise<SessionRecord> {
	return takeParsed('sessions', id, parseSessionRecord, 'This session is no longer in your history.');
}

/** One session, or undefined when there is none with that id or it cannot be read. */
export function getSession(id: string): Promise<SessionRecord | undefined> {
	return getParsed('sessions', id, parseSessionRecord);
}

/** Saves (or replaces) a session record. */
export function putSession(record: SessionRecord): Promise<void> {
	return withDb(async (database) => {
		await database.put('sessions', record);
	});
}

/**
 * Changes a stored session in one transaction (read, change, write), so an edit never works on a
 * stale copy. Rejects when the session is gone or cannot be read.
 */
export function updateSession(id: string, change: (record: SessionRecord) => SessionRecord): Promise<SessionRecord> {
	return withDb(async (database) => {
		const transaction = database.transaction('sessions', 'readwrite');
		const parsed = parseSessionRecord(await transaction.store.get(id));
		if (!parsed.ok) {
			transaction.abort();
			await transaction.done.catch(() => {});
			throw new StorageError('This session is no longer in your history, so it could not be changed.', 'gone');
		}
		const updated = change(parsed.value);
		await Promise.all([transaction.store.put(updated), transaction.done]);
		return updated;
	});
}

/**
 * Files a finished session in the history with the content it ran (stored once per content version)
 * and deletes its session in progress, in one transaction, so a crash between them can neither lose
 * the session nor record it twice. A session already filed (ended in another tab) is kept as it was:
 * `already-filed`.
 */
export function fileSession(record: SessionRecord, routine: Routine): Promise<'filed' | 'already-filed'> {
	return withDb(async (database) => {
		const transaction = database.transaction(['sessions', 'inProgress', 'routineContents'], 'readwrite');
		const sessions = transaction.objectStore('sessions');
		const existing = await sessions.getKey(record.id);
		const outcome = existing === undefined ? 'filed' : 'already-filed';
		const content = buildRoutineContentRecord(routine, record.updatedAt);
		const contents = transaction.objectStore('routineContents');
		const hasContent = (await contents.getKey(content.hash)) !== undefined;
		await Promise.all([
			outcome === 'filed' ? sessions.add({ ...record, routineHash: content.hash }) : undefined,
			hasContent ? undefined : contents.add(content),
			transaction.objectStore('inProgress').delete(record.id),
			transaction.done
		]);
		return outcome;
	});
}
