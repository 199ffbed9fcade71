/** Deleting a session from the history, with undo offered on the history screen. */
import { putSession, takeSession } from '$lib/platform/session-store';
import { UndoableDelete } from '$lib/ui/undoable-delete.svelte';

/** The one holder of the session deleted last. */
export const recentlyDeleted = new UndoableDelete(takeSession, putSession);
