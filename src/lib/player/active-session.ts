/** The routine in progress, as the screens see it: found softly, continued, or filed as partial. */
import { advance } from '$lib/core/session';
import { buildSessionRecord } from '$lib/core/session-record';
import { compile } from '$lib/core/timeline';
import { completeSession, loadActiveSession, type ActiveSessionRecord } from '$lib/platform/db';

/** The checkpointed session, or null when there is none or storage cannot be read. */
export async function findActiveSession(): Promise<ActiveSessionRecord | null> {
	try {
		return (await loadActiveSession()) ?? null;
	} catch (error) {
		console.warn('The routine in progress could not be read.', error);
		return null;
	}
}

/**
 * Files a session that was left in progress as partial, ended at its last checkpoint, so starting
 * another routine never silently loses it.
 */
export async function fileAbandonedSession(active: ActiveSessionRecord): Promise<void> {
	const timeline = compile(active.routine, active.options);
	const ended = advance(timeline, active.state, { type: 'finish' }, active.savedAt);
	await completeSession(buildSessionRecord(active.sessionId, active.routine, timeline, ended));
}
