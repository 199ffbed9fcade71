/**
 * The editor's model of a routine: every field as the person typed it (text, even for numbers, so
 * "6" on the way to "60", or "1:30", is never lost to a number input), turned into a routine object
 * that `validateRoutine` checks with the same valibot schema a file is checked by. The editor has no
 * rules of its own: each message it shows beside a field is the schema's, found by the error's path.
 *
 * Pure: no DOM, no clock, no storage.
 */
import { canonicalJson } from './routine-content';
import type { Routine, Sides, Step } from './routine-schema';
import { compile, type CompileOptions } from './timeline';
import { validateRoutine, type RoutineError } from './validate-routine';

/** The kinds of step, in the order the editor offers them. */
export const STEP_KINDS = ['timed', 'reps', 'rest'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** One step as typed. A field another kind uses is kept while the kind changes, and left out of the routine. */
export interface StepForm {
	/** The editor's own name for the step, stable through reorders (never saved in the routine). */
	key: string;
	kind: StepKind;
	id: string;
	name: string;
	seconds: string;
	reps: string;
	secondsPerRep: string;
	sides: '' | Sides;
	sets: string;
	restSeconds: string;
	getReadySeconds: string;
	switchSidesSeconds: string;
	instructions: string;
	say: string;
	sideSayLeft: string;
	sideSayRight: string;
	/** Keys the editor has no field for (`x-` extensions), kept exactly as they came. */
	extra: Record<string, unknown>;
}

/** A routine as typed. Tags and equipment are one per line. */
export interface RoutineForm {
	/** The routine's id: fixed once saved; a new routine's comes from its title when first saved. */
	id: string;
	title: string;
	description: string;
	caution: string;
	tags: string;
	equipment: string;
	defaultGetReadySeconds: string;
	defaultSwitchSidesSeconds: string;
	defaultRestSeconds: string;
	steps: StepForm[];
	/** Top-level keys the editor has no field for (`x-` extensions), kept exactly as they came. */
	extra: Record<string, unknown>;
}

/** The step fields a person can type into, as the ids of their inputs name them. */
export type StepField = Exclude<keyof StepForm, 'key' | 'extra'>;
/** The routine fields a person can type into. */
export type RoutineField = Exclude<keyof RoutineForm, 'steps' | 'extra' | 'id'>;

const STEP_FIELDS_BY_KEY: Record<string, StepField> = {
	kind: 'kind',
	id: 'id',
	name: 'name',
	seconds: 'seconds',
	reps: 'reps',
	secondsPerRep: 'secondsPerRep',
	sides: 'sides',
	sets: 'sets',
	restSeconds: 'restSeconds',
	getReadySeconds: 'getReadySeconds',
	switchSidesSeconds: 'switchSidesSeconds',
	instructions: 'instructions',
	say: 'say'
};

const KNOWN_STEP_KEYS = new Set([...Object.keys(STEP_FIELDS_BY_KEY), 'sideSay']);
const KNOWN_ROUTINE_KEYS = new Set(['schemaVersion', 'id', 'title', 'description', 'caution', 'tags', 'equipment', 'defaults', 'steps']);

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

function extraOf(value: Record<string, unknown>, known: Set<string>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(value).filter(([key]) => !known.has(key)));
}

/** An empty step of `kind`, with the lengths a new step usually has. */
export function blankStep(key: string, kind: StepKind = 'timed'): StepForm {
	return {
		key,
		kind,
		id: '',
		name: '',
		seconds: kind === 'rest' ? '15' : '30',
		reps: '10',
		secondsPerRep: '',
		sides: '',
		sets: '',
		restSeconds: '',
		getReadySeconds: '',
		switchSidesSeconds: '',
		instructions: '',
		say: '',
		sideSayLeft: '',
		sideSayRight: '',
		extra: {}
	};
}

/** A step of a routine as the editor shows it. */
export function stepFormOf(step: Step, key: string): StepForm {
	const form = blankStep(key, step.kind);
	const values = step as Record<string, unknown>;
	for (const [from, to] of Object.entries(STEP_FIELDS_BY_KEY)) {
		if (values[from] !== undefined) (form as unknown as Record<string, string>)[to] = text(values[from]);
	}
	if (step.kind !== 'rest' && step.sideSay) {
		form.sideSayLeft = step.sideSay.left;
		form.sideSayRight = step.sideSay.right;
	}
	form.extra = extraOf(values, KNOWN_STEP_KEYS);
	return form;
}

