/**
 * Where every screen finds routines: the built-ins and the user's own, merged. A routine from storage
 * plays exactly as a built-in does; a screen never needs to know where one came from beyond `origin`.
 */
import type { Routine } from '$lib/core/routine-schema';
import type { UnreadableRecord } from '$lib/core/stored-record';
import { buildUserRoutineRecord, type UserRoutineRecord } from '$lib/core/user-routine';
import { addRoutineRecord, getRoutineRecord, putRoutineRecord } from '$lib/platform/routine-store';
import { BUILTIN_IDS, loadBuiltinRoutine } from './builtin-routine';
import { listYourRoutines } from './your-routines';

/** A routine in the library, and whether it shipped with the app or is the user's own. */
export interface LibraryEntry {
	routine: Routine;
	origin: 'built-in' | 'yours';
}

/** The library as a screen reads it: never rejects; `error` says why the user's routines are missing. */
export interface Library {
	entries: LibraryEntry[];
	unreadable: UnreadableRecord[];
	error: string | null;
}


/** Every routine: the built-ins in display order, then the user's own by title. */
export async function listRoutines(): Promise<Library> {
	// All seven files, only for the screens that list them all.
	const { builtinRoutines } = await import('./index');
	const builtins = builtinRoutines.map((routine): LibraryEntry => ({ routine, origin: 'built-in' }));
	const { routines, unreadable, error } = await listYourRoutines((id) => BUILTIN_IDS.has(id));
	return { entries: [...builtins, ...routines.map((routine): LibraryEntry => ({ routine, origin: 'yours' }))], unreadable, error };
}

/** A routine by id, built-in or the user's, if there is one (and it can be read). */
export async function getRoutine(id: string): Promise<LibraryEntry | undefined> {
	const builtin = await loadBuiltinRoutine(id);
	if (builtin) return { routine: builtin, origin: 'built-in' };
	const record = await getRoutineRecord(id).catch(() => undefined);
	return record ? { routine: record.routine, origin: 'yours' } : undefined;
}

/**
 * Adds a routine of the user's own, giving it a fresh id when a built-in or another of theirs has its
 * id already; returns the routine as saved.
 */
export async function addRoutine(routine: Routine, nowMs = Date.now()): Promise<Routine> {
	return (await addRoutineRecord(buildUserRoutineRecord(routine, nowMs), (id) => BUILTIN_IDS.has(id))).routine;
}

/**
 * Puts a deleted routine's record back (Undo) as it was, or beside a routine saved under its id since
 * (an import of the same routine), under a fresh id: Undo never writes over anything saved.
 */
export async function restoreRoutine(record: UserRoutineRecord): Promise<void> {
	await addRoutineRecord(record, (id) => BUILTIN_IDS.has(id));
}

/**
 * Replaces the user's routine of the same id with `routine` (an import chosen to replace it), keeping
 * when it was first added; a built-in is never replaced, so a routine with a built-in's id is added
 * under a fresh one instead. Returns the routine as saved.
 */
export async function replaceRoutine(routine: Routine, nowMs = Date.now()): Promise<Routine> {
	if (BUILTIN_IDS.has(routine.id)) return addRoutine(routine, nowMs);
	const existing = await getRoutineRecord(routine.id);
	// Nothing readable to replace (deleted since, or a record that cannot be read, which is kept): add.
	if (!existing) return addRoutine(routine, nowMs);
	await putRoutineRecord(buildUserRoutineRecord(routine, nowMs, existing.createdAt));
	return routine;
}
