/**
 * The session in progress: a routine started and not yet finished, as checkpointed so a reload, a
 * crash or another tab loses nothing. Each one is keyed by its session id, so saving, replacing or
 * deleting one always names the session it means. Pure: the type, its parser, and how one that was
 * left behind is ended.
 */
import * as v from 'valibot';
import { checkInSchema, MAX_CHECK_INS, type CheckIn } from './check-in';
import type { Routine } from './routine-schema';
import { advance, settle, type SessionState } from './session';
import { buildSessionRecord, type SessionRecord } from './session-record';
import { instant, isRecord, nonNegative, parseWith, recordMeta, wholeFrom, type Parsed } from './stored-record';
import { compile, type CompileOptions } from './timeline';
import { formatError, validateRoutine } from './validate-routine';

export interface SessionInProgress {
	recordVersion: number;
	sessionId: string;
	/** The routine as it was when started: later edits must not change a session under way. */
	routine: Routine;
	options: CompileOptions;
	state: SessionState;
	/** How the sore spots felt before it started, filed with the session; absent when none was given. */
	checkIns?: CheckIn[];
	/** The instant of this checkpoint, on the player's clock. */
	updatedAt: number;
}

const nullableInstant = () => v.nullable(instant());

const stateSchema = v.object({
	status: v.picklist(['ready', 'running', 'paused', 'finished']),
	index: wholeFrom(0),
	elapsedMs: nonNegative(),
	anchorMs: instant(),
	addedMs: nonNegative(),
	spentMs: v.array(nonNegative()),
	endings: v.array(v.nullable(v.picklist(['completed', 'skipped']))),
	startedAtMs: nullableInstant(),
	finishedAtMs: nullableInstant(),
	pausedAtMs: nullableInstant(),
	pausedMs: nonNegative()
});

const inProgressSchema = v.object({
	...recordMeta,
	sessionId: v.pipe(v.string(), v.minLength(1)),
	routine: v.unknown(),
	options: v.object({ getReadySeconds: v.optional(wholeFrom(0, 3600)), briefings: v.optional(v.boolean()) }),
	state: stateSchema,
	checkIns: v.optional(v.pipe(v.array(checkInSchema), v.maxLength(MAX_CHECK_INS)))
});

/**
 * Reads a stored session in progress. Beyond its shape, the routine must validate as a routine file
 * does and the state must fit the routine's timeline, so a record that parses can be played.
 */
export function parseSessionInProgress(value: unknown): Parsed<SessionInProgress> {
	const parsed = parseWith(inProgressSchema, value);
	if (!parsed.ok) return parsed;
	const routine = validateRoutine(isRecord(value) ? value.routine : undefined);
	if (!routine.ok) return { ok: false, reason: `routine: ${routine.errors.slice(0, 3).map(formatError).join('; ')}` };
	const record = { ...parsed.value, routine: routine.routine };
	const timeline = compile(record.routine, record.options);
	const count = timeline.segments.length;
	const { state, updatedAt } = record;
	if (state.spentMs.length !== count || state.endings.length !== count || state.index >= count) {
		return { ok: false, reason: `state: does not fit the routine's ${count} segments` };
	}
	if (state.status === 'ready' || state.status === 'finished' || state.startedAtMs === null) {
		return { ok: false, reason: `state: a ${state.status} session is not in progress` };
	}
	if (state.status === 'paused' && state.pausedAtMs === null) {
		return { ok: false, reason: 'state: paused with no pause time' };
	}
	// The instants must be in the order the engine writes them: started, then the last event, then
	// this checkpoint. Anything else would count time that was never exercised.
	const pausedAt = state.pausedAtMs ?? state.anchorMs;
	if (!(state.startedAtMs <= state.anchorMs && state.anchorMs <= updatedAt && state.startedAtMs <= pausedAt && pausedAt <= updatedAt)) {
		return { ok: false, reason: 'state: its times are not in order (started, last event, checkpoint)' };
	}
	// The player checkpoints only a routine that has not run out: one that had, at its own checkpoint,
	// would come back as a completed session the user never did.
	if (settle(timeline, state, updatedAt).status === 'finished') {
		return { ok: false, reason: 'state: the routine had already run out at this checkpoint' };
	}
	return { ok: true, value: record };
}

/**
 * The history record of a session that was left in progress and is being set aside (another routine
 * started): ended as partial at its last checkpoint, so no time after it is counted.
 */
export function endSessionInProgress(inProgress: SessionInProgress): SessionRecord {
	const timeline = compile(inProgress.routine, inProgress.options);
	const ended = advance(timeline, inProgress.state, { type: 'finish' }, inProgress.updatedAt);
	return buildSessionRecord(inProgress.sessionId, inProgress.routine, timeline, ended, inProgress.checkIns);
}

/** The session in progress most recently checkpointed, if any: the one the library offers to continue. */
export function latestInProgress(sessions: readonly SessionInProgress[]): SessionInProgress | null {
	let latest: SessionInProgress | null = null;
	for (const session of sessions) if (!latest || session.updatedAt > latest.updatedAt) latest = session;
	return latest;
}