/** A routine as the editor shows it; `keyOf` names each step for the editor. */
export function formOf(routine: Routine, keyOf: (index: number) => string): RoutineForm {
	const values = routine as Record<string, unknown>;
	return {
		id: routine.id,
		title: routine.title,
		description: text(routine.description),
		caution: text(routine.caution),
		tags: (routine.tags ?? []).join('\n'),
		equipment: (routine.equipment ?? []).join('\n'),
		defaultGetReadySeconds: text(routine.defaults?.getReadySeconds),
		defaultSwitchSidesSeconds: text(routine.defaults?.switchSidesSeconds),
		defaultRestSeconds: text(routine.defaults?.restSeconds),
		steps: routine.steps.map((step, index) => stepFormOf(step, keyOf(index))),
		extra: extraOf(values, KNOWN_ROUTINE_KEYS)
	};
}

/** A new routine: a title to fill in and one timed step. */
export function blankForm(stepKey: string): RoutineForm {
	return {
		id: '',
		title: '',
		description: '',
		caution: '',
		tags: '',
		equipment: '',
		defaultGetReadySeconds: '',
		defaultSwitchSidesSeconds: '',
		defaultRestSeconds: '',
		steps: [blankStep(stepKey)],
		extra: {}
	};
}

/**
 * A typed number as the routine holds it: digits (a decimal point allowed) become a number; `m:ss`
 * in a field of seconds becomes seconds; an empty field is left out; anything else stays as typed, so
 * the schema names it ("got "6o"").
 */
export function numberOf(typed: string, options: { clock?: boolean } = {}): unknown {
	const trimmed = typed.trim();
	if (trimmed === '') return undefined;
	if (/^\d{1,9}(\.\d{1,6})?$/.test(trimmed)) return Number(trimmed);
	const clock = options.clock ? /^(\d{1,3}):([0-5]\d)$/.exec(trimmed) : null;
	if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
	return typed;
}

/**
 * Typed text as the routine holds it: exactly as typed (an imported routine's text comes back byte
 * for byte), blank text left out, or kept as "" for a required field so the schema names it.
 */
function textOf(typed: string, required = false): string | undefined {
	if (typed.trim() !== '') return typed;
	return required ? '' : undefined;
}

/** One item per line, blank lines skipped (a tag or piece of equipment cannot hold a line break here). */
function linesOf(typed: string): string[] | undefined {
	const lines = typed.split('\n').filter((line) => line.trim() !== '');
	return lines.length === 0 ? undefined : lines;
}

/** Drops the keys whose value is undefined, so an empty optional field is simply absent. */
function present(entries: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}

/** The step a step form makes, for the schema to check. */
export function stepOf(form: StepForm): Record<string, unknown> {
	const seconds = (typed: string) => numberOf(typed, { clock: true });
	const common = { id: textOf(form.id), instructions: textOf(form.instructions), say: textOf(form.say) };
	if (form.kind === 'rest') {
		return present({ ...form.extra, kind: 'rest', ...common, name: textOf(form.name), seconds: seconds(form.seconds) });
	}
	const sideSay =
		form.sideSayLeft.trim() === '' && form.sideSayRight.trim() === ''
			? undefined
			: present({ left: textOf(form.sideSayLeft), right: textOf(form.sideSayRight) });
	const work = {
		...common,
		name: textOf(form.name, true),
		sides: form.sides === '' ? undefined : form.sides,
		sets: numberOf(form.sets),
		restSeconds: seconds(form.restSeconds),
		getReadySeconds: seconds(form.getReadySeconds),
		switchSidesSeconds: seconds(form.switchSidesSeconds),
		sideSay
	};
	if (form.kind === 'timed') return present({ ...form.extra, kind: 'timed', ...work, seconds: seconds(form.seconds) });
	return present({ ...form.extra, kind: 'reps', ...work, reps: numberOf(form.reps), secondsPerRep: numberOf(form.secondsPerRep) });
}

