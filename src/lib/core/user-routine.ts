/**
 * The user's own routines, as stored, and the contents sessions ran, stored once per content version.
 * Pure: the record shapes, their parsers, and how a user routine gets an id no other routine has.
 */
import * as v from 'valibot';
import { hashRoutine } from './routine-content';
import type { Routine } from './routine-schema';
import { clipped, instant, isRecord, parseWith, recordMeta, RECORD_VERSION, type Parsed } from './stored-record';
import { formatError, validateRoutine } from './validate-routine';

/** A routine of the user's own (imported or built in the editor). Its id never changes once saved. */
export interface UserRoutineRecord {
	recordVersion: number;
	updatedAt: number;
	createdAt: number;
	/** The routine's id, which is the record's key. */
	id: string;
	routine: Routine;
}

/** The content a session ran, keyed by its content version, so history outlives edits and deletes. */
export interface RoutineContentRecord {
	recordVersion: number;
	updatedAt: number;
	hash: string;
	routine: Routine;
}

function parseRoutineField(value: unknown): Parsed<Routine> {
	const validation = validateRoutine(isRecord(value) ? value.routine : undefined);
	if (validation.ok) return { ok: true, value: validation.routine };
	return { ok: false, reason: `routine: ${validation.errors.slice(0, 3).map(formatError).join('; ')}` };
}

/**
 * A user routine record's shape; `routine` is checked apart, as a routine file is (the backup's JSON
 * Schema puts the routine format's schema there).
 */
export const userRoutineRecordSchema = v.object({ ...recordMeta, createdAt: instant(), id: v.string(), routine: v.unknown() });

/** Reads a stored user routine: the routine must validate as a file does, under its own key. */
export function parseUserRoutine(value: unknown): Parsed<UserRoutineRecord> {
	const parsed = parseWith(userRoutineRecordSchema, value);
	if (!parsed.ok) return parsed;
	const routine = parseRoutineField(value);
	if (!routine.ok) return routine;
	if (routine.value.id !== parsed.value.id) return { ok: false, reason: `id: the record's id ${clipped(parsed.value.id)} is not the routine's` };
	return { ok: true, value: { ...parsed.value, routine: routine.value } };
}

/** A routine content record's shape; `routine` is checked apart, and `hash` against it. */
export const routineContentRecordSchema = v.object({ ...recordMeta, hash: v.string(), routine: v.unknown() });

/** Reads stored routine content: it must validate, and its hash must match what it holds. */
export function parseRoutineContent(value: unknown): Parsed<RoutineContentRecord> {
	const parsed = parseWith(routineContentRecordSchema, value);
	if (!parsed.ok) return parsed;
	const routine = parseRoutineField(value);
	if (!routine.ok) return routine;
	if (hashRoutine(routine.value) !== parsed.value.hash) return { ok: false, reason: 'hash: does not match the content' };
	return { ok: true, value: { ...parsed.value, routine: routine.value } };
}

/** The record that keeps a user routine, created at `nowMs`. */
export function buildUserRoutineRecord(routine: Routine, nowMs: number, createdAt = nowMs): UserRoutineRecord {
	return { recordVersion: RECORD_VERSION, updatedAt: nowMs, createdAt, id: routine.id, routine };
}

/** The record that keeps the content a session ran. */
export function buildRoutineContentRecord(routine: Routine, nowMs: number): RoutineContentRecord {
	return { recordVersion: RECORD_VERSION, updatedAt: nowMs, hash: hashRoutine(routine), routine };
}

const MAX_ID_LENGTH = 64;

/**
 * `id` if no routine has it yet, otherwise the first free `id-2`, `id-3`… (cut to fit the format's 64
 * characters), so a user routine never shadows a built-in or another of the user's.
 */
export function freeRoutineId(id: string, taken: (candidate: string) => boolean): string {
	if (!taken(id)) return id;
	for (let n = 2; ; n++) {
		const suffix = `-${n}`;
		const candidate = `${id.slice(0, MAX_ID_LENGTH - suffix.length)}${suffix}`;
		if (!taken(candidate)) return candidate;
	}
}
