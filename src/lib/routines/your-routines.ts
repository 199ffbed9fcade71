/**
 * The user's own routines from storage, without the built-ins: the library's first visit to a screen
 * reads these after the prerendered built-ins have painted, and must not bring the built-ins' files
 * (and their bytes) along to do it. `library.ts` merges the two for every other screen.
 */
import type { Routine } from '$lib/core/routine-schema';
import type { UnreadableRecord } from '$lib/core/stored-record';
import { listRoutineRecords } from '$lib/platform/routine-store';

/** The user's routines as a screen reads them: never rejects; `error` says why they are missing. */
export interface YourRoutines {
	/** By title. */
	routines: Routine[];
	unreadable: UnreadableRecord[];
	error: string | null;
}

/**
 * Every readable routine of the user's own, by title. A record under a built-in's id (written by hand
 * or by another app) would shadow the built-in: it is left out and reported as unreadable.
 */
export async function listYourRoutines(isBuiltinId: (id: string) => boolean): Promise<YourRoutines> {
	try {
		const { records, unreadable } = await listRoutineRecords();
		for (const record of records.filter((r) => isBuiltinId(r.id))) {
			unreadable.push({ kind: 'routine', key: record.id, reason: 'has the id of a built-in routine' });
		}
		const routines = records
			.filter((record) => !isBuiltinId(record.id))
			.map((record) => record.routine)
			.sort((a, b) => a.title.localeCompare(b.title));
		return { routines, unreadable, error: null };
	} catch (error) {
		console.warn('Your routines could not be read.', error);
		return { routines: [], unreadable: [], error: error instanceof Error ? error.message : String(error) };
	}
}
