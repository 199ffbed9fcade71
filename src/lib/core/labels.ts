/**
 * What every segment is called: on screen, on the lock screen (Media Session) and by the voice. One
 * module, so the three can never disagree. Pure.
 */
import type { TimedCue } from './cues';
import type { Position } from './session';
import { formatClock } from './time-format';
import type { Segment, SegmentKind, Side } from './timeline';

const PHASES: Record<SegmentKind, string> = {
	brief: 'Instructions',
	'get-ready': 'Get ready',
	work: 'Go',
	switch: 'Switch sides',
	'set-rest': 'Rest',
	rest: 'Rest'
};

/** The phase word shown large: "Get ready", "Go", "Switch sides", "Rest". */
export function phaseLabel(kind: SegmentKind): string {
	return PHASES[kind];
}

/** The step's name with its side and set: "Clamshells — left, set 2 of 3". */
export function describeExercise(segment: Segment): string {
	const parts: string[] = [];
	if (segment.side) parts.push(segment.side);
	if (segment.sets > 1) parts.push(`set ${segment.set} of ${segment.sets}`);
	return parts.length ? `${segment.name} — ${parts.join(', ')}` : segment.name;
}

/**
 * What the segment is called on screen and on the lock screen: the exercise, or what to do now
 * ("Switch to right", "Rest before set 2 of 3").
 */
export function segmentTitle(segment: Segment): string {
	if (segment.kind === 'switch') return `Switch to ${segment.side ?? 'the other side'}`;
	if (segment.kind === 'set-rest') return `Rest before set ${segment.set + 1} of ${segment.sets}`;
	return describeExercise(segment);
}

/** The side as a badge shows it ("L") and as a screen reader says it ("left side"). */
export function sideBadge(side: Side): { short: string; words: string } {
	return { short: side === 'left' ? 'L' : 'R', words: `${side} side` };
}

/** How long a segment works: "0:45", or "15 reps, your pace" when the user ends it with Done. */
export function workingLength(segment: Segment): string {
	if (segment.durationMs !== null) return formatClock(segment.durationMs);
	return segment.reps === undefined ? 'your pace' : `${segment.reps} reps, your pace`;
}

/** What "Next" says of the exercise coming up: "Clamshells — right, set 2 of 3 · 0:45". */
export function nextLabel(segment: Segment): string {
	return `${describeExercise(segment)} · ${workingLength(segment)}`;
}

/**
 * The numbers the player shows, biggest first. `main` fills the screen: the time left, or for paced
 * reps the rep ("7 / 15") with the time left as `second`, or for a self-paced step the reps to do
 * with the time so far as `second`. `mainLabel` says what `main` is, for screen readers.
 */
export interface DialReading {
	main: string;
	mainLabel: string;
	/** A word under the main number ("reps"), if it needs one. */
	unit: string | null;
	second: string | null;
}

/** What the dial reads for a segment at a position. */
export function dialReading(segment: Segment, position: Pick<Position, 'elapsedMs' | 'remainingMs' | 'rep'>): DialReading {
	const timeLeft = formatClock(position.remainingMs ?? 0);
	if (segment.kind === 'brief') {
		return { main: 'Listen', mainLabel: 'Listening to the instructions', unit: null, second: 'then get ready' };
	}
	if (position.remainingMs === null) {
		return {
			main: String(segment.reps ?? ''),
			mainLabel: 'Reps to do',
			unit: 'reps',
			// Time so far counts up, so whole seconds are shown once passed.
			second: `${formatClock(Math.floor(position.elapsedMs / 1000) * 1000)} so far`
		};
	}
	if (segment.kind === 'work' && position.rep !== null && segment.reps !== undefined) {
		return { main: `${position.rep} / ${segment.reps}`, mainLabel: 'Rep', unit: null, second: `${timeLeft} left` };
	}
	return { main: timeLeft, mainLabel: 'Time left in this step', unit: null, second: null };
}

/**
 * Instructions split where the first sentence ends: the first is shown above the controls, the rest
 * opens on request. A sentence ends at ".", "!" or "?" followed by a space.
 */
export function splitInstructions(text: string): { first: string; rest: string } {
	const trimmed = text.trim();
	const end = /[.!?](?=\s)/.exec(trimmed);
	if (!end) return { first: trimmed, rest: '' };
	return { first: trimmed.slice(0, end.index + 1), rest: trimmed.slice(end.index + 1).trim() };
}

/** A name and side as the voice says it: "Clamshells, left side". */
export function spokenSide(name: string, side: Side | undefined): string {
	return side ? `${name}, ${side} side` : name;
}

/** What the voice says for a cue, if anything; `next` is the segment after the cue's. */
export function spokenText(timed: TimedCue, next: Segment | undefined): string | null {
	const { cue, segment } = timed;
	switch (cue.kind) {
		case 'get-ready':
		case 'start':
			return segment.say;
		case 'switch':
			return 'Switch sides';
		case 'rest':
			return next ? `${segment.say}. Next: ${next.name}` : segment.say;
		case 'halfway':
			return 'Halfway';
		case 'finish':
			return 'Done. Well done.';
		default:
			return null;
	}
}
