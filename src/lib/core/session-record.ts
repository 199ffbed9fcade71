/** The record the history keeps of one session: built from the engine's state, parsed when read back. Pure. */
import * as v from 'valibot';
import { hashRoutine } from './routine-content';
import type { Routine } from './routine-schema';
import { summarize, type SessionState } from './session';
import { instant, nonNegative, parseWith, recordMeta, RECORD_VERSION, wholeFrom, type Parsed } from './stored-record';
import type { Timeline } from './timeline';

/** Notes longer than this are cut: a note is a line or two, and a record must stay small. */
export const MAX_NOTE_LENGTH = 2000;

const painScore = () => wholeFrom(0, 10);

const stepOutcomeSchema = v.object({
	stepIndex: wholeFrom(0),
	name: v.string(),
	status: v.picklist(['done', 'skipped', 'partial']),
	secondsSpent: nonNegative(),
	secondsPlanned: v.nullable(nonNegative())
});

/**
 * A finished (or ended early) session, as the history keeps it. Loose: a key added by a later
 * version is kept when this version edits the record.
 */
const sessionRecordSchema = v.looseObject({
	...recordMeta,
	/** Random id, unique across devices so backups can merge. */
	id: v.pipe(v.string(), v.minLength(1)),
	routineId: v.pipe(v.string(), v.minLength(1)),
	routineTitle: v.string(),
	/** The content version the session ran (see `routine-content.ts`); absent before database v3. */
	routineHash: v.optional(v.string()),
	/** Wall-clock ms. */
	startedAt: instant(),
	endedAt: instant(),
	/** `completed` when the routine ran to its end, `partial` when the user ended it early. */
	status: v.picklist(['completed', 'partial']),
	/** Seconds spent in the routine, pauses not counted. */
	activeSeconds: nonNegative(),
	steps: v.array(stepOutcomeSchema),
	/** 0–10, how the sore spot felt; absent if the user did not say. */
	painBefore: v.optional(painScore()),
	painAfter: v.optional(painScore()),
	notes: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH)))
});

export type SessionRecord = v.InferOutput<typeof sessionRecordSchema>;

/** Reads a stored session record; anything malformed is refused with the reason. Total. */
export function parseSessionRecord(value: unknown): Parsed<SessionRecord> {
	return parseWith(sessionRecordSchema, value);
}

/** Builds the history record for a finished session state. */
export function buildSessionRecord(id: string, routine: Routine, timeline: Timeline, state: SessionState): SessionRecord {
	const startedAt = state.startedAtMs ?? state.anchorMs;
	const endedAt = state.finishedAtMs ?? state.anchorMs;
	return {
		recordVersion: RECORD_VERSION,
		updatedAt: endedAt,
		id,
		routineId: routine.id,
		routineTitle: routine.title,
		routineHash: hashRoutine(routine),
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

/** How the sore spot feels after a session, and a note; both optional. */
export interface CheckIn {
	painAfter?: number;
	notes?: string;
}

/**
 * The record with a check-in applied at `nowMs`: the note trimmed and cut to `MAX_NOTE_LENGTH`, an
 * empty answer removing the field. A pain score that is not a whole number from 0 to 10 is refused.
 */
export function withCheckIn(record: SessionRecord, checkIn: CheckIn, nowMs: number): SessionRecord {
	const { painAfter } = checkIn;
	if (painAfter !== undefined && !(Number.isInteger(painAfter) && painAfter >= 0 && painAfter <= 10)) {
		throw new RangeError(`A pain score is a whole number from 0 to 10, not ${String(painAfter)}.`);
	}
	const notes = (checkIn.notes ?? '').trim().slice(0, MAX_NOTE_LENGTH);
	const updated: SessionRecord = { ...record, painAfter, notes, updatedAt: nowMs };
	if (painAfter === undefined) delete updated.painAfter;
	if (!notes) delete updated.notes;
	return updated;
}
