/** Adding how it felt to a session already in the history: the finish screen now, the history screen later. */
import { withCheckIn, type CheckIn, type SessionRecord } from '$lib/core/session-record';
import { updateSession } from '$lib/platform/session-store';

/** Saves a check-in onto the stored session; rejects with a message a user can read. */
export function saveCheckIn(sessionId: string, checkIn: CheckIn, nowMs = Date.now()): Promise<SessionRecord> {
	return updateSession(sessionId, (record) => withCheckIn(record, checkIn, nowMs));
}