/** The routine a form makes, for the schema to check (not yet valid, perhaps). */
export function routineOf(form: RoutineForm): Record<string, unknown> {
	const defaults = present({
		getReadySeconds: numberOf(form.defaultGetReadySeconds, { clock: true }),
		switchSidesSeconds: numberOf(form.defaultSwitchSidesSeconds, { clock: true }),
		restSeconds: numberOf(form.defaultRestSeconds, { clock: true })
	});
	const steps = withStepIds(form.steps.map(stepOf));
	return present({
		...form.extra,
		schemaVersion: 1,
		id: form.id,
		title: textOf(form.title, true),
		description: textOf(form.description),
		caution: textOf(form.caution),
		tags: linesOf(form.tags),
		equipment: linesOf(form.equipment),
		defaults: Object.keys(defaults).length === 0 ? undefined : defaults,
		steps,
		progression: progressionFor(form.extra.progression, steps)
	});
}

/**
 * The routine's progression rules (kept from the file: the editor has no fields for them) without
 * those whose step was deleted or no longer has the value they change (a timed step made a reps
 * step); none left, no block. Anything else is passed on as it was, for the validator to judge.
 */
function progressionFor(progression: unknown, steps: readonly Record<string, unknown>[]): unknown {
	if (typeof progression !== 'object' || progression === null || !Array.isArray((progression as { steps?: unknown }).steps)) return progression;
	const byId = new Map(steps.filter((step) => typeof step.id === 'string').map((step) => [step.id as string, step]));
	const rules = ((progression as { steps: unknown[] }).steps)
		.filter((rule) => {
			if (typeof rule !== 'object' || rule === null) return true;
			const { step, change } = rule as { step?: unknown; change?: unknown };
			if (typeof step !== 'string' || !byId.has(step)) return false;
			const kind = byId.get(step)!.kind;
			return kind !== 'rest' && !(change === 'seconds' && kind !== 'timed') && !(change === 'reps' && kind !== 'reps');
		})
		.map((rule) => {
			// A step made longer than its rule's ceiling raises the ceiling with it: the editor has no field
			// for the rule, so a ceiling below the step's own value would block Save with nothing to change.
			if (typeof rule !== 'object' || rule === null) return rule;
			const { step, change, max } = rule as { step: string; change?: unknown; max?: unknown };
			const values = byId.get(step)!;
			const own = change === 'sets' ? (values.sets ?? 1) : typeof change === 'string' ? values[change] : undefined;
			return typeof own === 'number' && typeof max === 'number' && max < own ? { ...rule, max: own } : rule;
		});
	return rules.length === 0 ? undefined : { ...progression, steps: rules };
}

/**
 * Each exercise step without an id gets one from its name ("Clamshells" → `clamshells`, a second one
 * `clamshells-2`), unique in the routine, so a plan can name it for a dose or a rule. Saved once, it
 * stays the step's id through renames and reorders (the form keeps it).
 */
function withStepIds(steps: readonly Record<string, unknown>[]): Record<string, unknown>[] {
	const taken = new Set(steps.map((step) => step.id).filter((id) => typeof id === 'string'));
	return steps.map((step) => {
		if (step.kind === 'rest' || step.id !== undefined || typeof step.name !== 'string') return step;
		const base = idFromTitle(step.name, 'step');
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		taken.add(id);
		return { ...step, id };
	});
}

/** Where an error shows: a routine field, a step's field, or the steps as a whole. */
export type FieldName = RoutineField | 'steps' | `steps.${number}.${StepField | 'sideSayLeft' | 'sideSayRight'}`;

/**
 * The field an error of the schema belongs beside, from its JSON path (`steps[2].sideSay.left` →
 * `steps.2.sideSayLeft`, `tags[3]` → `tags`). Null for a path the editor has no field for.
 */
export function fieldOf(path: string): FieldName | null {
	const step = /^steps\[(\d+)\](?:\.(\w+)(?:\.(left|right))?)?$/.exec(path);
	if (step) {
		const [, index, key, side] = step;
		if (key === 'sideSay') return `steps.${Number(index)}.${side === 'right' ? 'sideSayRight' : 'sideSayLeft'}`;
		const field = key === undefined ? 'kind' : STEP_FIELDS_BY_KEY[key];
		return field ? `steps.${Number(index)}.${field}` : null;
	}
	if (path === 'steps') return 'steps';
	const list = /^(tags|equipment)(\[\d+\])?$/.exec(path);
	if (list) return list[1] as 'tags' | 'equipment';
	const defaults = /^defaults(?:\.(getReadySeconds|switchSidesSeconds|restSeconds))?$/.exec(path);
	if (defaults) {
		const name = defaults[1] ?? 'getReadySeconds';
		return `default${name[0]!.toUpperCase()}${name.slice(1)}` as RoutineField;
	}
	if (path === 'title' || path === 'description' || path === 'caution') return path;
	return null;
}

