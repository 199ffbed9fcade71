/**
 * A routine being edited and not yet saved, kept on the phone as the person types, so a reload or a
 * crash loses nothing. One draft per routine: editing the same routine again carries on with it.
 *
 * Pure: the record's shape, its parser and its key.
 */
import * as v from 'valibot';
import { STEP_KINDS, type RoutineForm } from './routine-form';
import { SIDES } from './routine-schema';
import { parseWith, recordMeta, RECORD_VERSION, type Parsed } from './stored-record';

/** The draft key of a routine not saved yet (`+` is not in a routine id, so no routine has it). */
export const NEW_ROUTINE_DRAFT = '+new';

/** What a draft changes: a routine of the user's own (in place), a built-in (into a copy), or nothing yet. */
export interface DraftBase {
	id: string;
	origin: 'yours' | 'built-in';
	/** The content version of the routine when editing began, to tell if it changed since. */
	hash: string;
}

/** A draft as stored. */
export interface RoutineDraft {
	recordVersion: number;
	updatedAt: number;
	/** The routine's id (a built-in's too: its copy), or `NEW_ROUTINE_DRAFT`. */
	key: string;
	base: DraftBase | null;
	form: RoutineForm;
}

/** The draft key for editing routine `id`, or a new routine. */
export function draftKeyOf(id: string | null): string {
	return id ?? NEW_ROUTINE_DRAFT;
}

/**
 * The most a draft keeps of one field as typed. Every editor field is capped at it too (`maxlength`),
 * so a draft the editor wrote is always one this parser reads back: a longer paste is cut as it is
 * typed, never kept and then refused on reload.
 */
export const MAX_TYPED_LENGTH = 10_000;

const typed = () => v.pipe(v.string(), v.maxLength(MAX_TYPED_LENGTH));
const extra = v.record(v.string(), v.unknown());

const stepFormSchema = v.object({
	key: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
	kind: v.picklist(STEP_KINDS),
	id: typed(),
	name: typed(),
	seconds: typed(),
	reps: typed(),
	secondsPerRep: typed(),
	sides: v.picklist(['', ...SIDES]),
	sets: typed(),
	restSeconds: typed(),
	getReadySeconds: typed(),
	switchSidesSeconds: typed(),
	instructions: typed(),
	say: typed(),
	sideSayLeft: typed(),
	sideSayRight: typed(),
	extra
});

const formSchema = v.object({
	id: typed(),
	title: typed(),
	description: typed(),
	caution: typed(),
	tags: typed(),
	equipment: typed(),
	defaultGetReadySeconds: typed(),
	defaultSwitchSidesSeconds: typed(),
	defaultRestSeconds: typed(),
	steps: v.pipe(
		v.array(stepFormSchema),
		v.maxLength(1000),
		// The editor lists steps by their key: two alike (a hand-edited draft) would stop the screen drawing.
		v.check(
			(steps) => new Set(steps.map((step) => step.key)).size === steps.length,
			(issue) => `two steps share the key "${(issue.input as { key: string }[]).find((step, index, all) => all.findIndex((other) => other.key === step.key) !== index)?.key}"`
		)
	),
	extra
});

/** A draft record's shape. */
export const routineDraftSchema = v.object({
	...recordMeta,
	key: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
	base: v.nullable(v.object({ id: v.string(), origin: v.picklist(['yours', 'built-in']), hash: v.string() })),
	form: formSchema
});

/** Reads a stored draft; a malformed one is reported, never opened half-read. */
export function parseRoutineDraft(value: unknown): Parsed<RoutineDraft> {
	return parseWith(routineDraftSchema, value);
}

/** The record that keeps `form` as a draft, at `nowMs`. */
export function buildRoutineDraft(key: string, base: DraftBase | null, form: RoutineForm, nowMs: number): RoutineDraft {
	return { recordVersion: RECORD_VERSION, updatedAt: nowMs, key, base, form };
}
