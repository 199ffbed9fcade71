/**
 * Total validation of routine files: any input yields either a routine or a list of errors, never an
 * exception. Each error names its JSON path (`steps[2].seconds`) and says what was expected and found.
 */
import * as v from 'valibot';
import { describeValue, KNOWN_KEYS, PROGRESSION_CEILINGS, routineSchema, SCHEMA_VERSION, type ProgressionChange, type Routine } from './routine-schema';

/** One problem in a routine file. */
export interface RoutineError {
	/** JSON path such as `steps[2].seconds`; empty for the file as a whole. */
	path: string;
	message: string;
}

export type RoutineValidation =
	| { ok: true; routine: Routine }
	| { ok: false; errors: RoutineError[] };

/**
 * Deeper than this, a value is not a routine (one nests four levels; extension values may add a few).
 * Refused whole: a routine is hashed and stored as JSON, and JSON.stringify overflows the stack a few
 * thousand levels down, so a deep extension value would pass here and throw there.
 */
export const MAX_ROUTINE_DEPTH = 32;

/** At most this many errors are reported: past it, a list stops being useful to a person. */
const MAX_ERRORS = 50;

type PathKey = string | number;

/** Formats `['steps', 2, 'seconds']` as `steps[2].seconds`. */
export function formatPath(keys: readonly PathKey[]): string {
	let out = '';
	for (const key of keys) {
		if (typeof key === 'number') out += `[${key}]`;
		else if (/^[A-Za-z_$][\w$-]*$/.test(key)) out += out ? `.${key}` : key;
		else out += `[${JSON.stringify(key)}]`;
	}
	return out;
}

