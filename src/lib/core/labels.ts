/**
 * What every segment is called: on screen, on the lock screen (Media Session) and by the voice. One
 * module, so the three can never disagree. Pure.
 */
import type { TimedCue } from './cues';
import type { Segment, SegmentKind, Side } from './timeline';

const PHASES: Record<SegmentKind, string> = {
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
