/** What the screens do with sessions in progress besides playing them: find, set aside, discard. */
import { endSessionInProgress, type SessionInProgress } from '$lib/core/session-in-progress';
import type { ReadRecords } from '$lib/core/stored-record';
import { deleteInProgress, listInProgress } from '$lib/platform/in-progress-store';
import { fileSession } from '$lib/platform/session-store';

/**
 * Files every readable session in progress except `keepSessionId` as ended early, at its last
 * checkpoint, so starting a routine never silently loses the one left behind. Unreadable ones are
 * left for the user to see and discard.
 */
export async function fileOthersInProgress(keepSessionId: string): Promise<void> {
	// Storage that cannot be read was said before Start; there is nothing known to file.
	const { records } = await listInProgress().catch(() => ({ records: [] }));
	for (const other of records) {
		if (other.sessionId !== keepSessionId) await fileSession(endSessionInProgress(other), other.routine);
	}
}

/** Deletes a session in progress that could not be read, on the user's word, by its key as stored. */
export function discardInProgress(key: unknown): Promise<void> {
	return deleteInProgress(key as IDBValidKey);
}

/** The sessions in progress as a screen reads them: never rejects; `error` says why none could be read. */
export async function readSessionsInProgress(): Promise<ReadRecords<SessionInProgress> & { error: string | null }> {
	try {
		return { ...(await listInProgress()), error: null };
	} catch (error) {
		console.warn('The routines in progress could not be read.', error);
		return { records: [], unreadable: [], error: error instanceof Error ? error.message : String(error) };
	}
}
