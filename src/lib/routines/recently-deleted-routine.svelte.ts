/**
 * Deleting a routine of the user's own, with undo offered on the library. Its sessions stay in the
 * history: each keeps the content it ran.
 */
import { takeRoutineRecord } from '$lib/platform/routine-store';
import { UndoableDelete } from '$lib/ui/undoable-delete.svelte';
import { restoreRoutine } from './library';

/** The one holder of the routine deleted last. */
export const recentlyDeletedRoutine = new UndoableDelete(takeRoutineRecord, restoreRoutine);
