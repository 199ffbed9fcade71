/** The record the history keeps of one session, built from the engine's state. Pure. */
import type { Routine } from './routine-schema';
import { summarize, type SessionState, type StepOutcome } from './session';
import type { Timeline } from './timeline';

/** A finished (or ended early) session, as the history keeps it. */
export interface SessionRecord {
	/** Random id, unique across devices so backups can merge. */
	id: string;
	routineId: string;
	routineTitle: string;
	/** Wall-clock ms. */
	startedAt: number;
	endedAt: number;
	/** `completed` when the routine ran to its end, `partial` when the user ended it early. */
	status: 'completed' | 'partial';
	/** Seconds spent in the routine, pauses not counted. */
	activeSeconds: number;
	steps: StepOutcome[];
	/** 0–10, how the sore spot felt; absent if the user did not say. */
	painBefore?: number;
	painAfter?: number;
	notes?: string;
}

/** Builds the history record for a finished session state. */
export function buildSessionRecord(id: string, routine: Routine, timeline: Timeline, state: SessionState): SessionRecord {
	const startedAt = state.startedAtMs ?? state.anchorMs;
	const endedAt = state.finishedAtMs ?? state.anchorMs;
	return {
		id,
		routineId: routine.id,
		routineTitle: routine.title,
		startedAt,
		endedAt,
		status: state.index >= timeline.segments.length ? 'completed' : 'partial',
		activeSeconds: Math.max(0, Math.round((endedAt - startedAt - state.pausedMs) / 1000)),
		steps: summarize(
			timeline,
			state,
			routine.steps.map((step) => step.name ?? 'Rest')
		)
	};
}
