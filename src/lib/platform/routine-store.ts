/** The user's own routines: one record per routine, keyed by its id, parsed like an imported file when read. */
import type { ReadRecords } from '$lib/core/stored-record';
import { freeRoutineId, parseUserRoutine, type UserRoutineRecord } from '$lib/core/user-routine';
import { getParsed, listParsed, takeParsed, withDb } from './db';

/** Every readable user routine, and the keys of those that could not be read. */
export function listRoutineRecords(): Promise<ReadRecords<UserRoutineRecord>> {
	return listParsed('routines', 'routine', parseUserRoutine);
}

/** One user routine, or undefined when there is none (or it cannot be read). */
export function getRoutineRecord(id: string): Promise<UserRoutineRecord | undefined> {
	return getParsed('routines', id, parseUserRoutine);
}

/** Whether any record is stored under `id`, readable or not (to tell "not there" from "cannot be read"). */
export function hasRoutineRecord(id: string): Promise<boolean> {
	return withDb(async (database) => (await database.count('routines', id)) > 0);
}

/** Saves (or replaces) a user routine. */
export function putRoutineRecord(record: UserRoutineRecord): Promise<void> {
	return withDb(async (database) => {
		await database.put('routines', record);
	});
}

/**
 * Adds a user routine under its id, or under the first free one (`id-2`…) when that id is `reserved`
 * or any record has it, one that cannot be read included: a record the readers report is never
 * written over. One transaction, so two tabs saving at once never take the same id. Returns the
 * record as saved.
 */
export function addRoutineRecord(record: UserRoutineRecord, reserved: (id: string) => boolean): Promise<UserRoutineRecord> {
	return withDb(async (database) => {
		const transaction = database.transaction('routines', 'readwrite');
		const keys = new Set<unknown>(await transaction.store.getAllKeys());
		const id = freeRoutineId(record.id, (candidate) => reserved(candidate) || keys.has(candidate));
		const saved = id === record.id ? record : { ...record, id, routine: { ...record.routine, id } };
		await Promise.all([transaction.store.add(saved), transaction.done]);
		return saved;
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
