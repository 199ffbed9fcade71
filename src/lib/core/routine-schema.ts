/**
 * The routine file format, version 1: one valibot definition gives the TypeScript types, the runtime
 * validation and (through `routine-json-schema.ts`) the published JSON Schema.
 *
 * Every message is written for a person editing a routine file by hand: it says what was expected and
 * what was found, and `validate-routine.ts` prefixes it with the JSON path.
 */
import * as v from 'valibot';

/** The only format version this build reads. */
export const SCHEMA_VERSION = 1;

/** Seconds before a step's first set when neither the step nor the routine says otherwise. */
export const DEFAULT_GET_READY_SECONDS = 5;
/** Seconds between the left and right side of a two-sided step. */
export const DEFAULT_SWITCH_SIDES_SECONDS = 5;
/** Seconds of rest between sets. */
export const DEFAULT_REST_BETWEEN_SETS_SECONDS = 0;

export const MAX_STEPS = 200;

/** What a schema expects, in words, so a missing key can be reported as precisely as a wrong one. */
const expectations = new WeakMap<object, string>();

function expecting<T extends object>(schema: T, text: string): T {
	expectations.set(schema, text);
	return schema;
}

/** Describes a value found in a file, briefly, for "got …" in messages. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	switch (typeof value) {
		case 'number':
			return Number.isFinite(value) ? String(value) : 'a non-finite number';
		case 'string': {
			const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
			return JSON.stringify(shown);
		}
		case 'boolean':
			return String(value);
		case 'object':
			return 'an object';
		default:
			return `a ${typeof value}`;
	}
}

function got(issue: { input: unknown }): string {
	return `got ${describeValue(issue.input)}`;
}

function numberBetween(min: number, max: number, options: { whole: boolean }) {
	const text = `${options.whole ? 'a whole number' : 'a number'} from ${min} to ${max}`;
	const message = (issue: { input: unknown }) => `expected ${text}, ${got(issue)}`;
	// No finite() check: JSON cannot hold Infinity or NaN, and the bounds reject them anyway.
	const checks = options.whole
		? v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message))
		: v.pipe(v.number(message), v.minValue(min, message), v.maxValue(max, message));
	return expecting(checks, text);
}

function text(maxLength: number) {
	const description = `text of 1 to ${maxLength} characters`;
	const message = (issue: { input: unknown }) => `expected ${description}, ${got(issue)}`;
	return expecting(
		v.pipe(v.string(message), v.regex(/\S/, message), v.maxLength(maxLength, message)),
		description
	);
}

function list<T extends v.GenericSchema>(item: T, maxItems: number, what: string) {
	const description = `a list of up to ${maxItems} ${what}`;
	const message = (issue: { input: unknown }) => `expected ${description}, ${got(issue)}`;
	return expecting(v.pipe(v.array(item, message), v.maxLength(maxItems, message)), description);
}

function literal<T extends string | number>(value: T) {
	const description = JSON.stringify(value);
	return expecting(
		v.literal(value, (issue) => `expected ${description}, ${got(issue)}`),
		description
	);
}

function oneOf<const T extends readonly string[]>(options: T) {
	const description = `one of ${options.map((o) => JSON.stringify(o)).join(', ')}`;
	return expecting(
		v.picklist(options, (issue) => `expected ${description}, ${got(issue)}`),
		description
	);
}

/**
 * An object whose missing keys are reported with what the key expects. Unknown keys pass here and are
 * reported by `findUnknownKeys`, which runs even where a value inside the object is also wrong.
 */
function record<T extends v.ObjectEntries>(entries: T) {
	return v.looseObject(entries, (issue) => {
		const missingKey = /^"(.*)"$/.exec(issue.expected ?? '')?.[1];
		const expected = missingKey === undefined ? undefined : entries[missingKey];
		if (expected) return `expected ${expectations.get(expected) ?? 'a value'}, got nothing`;
		return `expected an object, ${got(issue)}`;
	});
}

const seconds = (min: number) => numberBetween(min, 3600, { whole: true });

const slug = expecting(
	v.pipe(
		v.string((issue) => `expected a slug of 1 to 64 characters a-z, 0-9 and -, ${got(issue)}`),
		v.regex(/^[a-z0-9-]{1,64}$/, (issue) => `expected a slug of 1 to 64 characters a-z, 0-9 and -, ${got(issue)}`)
	),
	'a slug of 1 to 64 characters a-z, 0-9 and -'
);

/** Which side a step works: both at once when absent. `each` means left, a switch cue, then right. */
export const SIDES = ['left', 'right', 'each'] as const;

/**
 * A step's optional id: a slug, unique within the routine, that stays with the step through reorders
 * and edits, so whatever must refer to a step (a plan's dose, a progression rule) can.
 */
const stepId = v.optional(slug);

/**
 * What the voice says as each side starts, naming the limb that works so it cannot be misread unseen
 * ("Clamshells, lying on your right side, left knee lifts"). For a step with `sides`.
 */
const sideSay = record({
	left: text(200),
	right: text(200)
});

/** Keys shared by the two kinds of work step. */
const workEntries = {
	id: stepId,
	name: text(80),
	sides: v.optional(oneOf(SIDES)),
	sets: v.optional(numberBetween(1, 50, { whole: true })),
	restSeconds: v.optional(seconds(0)),
	getReadySeconds: v.optional(seconds(0)),
	switchSidesSeconds: v.optional(seconds(0)),
	instructions: v.optional(text(1000)),
	say: v.optional(text(200)),
	sideSay: v.optional(sideSay)
};

