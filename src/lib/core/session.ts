/**
 * A routine session as a pure state machine. The state records an anchor (segment, time already spent
 * in it, and the wall-clock instant of that reading); where the session is at any later instant is
 * derived from the anchor and `nowMs`, never from counted ticks. So a page that was throttled, frozen
 * or reloaded knows its place at once, and a serialised state restores exactly.
 */
import { isStepBody, type Timeline } from './timeline';

export type SessionStatus = 'ready' | 'running' | 'paused' | 'finished';

/** How a segment was left: run to its end (or marked done), or skipped. */
export type SegmentEnding = 'completed' | 'skipped';

/** Serialisable session state. Only `advance` makes a new one. */
export interface SessionState {
	status: SessionStatus;
	/** Current segment; equals the segment count once finished. */
	index: number;
	/** Time spent in the current segment as of `anchorMs`. */
	elapsedMs: number;
	/** Wall-clock instant of the `elapsedMs` reading (for a paused session: when it was paused). */
	anchorMs: number;
	/** Time added to the current segment with +10 s. */
	addedMs: number;
	/** Time spent in each segment, not counting the current one's `elapsedMs`. */
	spentMs: number[];
	/** How each segment was last left, or null if it has not been. */
	endings: (SegmentEnding | null)[];
	startedAtMs: number | null;
	finishedAtMs: number | null;
	/** When the current pause began, while paused. */
	pausedAtMs: number | null;
	/** Total time spent paused, not counting a pause still going on. */
	pausedMs: number;
}

export type SessionEvent =
	| { type: 'start' }
	| { type: 'pause' }
	| { type: 'resume' }
	| { type: 'skip' }
	| { type: 'back' }
	| { type: 'add-time'; seconds?: number }
	/** Moves to the segment at `index` (the segment count finishes the session). */
	| { type: 'jump'; index: number }
	| { type: 'done' }
	| { type: 'finish' };

/** Going back within this long of a segment's start goes to the previous segment instead. */
export const BACK_TO_PREVIOUS_WITHIN_MS = 2000;
export const ADD_TIME_SECONDS = 10;

/** A fresh, not yet started session for a timeline. */
export function createSession(timeline: Timeline): SessionState {
	const count = timeline.segments.length;
	return {
		status: 'ready',
		index: 0,
		elapsedMs: 0,
		anchorMs: 0,
		addedMs: 0,
		spentMs: new Array<number>(count).fill(0),
		endings: new Array<SegmentEnding | null>(count).fill(null),
		startedAtMs: null,
		finishedAtMs: null,
		pausedAtMs: null,
		pausedMs: 0
	};
}

/** Length of the segment at `index` including added time; Infinity while self-paced. */
function lengthOf(timeline: Timeline, index: number, addedMs: number): number {
	const duration = timeline.segments[index]?.durationMs;
	if (duration === undefined) return 0;
	return duration === null ? Number.POSITIVE_INFINITY : duration + addedMs;
}

function copy(state: SessionState): SessionState {
	return { ...state, spentMs: [...state.spentMs], endings: [...state.endings] };
}

/** Leaves the current segment with `ending` after `spent` ms in it; finishes after the last one. */
function leaveSegment(timeline: Timeline, state: SessionState, ending: SegmentEnding, spent: number, atMs: number) {
	state.spentMs[state.index] = (state.spentMs[state.index] ?? 0) + spent;
	state.endings[state.index] = ending;
	state.index += 1;
	state.elapsedMs = 0;
	state.addedMs = 0;
	state.anchorMs = atMs;
	if (state.index >= timeline.segments.length) {
		if (state.pausedAtMs !== null) state.pausedMs += Math.max(0, atMs - state.pausedAtMs);
		state.status = 'finished';
		state.finishedAtMs = atMs;
		state.pausedAtMs = null;
	}
}

/**
 * The state a running session has reached at `nowMs` with no further events: segments whose time ran
 * out are completed and the next begins exactly where the last ended. Idempotent, and settling at t1
 * then t2 equals settling at t2 directly.
 */
export function settle(timeline: Timeline, state: SessionState, nowMs: number): SessionState {
	if (state.status !== 'running') return state;
	const next = copy(state);
	// A clock that stepped backwards must not rewind the session.
	const now = Math.max(nowMs, state.anchorMs);
	let elapsed = state.elapsedMs + (now - state.anchorMs);
	next.anchorMs = now;
	next.elapsedMs = elapsed;
	let length = lengthOf(timeline, next.index, next.addedMs);
	while (next.status === 'running' && elapsed >= length) {
		elapsed -= length;
		leaveSegment(timeline, next, 'completed', length, now - elapsed);
		next.anchorMs = now;
		next.elapsedMs = elapsed;
		length = lengthOf(timeline, next.index, next.addedMs);
	}
	if (next.status === 'finished') {
		next.elapsedMs = 0;
		next.anchorMs = next.finishedAtMs ?? now;
	}
	return next;
}

