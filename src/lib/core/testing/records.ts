/** One builder for fixture routines and stored records, shared by every test that needs them. */
import type { Routine, Step } from '../routine-schema';
import { advance, createSession } from '../session';
import type { SessionInProgress } from '../session-in-progress';
import type { SessionRecord } from '../session-record';
import { RECORD_VERSION } from '../stored-record';
import { compile } from '../timeline';

/** A small valid routine: two timed holds unless other steps are given. */
export function buildRoutine(extra: Partial<Routine> = {}, steps?: Step[]): Routine {
	return {
		schemaVersion: 1,
		id: 'two-holds',
		title: 'Two holds',
		steps: steps ?? [
			{ kind: 'timed', name: 'Hold', seconds: 10, getReadySeconds: 2 },
			{ kind: 'timed', name: 'Plank', seconds: 5, getReadySeconds: 0 }
		],
		...extra
	};
}

/** A history record as the player files it. */
export function buildSessionRecord(id: string, startedAt: number, extra: Partial<SessionRecord> = {}): SessionRecord {
	return {
		recordVersion: RECORD_VERSION,
		updatedAt: startedAt + 600_000,
		id,
		routineId: 'post-run-hip-reset',
		routineTitle: 'Post-run hip reset',
		startedAt,
		endedAt: startedAt + 600_000,
		status: 'completed',
		activeSeconds: 600,
		steps: [{ stepIndex: 0, name: 'Foam-roll quads', status: 'done', secondsSpent: 120, secondsPlanned: 120 }],
		checkIns: [],
		...extra
	};
}

/** A session in progress of `routine`, started at `startedAt` and checkpointed `afterMs` later, running. */
export function buildSessionInProgress(
	sessionId: string,
	routine: Routine = buildRoutine(),
	startedAt = 1_000_000,
	afterMs = 1000
): SessionInProgress {
	const timeline = compile(routine);
	const state = advance(timeline, createSession(timeline), { type: 'start' }, startedAt);
	return { recordVersion: RECORD_VERSION, sessionId, routine, options: {}, state, updatedAt: startedAt + afterMs };
}
