/** The record the history keeps of one session: built from the engine's state, parsed when read back. Pure. */
import * as v from 'valibot';
import { checkInSchema, MAX_CHECK_INS, setCheckIn, spotSchema, UNNAMED_SPOT, withoutCheckIn, type CheckIn, type CheckInMoment } from './check-in';
import { doseSchema } from './plan';
import { doseCarried, type SessionDose } from './progression';
import { hashRoutine } from './routine-content';
import type { Routine } from './routine-schema';
import { summarize, type SessionState } from './session';
import { instant, isRecord, nonNegative, parseWith, recordMeta, RECORD_VERSION, wholeFrom, type Parsed } from './stored-record';
import { isStepBody, type Timeline } from './timeline';

/** Notes longer than this are cut: a note is a line or two, and a record must stay small. */
export const MAX_NOTE_LENGTH = 2000;

const stepOutcomeSchema = v.object({
	stepIndex: wholeFrom(0),
	name: v.string(),
	status: v.picklist(['done', 'skipped', 'partial']),
	secondsSpent: nonNegative(),
	secondsPlanned: v.nullable(nonNegative())
});

/**
 * A finished (or ended early) session, as the history keeps it. Loose: a key added by a later
 * version is kept when this version edits the record. Exported for the backup's JSON Schema.
 */
export const sessionRecordSchema = v.looseObject({
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
	/**
	 * `completed` when the routine ran to its end, `partial` when the user ended it early. A session
	 * logged by hand is `completed` with every step done.
	 */
	status: v.picklist(['completed', 'partial']),
	/** Seconds spent in the routine, pauses not counted. */
	activeSeconds: nonNegative(),
	steps: v.array(stepOutcomeSchema),
	/** How each named sore spot felt before, after and the next day (see `check-in.ts`). */
	checkIns: v.optional(v.pipe(v.array(checkInSchema), v.maxLength(MAX_CHECK_INS)), []),
	/** The spots whose next-day question the user dismissed for this session. */
	nextDayDismissed: v.optional(v.pipe(v.array(spotSchema()), v.maxLength(MAX_CHECK_INS))),
	/** Set on a session done without the app and logged afterwards ("Log as done"). */
	loggedByHand: v.optional(v.literal(true)),
	/** The plan's dose the session ran, and the entry it came from (absent: the routine's own values). */
	dose: v.optional(v.object({ entryId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)), steps: doseSchema })),
	notes: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH)))
});

export type SessionRecord = v.InferOutput<typeof sessionRecordSchema>;

const LEGACY_SCORES = { painBefore: 'before', painAfter: 'after' } as const;

/**
 * A record from before spots had names, its `painBefore` and `painAfter` turned into check-ins for
 * the unnamed spot (given at the session's start and end). Any other value is returned as it is.
 */
function upgradeLegacyScores(value: unknown): unknown {
	if (!isRecord(value) || !Object.keys(LEGACY_SCORES).some((key) => key in value)) return value;
	const { painBefore: _before, painAfter: _after, ...rest } = value;
	const checkIns: unknown[] = Array.isArray(rest.checkIns) ? [...(rest.checkIns as unknown[])] : [];
	for (const [key, moment] of Object.entries(LEGACY_SCORES)) {
		if (value[key] === undefined) continue;
		checkIns.push({ spot: UNNAMED_SPOT, moment, score: value[key], at: moment === 'before' ? value.startedAt : value.endedAt });
	}
	return { ...rest, checkIns };
}

/**
 * Reads a stored session record; anything malformed is refused with the reason. Total. A record
 * written before check-ins named their spot is read as if it had been written now.
 */
export function parseSessionRecord(value: unknown): Parsed<SessionRecord> {
	const parsed = parseWith(sessionRecordSchema, upgradeLegacyScores(value));
	if (!parsed.ok) return parsed;
	// Two answers for one spot and moment (a hand edit, an old merge) read as the later one, as
	// every screen shows it, so an edit never works on a list with a double in it.
	const checkIns = parsed.value.checkIns.reduce<CheckIn[]>((list, checkIn) => setCheckIn(list, checkIn), []);
	return checkIns.length === parsed.value.checkIns.length ? parsed : { ok: true, value: { ...parsed.value, checkIns } };
}

function withDoseOf(routine: Routine): { dose?: SessionDose } {
	const dose = doseCarried(routine);
	if (!dose) return {};
	const parsed = v.safeParse(sessionRecordSchema.entries.dose, dose);
	return parsed.success && parsed.output ? { dose: parsed.output } : {};
}

