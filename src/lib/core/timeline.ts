/**
 * Compiles a routine into a flat timeline: get-ready, work, switch-sides and rest segments with their
 * planned offsets and the cue points the player sounds. Pure: no clock, no DOM.
 */
import { spokenSide } from './labels';
import {
	DEFAULT_GET_READY_SECONDS,
	DEFAULT_REST_BETWEEN_SETS_SECONDS,
	DEFAULT_SWITCH_SIDES_SECONDS,
	type Routine,
	type Step,
	type WorkStep
} from './routine-schema';

/**
 * `set-rest` is the rest between two sets of a step; `rest` is a rest step of its own. `brief` reads a
 * step's instructions aloud before its get-ready: open-ended, it ends when the voice has finished
 * (the player says so with a `done` event) or after `BRIEF_CAP_MS`.
 */
export type SegmentKind = 'brief' | 'get-ready' | 'work' | 'switch' | 'set-rest' | 'rest';

/** The longest a brief holds the routine, however long the instructions take to say. */
export const BRIEF_CAP_MS = 20_000;
export type Side = 'left' | 'right';

/**
 * A moment the player marks with a sound, voice or vibration. `atMs` counts from the segment's start,
 * or back from its end when `fromEnd` is set (so added time moves the countdown with the end).
 */
export interface Cue {
	kind: 'get-ready' | 'start' | 'halfway' | 'rep' | 'countdown' | 'end' | 'switch' | 'rest' | 'finish';
	atMs: number;
	fromEnd?: boolean;
	/** Rep number (1-based) for `rep` cues; seconds left for `countdown` cues. */
	count?: number;
}

/** One contiguous stretch of the routine. */
export interface Segment {
	kind: SegmentKind;
	/** Index of the step in `routine.steps` this segment belongs to. */
	stepIndex: number;
	/** The step's name, or "Rest". */
	name: string;
	side?: Side;
	/** 1-based set number and the step's set count (1 for rest and get-ready). */
	set: number;
	sets: number;
	/** Planned offset from the start of the routine; self-paced segments count as 0 long. */
	startMs: number;
	/** Planned length, or `null` for self-paced reps that end when the user taps Done. */
	durationMs: number | null;
	reps?: number;
	secondsPerRep?: number;
	instructions?: string;
	/** What the voice says as the segment starts. */
	say: string;
	cues: Cue[];
}

/** A compiled routine. */
export interface Timeline {
	segments: Segment[];
	/** Planned length in ms, self-paced segments not included. */
	totalMs: number;
	/** Number of self-paced segments, whose length is up to the user (briefs not counted). */
	selfPacedCount: number;
}

/** Player settings that shape the timeline. */
export interface CompileOptions {
	/** Read each exercise's instructions aloud before its get-ready (a `brief` segment). */
	briefings?: boolean;
	/**
	 * The user's get-ready length: it replaces the routine's default lead-in (the user knows how long
	 * they need to get down to the floor), but a step's own value still wins.
	 */
	getReadySeconds?: number;
}

const COUNTDOWN_SECONDS = 3;
/** Shorter holds get no halfway cue: it would crowd the start and the countdown. */
const MIN_MS_FOR_HALFWAY = 20_000;

function countdownCues(durationMs: number): Cue[] {
	const cues: Cue[] = [];
	for (let left = COUNTDOWN_SECONDS; left >= 1; left--) {
		if (durationMs > left * 1000) cues.push({ kind: 'countdown', atMs: left * 1000, fromEnd: true, count: left });
	}
	return cues;
}

