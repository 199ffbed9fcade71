/**
 * The history store: one record per finished or ended session. Every record read back is parsed; a
 * malformed one is reported, never deleted, and never hides the others.
 */
import type { Routine } from '$lib/core/routine-schema';
import { parseSessionRecord, type SessionRecord } from '$lib/core/session-record';
import { buildRoutineContentRecord } from '$lib/core/user-routine';
import type { ReadRecords } from '$lib/core/stored-record';
import { getParsed, listParsed, StorageError, withDb } from './db';

/** Every readable session, newest first, and the keys of those that could not be read. */
export async function listSessions(): Promise<ReadRecords<SessionRecord>> {
	const result = await listParsed('sessions', 'session', parseSessionRecord);
	result.records.sort((a, b) => b.startedAt - a.startedAt);
	return result;
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
			throw new StorageError('This session is no longer in your history, so it could not be changed.', 'failed');
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
