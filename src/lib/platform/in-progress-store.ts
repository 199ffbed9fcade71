/**
 * The sessions-in-progress store: one checkpoint per session under way, keyed by its session id, so
 * saving or deleting one never touches another tab's or another routine's.
 */
import { parseSessionInProgress, type SessionInProgress } from '$lib/core/session-in-progress';
import type { ReadRecords } from '$lib/core/stored-record';
import { getParsed, listParsed, withDb } from './db';

/** Every readable session in progress, and the keys of those that could not be read. */
export function listInProgress(): Promise<ReadRecords<SessionInProgress>> {
	return listParsed('inProgress', 'session in progress', parseSessionInProgress);
}

/** One session in progress, or undefined when there is none (or it cannot be read). */
export function getInProgress(sessionId: string): Promise<SessionInProgress | undefined> {
	return getParsed('inProgress', sessionId, parseSessionInProgress);
}

/**
 * Checkpoints a session in progress, unless it has been filed in the history already (ended in
 * another tab): then nothing is written, so a finished session never comes back as in progress.
 */
export function putInProgress(record: SessionInProgress): Promise<'saved' | 'already-filed'> {
	return withDb(async (database) => {
		const transaction = database.transaction(['sessions', 'inProgress'], 'readwrite');
		const filed = (await transaction.objectStore('sessions').getKey(record.sessionId)) !== undefined;
		await Promise.all([filed ? undefined : transaction.objectStore('inProgress').put(record), transaction.done]);
		return filed ? 'already-filed' : 'saved';
	});
}

/**
 * Deletes one session in progress by its storage key, exactly as stored (an unreadable one may sit
 * under a number or a list, which must never be mistaken for another record's string key).
 */
export function deleteInProgress(key: IDBValidKey): Promise<void> {
	return withDb(async (database) => {
		await database.delete('inProgress', key as string);
	});
}