function workCues(step: WorkStep, durationMs: number | null): Cue[] {
	if (durationMs === null) return [{ kind: 'start', atMs: 0 }];
	const cues: Cue[] = [{ kind: 'start', atMs: 0 }];
	if (step.kind === 'reps' && step.secondsPerRep !== undefined) {
		// Paced reps tick on every rep; countdown beeps would clash with the last ticks.
		const repMs = step.secondsPerRep * 1000;
		for (let rep = 1; rep <= step.reps; rep++) {
			cues.push({ kind: 'rep', atMs: Math.round((rep - 1) * repMs), count: rep });
		}
		cues.push({ kind: 'end', atMs: 0, fromEnd: true });
		return cues;
	}
	if (durationMs >= MIN_MS_FOR_HALFWAY) cues.push({ kind: 'halfway', atMs: Math.round(durationMs / 2) });
	cues.push(...countdownCues(durationMs), { kind: 'end', atMs: 0, fromEnd: true });
	return cues;
}

function workDurationMs(step: WorkStep): number | null {
	if (step.kind === 'timed') return step.seconds * 1000;
	if (step.secondsPerRep === undefined) return null;
	return Math.round(step.reps * step.secondsPerRep * 1000);
}

/** The step and side as the voice names them: the step's own words for the side, else "Name, left side". */
function sideWords(step: WorkStep, side: Side | undefined): string {
	return side && step.sideSay ? step.sideSay[side] : spokenSide(step.name, side);
}

/**
 * What the voice says as a work segment starts: the step's `say` on its first, else the side in the
 * step's own words, else the side alone after a switch ("right side"), else the name and side.
 */
function workSay(step: WorkStep, side: Side | undefined, isFirst: boolean, afterSwitch: boolean): string {
	if (isFirst && step.say) return step.say;
	if (afterSwitch && !step.sideSay) return `${side} side`;
	return sideWords(step, side);
}

function sidesOf(step: WorkStep): (Side | undefined)[] {
	if (step.sides === 'each') return ['left', 'right'];
	return [step.sides];
}

/**
 * Turns a valid routine into its timeline. Rules: one get-ready before each timed or reps step (none
 * before a rest step); then set 1 left, switch, set 1 right, rest, set 2 left…; `restSeconds` is only
 * between sets. Zero-length get-ready, switch and rest segments are left out.
 */