/** Builds the history record for a finished session state, with the check-ins given before it. */
export function buildSessionRecord(
	id: string,
	routine: Routine,
	timeline: Timeline,
	state: SessionState,
	checkIns: readonly CheckIn[] = []
): SessionRecord {
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
		),
		checkIns: [...checkIns],
		// The plan's dose, when the routine ran dosed (see `dosedRoutine`).
		...withDoseOf(routine)
	};
}

/** What the user says of a session done without the app. */
export interface LoggedSession {
	startedAt: number;
	checkIns?: readonly CheckIn[];
	notes?: string;
}

/**
 * The record of a session done without the app: completed, every step done for its planned time,
 * ending when the routine would have, and marked as logged by hand. Its before and after scores are
 * timed at its start and end, whenever they were typed.
 */
export function buildLoggedSession(id: string, routine: Routine, timeline: Timeline, logged: LoggedSession, nowMs: number): SessionRecord {
	const plannedMs = new Map<number, number>();
	for (const segment of timeline.segments) {
		if (isStepBody(segment)) plannedMs.set(segment.stepIndex, (plannedMs.get(segment.stepIndex) ?? 0) + (segment.durationMs ?? 0));
	}
	const steps = routine.steps.map((step, stepIndex) => {
		const seconds = Math.round((plannedMs.get(stepIndex) ?? 0) / 1000);
		return { stepIndex, name: step.name ?? 'Rest', status: 'done' as const, secondsSpent: seconds, secondsPlanned: seconds };
	});
	const record: SessionRecord = {
		recordVersion: RECORD_VERSION,
		updatedAt: nowMs,
		id,
		routineId: routine.id,
		routineTitle: routine.title,
		routineHash: hashRoutine(routine),
		startedAt: logged.startedAt,
		endedAt: logged.startedAt + timeline.totalMs,
		status: 'completed',
		activeSeconds: Math.round(timeline.totalMs / 1000),
		steps,
		checkIns: [],
		loggedByHand: true
	};
	const timed = (logged.checkIns ?? []).map((checkIn) => ({
		...checkIn,
		at: checkIn.moment === 'before' ? record.startedAt : checkIn.moment === 'after' ? record.endedAt : checkIn.at
	}));
	return withNotes(withCheckIns(record, timed, nowMs), logged.notes ?? '', nowMs);
}

/** Throws unless `score` is a whole number from 0 to 10. */
function checkScore(score: number): void {
	if (!(Number.isInteger(score) && score >= 0 && score <= 10)) {
		throw new RangeError(`A pain score is a whole number from 0 to 10, not ${String(score)}.`);
	}
}

/** The record with each check-in in place of any earlier one for its spot and moment. */
export function withCheckIns(record: SessionRecord, checkIns: readonly CheckIn[], nowMs: number): SessionRecord {
	let updated = record.checkIns;
	for (const checkIn of checkIns) {
		checkScore(checkIn.score);
		updated = setCheckIn(updated, checkIn);
	}
	if (updated.length > MAX_CHECK_INS) throw new RangeError(`A session keeps at most ${MAX_CHECK_INS} check-ins.`);
	return { ...record, checkIns: updated, updatedAt: nowMs };
}

/** The record without the check-in for `spot` at `moment`. */
export function withoutCheckInOf(record: SessionRecord, spot: string, moment: CheckInMoment, nowMs: number): SessionRecord {
	return { ...record, checkIns: withoutCheckIn(record.checkIns, spot, moment), updatedAt: nowMs };
}

/** The record with its note replaced: trimmed and cut to `MAX_NOTE_LENGTH`; an empty note removes it. */
export function withNotes(record: SessionRecord, notes: string, nowMs: number): SessionRecord {
	const tidy = notes.trim().slice(0, MAX_NOTE_LENGTH);
	const updated: SessionRecord = { ...record, notes: tidy, updatedAt: nowMs };
	if (!tidy) delete updated.notes;
	return updated;
}

/** The record with the next-day question about `spot` dismissed. */
export function withNextDayDismissed(record: SessionRecord, spot: string, nowMs: number): SessionRecord {
	const dismissed = record.nextDayDismissed ?? [];
	if (dismissed.some((other) => other.toLowerCase() === spot.toLowerCase())) return record;
	return { ...record, nextDayDismissed: [...dismissed, spot].slice(-MAX_CHECK_INS), updatedAt: nowMs };
}
