/**
 * Deleting a routine of the user's own, with undo offered on the library. Its sessions stay in the
 * history: each keeps the content it ran.
 */
import type { UserRoutineRecord } from '$lib/core/user-routine';
import { UndoableDelete } from '$lib/ui/undoable-delete.svelte';

/**
 * The one holder of the routine deleted last. The library shows its Undo, so the storage code is
 * imported only when a routine is deleted or put back, not with the library's first load.
 */
export const recentlyDeletedRoutine = new UndoableDelete<UserRoutineRecord>(
	async (id) => (await import('$lib/platform/routine-store')).takeRoutineRecord(id),
	async (record) => (await import('./library')).restoreRoutine(record)
);
