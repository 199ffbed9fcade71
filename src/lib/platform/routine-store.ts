/** The user's own routines: one record per routine, keyed by its id, parsed like an imported file when read. */
import type { ReadRecords } from '$lib/core/stored-record';
import { parseUserRoutine, type UserRoutineRecord } from '$lib/core/user-routine';
import { getParsed, listParsed, takeParsed, withDb } from './db';

/** Every readable user routine, and the keys of those that could not be read. */
export function listRoutineRecords(): Promise<ReadRecords<UserRoutineRecord>> {
	return listParsed('routines', 'routine', parseUserRoutine);
}

/** One user routine, or undefined when there is none (or it cannot be read). */
export function getRoutineRecord(id: string): Promise<UserRoutineRecord | undefined> {
	return getParsed('routines', id, parseUserRoutine);
}

/** Saves (or replaces) a user routine. */
export function putRoutineRecord(record: UserRoutineRecord): Promise<void> {
	return withDb(async (database) => {
		await database.put('routines', record);
	});
}

/** Deletes a user routine; its sessions keep the content they ran. */
export function deleteRoutineRecord(id: string): Promise<void> {
	return withDb(async (database) => {
		await database.delete('routines', id);
	});
}

/**
 * Deletes a user routine and hands back its record as stored at that moment, in one transaction, for
 * Undo. Rejects when it is gone or cannot be read (and then deletes nothing).
 */
export function takeRoutineRecord(id: string): Promise<UserRoutineRecord> {
	return takeParsed('routines', id, parseUserRoutine, 'This routine is no longer among yours.');
}
