/**
 * Where every screen finds routines. Today the built-ins; the user's own (import, the editor) join
 * them here, so a screen never needs to know where a routine came from.
 */
import type { Routine } from '$lib/core/routine-schema';
import { builtinRoutines } from './index';

/** Every routine the library shows, in display order. */
export function listRoutines(): readonly Routine[] {
	return builtinRoutines;
}

/** A routine by id, if there is one. */
export function getRoutine(id: string): Routine | undefined {
	return builtinRoutines.find((routine) => routine.id === id);
}