const timedStep = record({
	kind: literal('timed'),
	seconds: seconds(1),
	...workEntries
});

const repsStep = record({
	kind: literal('reps'),
	reps: numberBetween(1, 500, { whole: true }),
	secondsPerRep: v.optional(numberBetween(0.5, 60, { whole: false })),
	...workEntries
});

const restStep = record({
	kind: literal('rest'),
	id: stepId,
	seconds: seconds(0),
	name: v.optional(text(80)),
	instructions: v.optional(text(1000)),
	say: v.optional(text(200))
});

const step = expecting(
	v.variant('kind', [timedStep, repsStep, restStep], (issue) =>
		issue.expected === 'Object'
			? `expected a step object, ${got(issue)}`
			: `expected "kind" to be one of "timed", "reps", "rest", ${got(issue)}`
	),
	'a step object'
);

const defaults = record({
	getReadySeconds: v.optional(seconds(0)),
	switchSidesSeconds: v.optional(seconds(0)),
	restSeconds: v.optional(seconds(0))
});

/** What a progression rule changes on its step: a timed step's seconds, a reps step's reps, or the sets of either. */
export const PROGRESSION_CHANGES = ['seconds', 'reps', 'sets'] as const;
/** The most a dose may raise each kind of value to: the format's own limits for a step. */
export const PROGRESSION_CEILINGS: Readonly<Record<(typeof PROGRESSION_CHANGES)[number], number>> = { seconds: 3600, reps: 500, sets: 50 };
/** The most rules one routine ships. */
export const MAX_PROGRESSION_RULES = 50;

/**
 * One shipped progression rule: the step (by its id) whose seconds, reps or sets go up by `by` with
 * each step up, never past `max`. The plan proposes it; the user accepts or declines.
 */
const progressionRule = record({
	step: slug,
	change: oneOf(PROGRESSION_CHANGES),
	by: numberBetween(1, 600, { whole: true }),
	max: numberBetween(1, 3600, { whole: true })
});

/** How a plan may progress the routine's doses as pain settles (see `core/progression.ts`). */
const progression = record({
	steps: expecting(
		v.pipe(
			v.array(progressionRule, (issue) => `expected a list of 1 to ${MAX_PROGRESSION_RULES} rules, ${got(issue)}`),
			v.minLength(1, `expected a list of 1 to ${MAX_PROGRESSION_RULES} rules, got an empty list`),
			v.maxLength(MAX_PROGRESSION_RULES, (issue) => `expected a list of 1 to ${MAX_PROGRESSION_RULES} rules, got ${(issue.input as unknown[]).length}`)
		),
		`a list of 1 to ${MAX_PROGRESSION_RULES} rules`
	)
});

/** The valibot definition of a routine file. */
export const routineSchema = record({
	$schema: v.optional(text(500)),
	schemaVersion: literal(SCHEMA_VERSION),
	id: slug,
	title: text(80),
	description: v.optional(text(2000)),
	caution: v.optional(text(500)),
	tags: v.optional(list(text(40), 20, 'tags')),
	equipment: v.optional(list(text(60), 20, 'pieces of equipment')),
	defaults: v.optional(defaults),
	steps: expecting(
		v.pipe(
			v.array(step, (issue) => `expected a list of 1 to ${MAX_STEPS} steps, ${got(issue)}`),
			v.minLength(1, `expected a list of 1 to ${MAX_STEPS} steps, got an empty list`),
			v.maxLength(MAX_STEPS, (issue) => `expected a list of 1 to ${MAX_STEPS} steps, got ${(issue.input as unknown[]).length}`)
		),
		`a list of 1 to ${MAX_STEPS} steps`
	),
	progression: v.optional(progression)
});

/** The object keys each kind of object in a routine file accepts (besides `x-…` extension keys). */
export const KNOWN_KEYS = {
	routine: Object.keys(routineSchema.entries),
	defaults: Object.keys(defaults.entries),
	sideSay: Object.keys(sideSay.entries),
	timed: Object.keys(timedStep.entries),
	reps: Object.keys(repsStep.entries),
	rest: Object.keys(restStep.entries),
	progression: Object.keys(progression.entries),
	progressionRule: Object.keys(progressionRule.entries)
} as const;

type Loose<T> = { [K in keyof T as string extends K ? never : K]: T[K] };

/** A valid routine, as read from a file. Extension keys (`x-…`) are kept but not typed. */
export type Routine = Loose<v.InferOutput<typeof routineSchema>>;
export type TimedStep = Loose<v.InferOutput<typeof timedStep>>;
export type RepsStep = Loose<v.InferOutput<typeof repsStep>>;
export type RestStep = Loose<v.InferOutput<typeof restStep>>;
export type Step = TimedStep | RepsStep | RestStep;
export type WorkStep = TimedStep | RepsStep;
export type Sides = (typeof SIDES)[number];
export type RoutineDefaults = NonNullable<Routine['defaults']>;
export type ProgressionRule = Loose<v.InferOutput<typeof progressionRule>>;
export type ProgressionChange = (typeof PROGRESSION_CHANGES)[number];