export function compile(routine: Routine, options: CompileOptions = {}): Timeline {
	const segments: Segment[] = [];
	let offset = 0;
	const defaults = routine.defaults ?? {};

	const push = (segment: Omit<Segment, 'startMs'>) => {
		segments.push({ ...segment, startMs: offset });
		offset += segment.durationMs ?? 0;
	};

	routine.steps.forEach((step: Step, stepIndex) => {
		if (step.kind === 'rest') {
			if (step.seconds === 0) return;
			const durationMs = step.seconds * 1000;
			push({
				kind: 'rest',
				stepIndex,
				name: step.name ?? 'Rest',
				set: 1,
				sets: 1,
				durationMs,
				instructions: step.instructions,
				say: step.say ?? step.name ?? 'Rest',
				cues: [{ kind: 'rest', atMs: 0 }, ...countdownCues(durationMs)]
			});
			return;
		}

		const getReadySeconds =
			step.getReadySeconds ?? options.getReadySeconds ?? defaults.getReadySeconds ?? DEFAULT_GET_READY_SECONDS;
		const switchSeconds = step.switchSidesSeconds ?? defaults.switchSidesSeconds ?? DEFAULT_SWITCH_SIDES_SECONDS;
		const restSeconds = step.restSeconds ?? defaults.restSeconds ?? DEFAULT_REST_BETWEEN_SETS_SECONDS;
		const sets = step.sets ?? 1;
		const sides = sidesOf(step);
		const durationMs = workDurationMs(step);
		const common = {
			stepIndex,
			name: step.name,
			sets,
			instructions: step.instructions,
			...(step.kind === 'reps' ? { reps: step.reps, secondsPerRep: step.secondsPerRep } : {})
		};

		if (options.briefings && step.instructions) {
			push({
				...common,
				kind: 'brief',
				side: sides[0],
				set: 1,
				durationMs: null,
				say: step.instructions,
				cues: []
			});
		}

		if (getReadySeconds > 0) {
			const readyMs = getReadySeconds * 1000;
			push({
				...common,
				kind: 'get-ready',
				side: sides[0],
				set: 1,
				durationMs: readyMs,
				say: `Get ready: ${sideWords(step, sides[0])}`,
				cues: [{ kind: 'get-ready', atMs: 0 }, ...countdownCues(readyMs)]
			});
		}

		for (let set = 1; set <= sets; set++) {
			sides.forEach((side, sideIndex) => {
				if (sideIndex > 0 && switchSeconds > 0) {
					const switchMs = switchSeconds * 1000;
					push({
						...common,
						kind: 'switch',
						side,
						set,
						durationMs: switchMs,
						say: 'Switch sides',
						cues: [{ kind: 'switch', atMs: 0 }, ...countdownCues(switchMs)]
					});
				}
				const isFirst = set === 1 && sideIndex === 0;
				push({
					...common,
					kind: 'work',
					side,
					set,
					durationMs,
					say: workSay(step, side, isFirst, sideIndex > 0),
					cues: workCues(step, durationMs)
				});
			});
			if (set < sets && restSeconds > 0) {
				const restMs = restSeconds * 1000;
				push({
					...common,
					kind: 'set-rest',
					side: undefined,
					set,
					durationMs: restMs,
					say: 'Rest',
					cues: [{ kind: 'rest', atMs: 0 }, ...countdownCues(restMs)]
				});
			}
		}
	});

	const last = segments[segments.length - 1];
	if (last) {
		last.cues = last.cues.map((cue) => (cue.kind === 'end' ? { ...cue, kind: 'finish' } : cue));
		if (!last.cues.some((cue) => cue.kind === 'finish') && last.durationMs !== null) {
			last.cues.push({ kind: 'finish', atMs: 0, fromEnd: true });
		}
	}

	return {
		segments,
		totalMs: offset,
		selfPacedCount: segments.filter((s) => s.durationMs === null && s.kind !== 'brief').length
	};
}

/**
 * True for the segments that are a step itself: a timed or reps step's work, or a rest step's rest.
 * Not the get-ready, switch-sides and between-sets rest around them.
 */
export function isStepBody(segment: Segment): boolean {
	return segment.kind === 'work' || segment.kind === 'rest';
}

/**
 * Where each step begins: its first segment (its get-ready, usually). Steps without segments (a rest
 * of 0 s) are left out, so this is the list of steps the player can jump to.
 */
export function stepStarts(timeline: Timeline): { stepIndex: number; segmentIndex: number }[] {
	const starts: { stepIndex: number; segmentIndex: number }[] = [];
	timeline.segments.forEach((segment, segmentIndex) => {
		if (starts.at(-1)?.stepIndex !== segment.stepIndex) starts.push({ stepIndex: segment.stepIndex, segmentIndex });
	});
	return starts;
}

/** The segment where the step after the one at `index` begins, or the segment count after the last. */
export function nextStepStart(timeline: Timeline, index: number): number {
	const stepIndex = timeline.segments[index]?.stepIndex;
	if (stepIndex === undefined) return timeline.segments.length;
	const found = timeline.segments.findIndex((segment, i) => i > index && segment.stepIndex !== stepIndex);
	return found === -1 ? timeline.segments.length : found;
}

/**
 * The exercise that comes after the segment at `index`: the next work or rest, never a get-ready or
 * switch. A get-ready or switch leads into a work segment the screen already shows, so the one after
 * that is next.
 */
export function upNext(timeline: Timeline, index: number): Segment | undefined {
	const current = timeline.segments[index];
	if (!current) return undefined;
	const bodies = timeline.segments.slice(index + 1).filter(isStepBody);
	return current.kind === 'brief' || current.kind === 'get-ready' || current.kind === 'switch' ? bodies[1] : bodies[0];
}