/** Applies one user event at `nowMs`. Events that make no sense in the current status change nothing. */
export function advance(timeline: Timeline, state: SessionState, event: SessionEvent, nowMs: number): SessionState {
	if (event.type === 'start') {
		if (state.status !== 'ready') return state;
		if (timeline.segments.length === 0) {
			return { ...copy(state), status: 'finished', startedAtMs: nowMs, finishedAtMs: nowMs, anchorMs: nowMs };
		}
		return { ...copy(state), status: 'running', startedAtMs: nowMs, anchorMs: nowMs, elapsedMs: 0 };
	}
	if (state.status === 'ready' || state.status === 'finished') return state;

	const next = copy(settle(timeline, state, nowMs));
	if (next.status === 'finished') return next;
	// Events are applied at the settled anchor, so a timestamp earlier than the last event cannot rewind.
	const at = next.status === 'running' ? next.anchorMs : Math.max(nowMs, next.anchorMs);

	switch (event.type) {
		case 'pause':
			if (next.status !== 'running') return state;
			return { ...next, status: 'paused', anchorMs: at, pausedAtMs: at };
		case 'resume': {
			if (next.status !== 'paused') return state;
			const pausedFor = Math.max(0, at - (next.pausedAtMs ?? at));
			return { ...next, status: 'running', pausedMs: next.pausedMs + pausedFor, pausedAtMs: null, anchorMs: at };
		}
		case 'skip':
			leaveSegment(timeline, next, 'skipped', next.elapsedMs, at);
			return next;
		case 'done':
			if (timeline.segments[next.index]?.durationMs !== null) return state;
			leaveSegment(timeline, next, 'completed', next.elapsedMs, at);
			return next;
		case 'back': {
			next.spentMs[next.index] = (next.spentMs[next.index] ?? 0) + next.elapsedMs;
			if (next.elapsedMs < BACK_TO_PREVIOUS_WITHIN_MS && next.index > 0) next.index -= 1;
			next.endings[next.index] = null;
			return { ...next, elapsedMs: 0, addedMs: 0, anchorMs: at };
		}
		case 'jump':
			if (!Number.isInteger(event.index) || event.index < 0 || event.index > timeline.segments.length) return state;
			return jump(timeline, next, event.index, at);
		case 'add-time': {
			if (timeline.segments[next.index]?.durationMs === null) return state;
			const seconds = event.seconds ?? ADD_TIME_SECONDS;
			if (!(seconds > 0)) return state;
			return { ...next, addedMs: next.addedMs + Math.round(seconds * 1000), anchorMs: at };
		}
		case 'finish': {
			next.spentMs[next.index] = (next.spentMs[next.index] ?? 0) + next.elapsedMs;
			const pausedFor = next.pausedAtMs === null ? 0 : Math.max(0, at - next.pausedAtMs);
			return {
				...next,
				status: 'finished',
				elapsedMs: 0,
				anchorMs: at,
				finishedAtMs: at,
				pausedAtMs: null,
				pausedMs: next.pausedMs + pausedFor
			};
		}
	}
}

/**
 * Jumping is one event with defined outcomes. Forward: the segment left and every segment jumped over
 * that was not completed before are recorded as skipped (the one left keeps the time spent in it). Back: the time spent so far is
 * kept and the segment jumped to starts a new visit whose time adds to its earlier one. A jump to the
 * segment count finishes the session, the rest skipped.
 */
function jump(timeline: Timeline, state: SessionState, index: number, atMs: number): SessionState {
	const count = timeline.segments.length;
	if (index > state.index) {
		// A segment completed on an earlier visit stays completed.
		for (let over = state.index + 1; over < index; over++) state.endings[over] ??= 'skipped';
		// Leaving the current segment moves to the one after it; the rest of the way is one step.
		leaveSegment(timeline, state, 'skipped', state.elapsedMs, atMs);
		if (state.status === 'finished' || index === state.index) return state;
		if (index === count) {
			state.index = count - 1;
			leaveSegment(timeline, state, 'skipped', 0, atMs);
			return state;
		}
		return { ...state, index, anchorMs: atMs };
	}
	state.spentMs[state.index] = (state.spentMs[state.index] ?? 0) + state.elapsedMs;
	state.endings[index] = null;
	return { ...state, index, elapsedMs: 0, addedMs: 0, anchorMs: atMs };
}

/** A session reopened (or thawed) within this long after its last checkpoint carries on as if never stopped. */
export const CARRY_ON_WITHIN_MS = 120_000;

/**
 * The same state with every wall-clock instant moved by `deltaMs`: what the session looks like on a
 * clock that was set back or forward by that much. Durations (elapsed, spent, paused) do not change.
 */
export function shiftState(state: SessionState, deltaMs: number): SessionState {
	if (deltaMs === 0) return state;
	const shift = (ms: number | null) => (ms === null ? null : ms + deltaMs);
	return {
		...copy(state),
		anchorMs: state.anchorMs + deltaMs,
		startedAtMs: shift(state.startedAtMs),
		finishedAtMs: shift(state.finishedAtMs),
		pausedAtMs: shift(state.pausedAtMs)
	};
}