/** `steps[2].seconds: expected …, got …` (or just the message for the whole file). */
export function formatError(error: RoutineError): string {
	return error.path ? `${error.path}: ${error.message}` : error.message;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isExtensionKey(key: string): boolean {
	return key.startsWith('x-');
}

/** Keys past this length are cut where an error names them: a hostile file's megabyte key is not echoed whole. */
const MAX_SHOWN_KEY = 40;

function shownKey(key: string): string {
	return key.length > MAX_SHOWN_KEY ? `${key.slice(0, MAX_SHOWN_KEY)}…` : key;
}

function unknownKeysIn(
	value: unknown,
	known: readonly string[],
	path: PathKey[],
	errors: RoutineError[]
): void {
	if (!isPlainObject(value)) return;
	for (const key of Object.keys(value)) {
		if (known.includes(key) || isExtensionKey(key)) continue;
		errors.push({
			path: formatPath([...path, shownKey(key)]),
			message: `unknown key "${shownKey(key)}" (expected one of ${known.filter((k) => k !== '$schema').join(', ')}, or an "x-" extension key)`
		});
	}
}

/**
 * Reports keys the format does not know, so typos (`secs`, `side`) are named rather than ignored.
 * Runs independently of the value checks so both kinds of mistake are reported together.
 */
export function findUnknownKeys(input: unknown): RoutineError[] {
	const errors: RoutineError[] = [];
	unknownKeysIn(input, KNOWN_KEYS.routine, [], errors);
	if (!isPlainObject(input)) return errors;
	// valibot's object schemas let a list through where an object belongs; JSON Schema does not.
	if (Array.isArray(input.defaults)) errors.push({ path: 'defaults', message: 'expected an object, got a list' });
	unknownKeysIn(input.defaults, KNOWN_KEYS.defaults, ['defaults'], errors);
	if (Array.isArray(input.steps)) {
		input.steps.forEach((step: unknown, index) => {
			if (!isPlainObject(step)) return;
			const kind = step.kind;
			if (kind === 'timed' || kind === 'reps' || kind === 'rest') {
				unknownKeysIn(step, KNOWN_KEYS[kind], ['steps', index], errors);
			}
			if (kind === 'timed' || kind === 'reps') unknownKeysIn(step.sideSay, KNOWN_KEYS.sideSay, ['steps', index, 'sideSay'], errors);
		});
	}
	if (isPlainObject(input.progression)) {
		unknownKeysIn(input.progression, KNOWN_KEYS.progression, ['progression'], errors);
		const rules = input.progression.steps;
		if (Array.isArray(rules)) rules.forEach((rule, index) => unknownKeysIn(rule, KNOWN_KEYS.progressionRule, ['progression', 'steps', index], errors));
	}
	return errors;
}


/**
 * A progression rule must name a step that has what it changes (a timed step's seconds, a reps step's
 * reps, the sets of either), once per step and change, with a ceiling at or above the step's own value
 * and within the format's limits. The JSON Schema cannot say so; this does.
 */
function findProgressionErrors(input: Record<string, unknown>): RoutineError[] {
	const errors: RoutineError[] = [];
	if (!isPlainObject(input.progression) || !Array.isArray(input.progression.steps) || !Array.isArray(input.steps)) return errors;
	const steps = new Map<string, Record<string, unknown>>();
	for (const step of input.steps as unknown[]) if (isPlainObject(step) && typeof step.id === 'string') steps.set(step.id, step);
	const seen = new Set<string>();
	(input.progression.steps as unknown[]).forEach((rule, index) => {
		if (!isPlainObject(rule) || typeof rule.step !== 'string' || typeof rule.change !== 'string') return;
		const at = (key: string) => formatPath(['progression', 'steps', index, key]);
		const step = steps.get(rule.step);
		const change = rule.change as ProgressionChange;
		if (!(change in PROGRESSION_CEILINGS)) return;
		if (!step || step.kind === 'rest') {
			errors.push({ path: at('step'), message: `expected the id of an exercise step, got ${describeValue(rule.step)}, which no exercise step has` });
			return;
		}
		if ((change === 'seconds' && step.kind !== 'timed') || (change === 'reps' && step.kind !== 'reps')) {
			errors.push({ path: at('change'), message: `expected a change step ${describeValue(rule.step)} has ("${step.kind === 'timed' ? 'seconds' : 'reps'}" or "sets"), got ${describeValue(change)}` });
			return;
		}
		const key = `${rule.step} ${change}`;
		if (seen.has(key)) errors.push({ path: at('change'), message: `expected one rule for the ${change} of step ${describeValue(rule.step)}, got a second` });
		seen.add(key);
		const own = change === 'sets' ? (typeof step.sets === 'number' ? step.sets : 1) : step[change];
		if (typeof rule.max === 'number' && typeof own === 'number' && rule.max < own) {
			errors.push({ path: at('max'), message: `expected a ceiling at or above the step's own ${change} (${own}), got ${rule.max}` });
		} else if (typeof rule.max === 'number' && rule.max > PROGRESSION_CEILINGS[change]) {
			errors.push({ path: at('max'), message: `expected a ceiling of at most ${PROGRESSION_CEILINGS[change]} ${change}, got ${rule.max}` });
		}
	});
	return errors;
}

/** Step ids must be unique within the routine; the JSON Schema cannot say so, this does. */
function findDuplicateStepIds(input: Record<string, unknown>): RoutineError[] {
	const errors: RoutineError[] = [];
	if (!Array.isArray(input.steps)) return errors;
	const firstAt = new Map<string, number>();
	input.steps.forEach((step: unknown, index) => {
		if (!isPlainObject(step) || typeof step.id !== 'string') return;
		const first = firstAt.get(step.id);
		if (first === undefined) firstAt.set(step.id, index);
		else errors.push({ path: formatPath(['steps', index, 'id']), message: `expected an id no other step has, got ${describeValue(step.id)}, the id of steps[${first}]` });
	});
	return errors;
}

/** Whether a value is a BigInt, plain or boxed (structured clone stores both): JSON.stringify throws on either. */
function isBigInt(value: unknown): boolean {
	return typeof value === 'bigint' || (typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object BigInt]');
}

/**
 * The first thing in `value` that a routine, being hashed and written as JSON, cannot hold: nesting
 * deeper than `limit`, or a value JSON.stringify throws on. Only storage can hand back the latter
 * (IndexedDB keeps a BigInt in an `x-` value); a file or link cannot. A loop, not recursion, so no
 * depth overflows it.
 */
function findUnstorable(value: unknown, limit: number): RoutineError | null {
	const stack: [unknown, number, PathKey[]][] = [[value, 1, []]];
	for (let item = stack.pop(); item; item = stack.pop()) {
		const [current, depth, path] = item;
		if (isBigInt(current)) {
			return { path: formatPath(path), message: 'expected text, a number, true or false, null, a list or an object, got a BigInt (JSON cannot hold one)' };
		}
		if (typeof current !== 'object' || current === null) continue;
		if (depth > limit) return { path: '', message: `routine: expected at most ${limit} levels of nesting, got more` };
		for (const [key, child] of Object.entries(current)) stack.push([child, depth + 1, [...path, Array.isArray(current) ? Number(key) : shownKey(key)]]);
	}
	return null;
}

function issuePath(issue: v.BaseIssue<unknown>): PathKey[] {
	return (issue.path ?? []).map((item) => item.key as PathKey);
}

/** Validates an already-parsed routine object. Total: never throws. */
export function validateRoutine(input: unknown): RoutineValidation {
	if (!isPlainObject(input)) {
		return { ok: false, errors: [{ path: '', message: `routine: expected an object, got ${describeValue(input)}` }] };
	}
	// The format-version policy: a v1 reader refuses a newer file whole, whatever else it holds.
	if (typeof input.schemaVersion === 'number' && input.schemaVersion > SCHEMA_VERSION) {
		return {
			ok: false,
			errors: [
				{
					path: 'schemaVersion',
					message: `this routine uses format version ${input.schemaVersion}, newer than this Unknot reads (${SCHEMA_VERSION}); update Unknot to open it`
				}
			]
		};
	}
	try {
		const unstorable = findUnstorable(input, MAX_ROUTINE_DEPTH);
		if (unstorable) return { ok: false, errors: [unstorable] };
		const result = v.safeParse(routineSchema, input, { abortPipeEarly: true });
		const errors: RoutineError[] = [];
		const seen = new Set<string>();
		for (const issue of result.issues ?? []) {
			const path = formatPath(issuePath(issue));
			if (seen.has(path)) continue;
			seen.add(path);
			errors.push({ path, message: path ? issue.message : `routine: ${issue.message}` });
		}
		errors.push(...findUnknownKeys(input), ...findDuplicateStepIds(input), ...findProgressionErrors(input));
		if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
		return { ok: true, routine: result.output as Routine };
	} catch (error) {
		// Deliberately broad: hostile inputs (getters that throw, proxies) must still give a message.
		return { ok: false, errors: [{ path: '', message: `routine could not be read (${String(error)})` }] };
	}
}

/** Parses and validates the text of a routine file. Total: never throws. */
export function parseRoutineJson(text: string): RoutineValidation {
	let input: unknown;
	try {
		input = JSON.parse(text);
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		return { ok: false, errors: [{ path: '', message: `not valid JSON: ${detail}` }] };
	}
	return validateRoutine(input);
}
