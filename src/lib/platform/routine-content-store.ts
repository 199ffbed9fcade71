/** The contents sessions ran, one record per content version; written when a session is filed. */
import { parseRoutineContent, type RoutineContentRecord } from '$lib/core/user-routine';
import { getParsed } from './db';

/** The content a session ran, by its hash, or undefined when it is not stored (or cannot be read). */
export function getRoutineContent(hash: string): Promise<RoutineContentRecord | undefined> {
	return getParsed('routineContents', hash, parseRoutineContent);
}