/**
 * The one rule for time across a gap (a reload, a crash, a thawed page): the gap is `nowMs` minus the
 * last checkpoint, clamped at zero, so a clock set back never rewinds the session nor freezes it
 * (the state is moved onto the new clock). Within `CARRY_ON_WITHIN_MS` the user is taken to have kept
 * exercising, so a running state stands as it is. After a longer gap it comes back paused where the
 * checkpoint left it, and the gap counts as paused time, never as exercise.
 */
export function restoreAfterGap(timeline: Timeline, state: SessionState, checkpointMs: number, nowMs: number): SessionState {
	const gap = nowMs - checkpointMs;
	if (gap < 0) return shiftState(state, gap);
	if (state.status !== 'running' || gap <= CARRY_ON_WITHIN_MS) return state;
	return advance(timeline, state, { type: 'pause' }, checkpointMs);
}

/** Where a session is at an instant: everything a player displays. */
export interface Position {
	status: SessionStatus;
	index: number;
	/** Time spent in the current segment. */
	elapsedMs: number;
	/** Current segment length including added time; null while self-paced. */
	durationMs: number | null;
	/** Time left in the current segment; null while self-paced. */
	remainingMs: number | null;
	/** Current paced rep (1-based), if the segment is paced reps. */
	rep: number | null;
	/** Planned time left in the routine (self-paced segments count as 0). */
	routineRemainingMs: number;
	/** Share of the routine's planned time behind us, 0..1. */
	routineProgress: number;
}

/** Where the session is at `nowMs`. Pure: the same state and instant always give the same answer. */
export function positionAt(timeline: Timeline, state: SessionState, nowMs: number): Position {
	const settled = settle(timeline, state, nowMs);
	const segment = timeline.segments[settled.index];
	if (settled.status === 'finished' || !segment) {
		return {
			status: settled.status === 'finished' ? 'finished' : settled.status,
			index: settled.index,
			elapsedMs: 0,
			durationMs: 0,
			remainingMs: 0,
			rep: null,
			routineRemainingMs: 0,
			routineProgress: timeline.segments.length === 0 || settled.status === 'finished' ? 1 : 0
		};
	}
	const durationMs = segment.durationMs === null ? null : segment.durationMs + settled.addedMs;
	const elapsedMs = durationMs === null ? settled.elapsedMs : Math.min(settled.elapsedMs, durationMs);
	const remainingMs = durationMs === null ? null : durationMs - elapsedMs;
	let rep: number | null = null;
	if (segment.kind === 'work' && segment.reps !== undefined && segment.secondsPerRep !== undefined) {
		rep = Math.min(segment.reps, Math.floor(elapsedMs / (segment.secondsPerRep * 1000)) + 1);
	}
	const plannedAfter = timeline.totalMs - (segment.startMs + (segment.durationMs ?? 0));
	const routineRemainingMs = Math.max(0, plannedAfter + (remainingMs ?? 0));
	const routineProgress = timeline.totalMs === 0 ? 0 : Math.min(1, Math.max(0, 1 - routineRemainingMs / timeline.totalMs));
	return { status: settled.status, index: settled.index, elapsedMs, durationMs, remainingMs, rep, routineRemainingMs, routineProgress };
}

export type StepStatus = 'done' | 'skipped' | 'partial';

/** How one step of the routine went, for the history. */
export interface StepOutcome {
	stepIndex: number;
	name: string;
	status: StepStatus;
	/** Whole seconds actually spent in the step's work (or rest) segments. */
	secondsSpent: number;
	/** Planned seconds of work (null if self-paced). */
	secondsPlanned: number | null;
}

/**
 * Outcome per step: done when every work segment of the step (the rest segment, for a rest step) was
 * completed, skipped when no time was spent in any of them, partial otherwise.
 */
export function summarize(timeline: Timeline, state: SessionState, stepNames: readonly string[]): StepOutcome[] {
	const byStep = new Map<number, { completed: boolean; spentMs: number; plannedMs: number | null }>();
	timeline.segments.forEach((segment, index) => {
		if (!isStepBody(segment)) return;
		const entry = byStep.get(segment.stepIndex) ?? { completed: true, spentMs: 0, plannedMs: 0 };
		let spent = state.spentMs[index] ?? 0;
		if (index === state.index && state.status !== 'finished') spent += state.elapsedMs;
		entry.spentMs += spent;
		entry.completed &&= state.endings[index] === 'completed';
		entry.plannedMs = entry.plannedMs === null || segment.durationMs === null ? null : entry.plannedMs + segment.durationMs;
		byStep.set(segment.stepIndex, entry);
	});
	return stepNames.map((name, stepIndex) => {
		const entry = byStep.get(stepIndex);
		const spentMs = entry?.spentMs ?? 0;
		const status: StepStatus = entry?.completed ? 'done' : spentMs > 0 ? 'partial' : 'skipped';
		return {
			stepIndex,
			name,
			status,
			secondsSpent: Math.round(spentMs / 1000),
			secondsPlanned: entry ? (entry.plannedMs === null ? null : Math.round(entry.plannedMs / 1000)) : 0
		};
	});
}
