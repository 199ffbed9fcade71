/** "Log as done": filing a session done without the app, as completed and marked as logged by hand. */
import type { CheckIn } from '$lib/core/check-in';
import type { Routine } from '$lib/core/routine-schema';
import { buildLoggedSession, type SessionRecord } from '$lib/core/session-record';
import { compile, type CompileOptions } from '$lib/core/timeline';
import { newId } from '$lib/platform/ids';
import { fileSession } from '$lib/platform/session-store';
import { rememberSpots } from './check-in';

/** What the log form gives. */
export interface SessionToLog {
	routine: Routine;
	options: CompileOptions;
	startedAt: number;
	checkIns: readonly CheckIn[];
	notes: string;
}

/**
 * Files the session (with the routine's content, as a played session is) and remembers its spots.
 * Rejects with a message a user can read; nothing is saved then.
 */
export async function logSession(session: SessionToLog, nowMs = Date.now(), id = newId()): Promise<SessionRecord> {
	const record = buildLoggedSession(id, session.routine, compile(session.routine, session.options), session, nowMs);
	await fileSession(record, session.routine);
	await rememberSpots(session.checkIns.map((checkIn) => checkIn.spot), nowMs);
	return record;
}
