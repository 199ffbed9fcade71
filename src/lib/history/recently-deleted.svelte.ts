/**
 * Deleting a session, with undo: the record deleted last is held here (in memory, for this visit)
 * until the user undoes it, dismisses the notice or deletes another. It outlives the session's own
 * screen, so the history can offer Undo after going back to it.
 */
import type { SessionRecord } from '$lib/core/session-record';
import { putSession, takeSession } from '$lib/platform/session-store';

class RecentlyDeleted {
	/** The session deleted last, as it was. */
	record: SessionRecord | null = $state.raw(null);
	/** Why the last undo failed, for the notice. */
	error: string | null = $state(null);

	/**
	 * Deletes the session from the history and holds it, as stored at that moment (not as this screen
	 * last read it: another tab may have changed it since), for Undo. Rejects with a message a user can read.
	 */
	delete = async (sessionId: string): Promise<void> => {
		this.record = await takeSession(sessionId);
		this.error = null;
	};

	/** Puts the deleted session back exactly as it was. Resolves true once it is back. */
	undo = async (): Promise<boolean> => {
		const record = this.record;
		if (!record) return false;
		try {
			await putSession(record);
			this.record = null;
			this.error = null;
			return true;
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
			return false;
		}
	};

	/** Forgets the deleted session: it stays deleted. */
	dismiss = (): void => {
		this.record = null;
		this.error = null;
	};
}

/** The one holder for the whole app. */
export const recentlyDeleted = new RecentlyDeleted();