/** A schema message as a sentence beside its field: "Expected a whole number from 1 to 3600, got "6o"." */
export function sentenceOf(message: string): string {
	const trimmed = message.trim();
	const sentence = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
	return /[.!?)]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** What the schema says of a form: the routine, or each problem beside its field. */
export interface FormCheck {
	/** The routine, when it is valid: the only thing that may be saved. */
	routine: Routine | null;
	/** One message per field (the first the schema gave for it). */
	messages: Partial<Record<FieldName, string>>;
	/** Problems with no field of their own, shown above Save. */
	general: string[];
	/** How many problems there are in all. */
	count: number;
}

/** Checks a form with the routine schema, putting each problem beside its field. */
export function checkForm(form: RoutineForm, placeholderId = 'new-routine'): FormCheck {
	// A new routine has no id until it is saved: a stand-in lets the rest be checked.
	const candidate = { ...routineOf(form), id: form.id === '' ? placeholderId : form.id };
	const validation = validateRoutine(candidate);
	if (validation.ok) return { routine: validation.routine, messages: {}, general: [], count: 0 };
	const messages: Partial<Record<FieldName, string>> = {};
	const general: string[] = [];
	for (const error of validation.errors as RoutineError[]) {
		const field = fieldOf(error.path);
		if (field === null) general.push(sentenceOf(error.path ? `${error.path}: ${error.message}` : error.message));
		else messages[field] ??= sentenceOf(error.message);
	}
	return { routine: null, messages, general, count: validation.errors.length };
}

/** How long each step plays, and the whole routine; null for a step that is not yet valid. */
export interface FormLengths {
	/** Per step: planned ms (self-paced parts counted as 0), and whether some of it is self-paced. */
	steps: ({ ms: number; selfPaced: boolean } | null)[];
	/** The valid steps' lengths added up. */
	totalMs: number;
	/** Whether some step is self-paced, so the total is a minimum. */
	selfPaced: boolean;
	/** Whether every step counted (otherwise the total leaves some out). */
	complete: boolean;
}

/**
 * Each step's length as the player would play it (its own get-ready, sides, sets and rests, the
 * routine's defaults and the person's settings), and the total: updated as the person types, even
 * while other steps are still wrong. A step's segments depend on nothing outside it but the defaults,
 * so compiling it alone gives its share of the whole.
 */
export function lengthsOf(form: RoutineForm, options: CompileOptions = {}): FormLengths {
	const base = routineOf(form);
	const defaults = validateRoutine({ schemaVersion: 1, id: 'x', title: 'x', defaults: base.defaults, steps: [{ kind: 'rest', seconds: 0 }] }).ok ? base.defaults : undefined;
	const steps = form.steps.map((stepForm) => {
		const validation = validateRoutine({ schemaVersion: 1, id: 'x', title: 'x', defaults, steps: [stepOf(stepForm)] });
		if (!validation.ok) return null;
		const timeline = compile(validation.routine, options);
		return { ms: timeline.totalMs, selfPaced: timeline.selfPacedCount > 0 };
	});
	return {
		steps,
		totalMs: steps.reduce((sum, step) => sum + (step?.ms ?? 0), 0),
		selfPaced: steps.some((step) => step?.selfPaced),
		complete: steps.every((step) => step !== null)
	};
}

/** Whether two forms make the same routine (what a person would call "no changes"). */
export function sameRoutine(a: RoutineForm, b: RoutineForm): boolean {
	return canonicalJson(routineOf(a)) === canonicalJson(routineOf(b));
}

/**
 * A routine id made from a title ("Hip flexors, my way" → `hip-flexors-my-way`), for a routine saved
 * for the first time (and a step's from its name); `fallback` when the title has no letters or digits
 * of a-z and 0-9.
 */
export function idFromTitle(title: string, fallback = 'my-routine'): string {
	const slug = title
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 48)
		.replace(/-+$/, '');
	return slug === '' ? fallback : slug;
}

/**
 * A length to the second ("3 min 15 s", "45 s", "2 min"), for the editor, where a change of a few
 * seconds must show (the library rounds to the minute).
 */
export function formatExactLength(ms: number): string {
	const seconds = Math.round(ms / 1000);
	const minutes = Math.floor(seconds / 60);
	const rest = seconds % 60;
	if (minutes === 0) return `${rest} s`;
	return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
