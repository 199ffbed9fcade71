/**
 * Which cues fall in a window of wall-clock time, given a session's state. Pure: the player asks for
 * [now, now + lookahead] to schedule sounds ahead on the audio clock, and for the moments just passed
 * to speak and vibrate. Cues before the window are never returned, so a page that was frozen for a
 * minute does not play a minute of beeps when it wakes.
 */
import { settle, type SessionState } from './session';
import type { Cue, Segment, Timeline } from './timeline';

/** A cue at a wall-clock instant. */
export interface TimedCue {
	/** Identifies this cue of this run of the segment: a segment restarted by Back gets new keys. */
	key: string;
	atMs: number;
	cue: Cue;
	segmentIndex: number;
	segment: Segment;
}

/**
 * Cues with `fromMs <= atMs < toMs` for a session left running with no further events. A paused,
 * finished or not yet started session has none.
 */
export function cuesBetween(timeline: Timeline, state: SessionState, fromMs: number, toMs: number): TimedCue[] {
	if (toMs <= fromMs) return [];
	// Settle just before the window: a cue at the very instant a segment (or the routine) ends belongs
	// to that segment, which settling at `fromMs` would already have left behind.
	const settled = settle(timeline, state, fromMs - 1);
	if (settled.status !== 'running') return [];
	const out: TimedCue[] = [];
	let segmentStart = settled.anchorMs - settled.elapsedMs;
	for (let index = settled.index; index < timeline.segments.length && segmentStart < toMs; index++) {
		const segment = timeline.segments[index]!;
		const length = segment.durationMs === null ? null : segment.durationMs + (index === settled.index ? settled.addedMs : 0);
		segment.cues.forEach((cue, cueIndex) => {
			if (cue.fromEnd && length === null) return;
			const atMs = segmentStart + (cue.fromEnd ? (length ?? 0) - cue.atMs : cue.atMs);
			if (atMs >= fromMs && atMs < toMs) {
				out.push({ key: `${index}:${cueIndex}:${Math.round(segmentStart)}`, atMs, cue, segmentIndex: index, segment });
			}
		});
		if (length === null) break; // A self-paced segment ends when the user says; nothing after it is known.
		segmentStart += length;
	}
	return out.sort((a, b) => a.atMs - b.atMs);
}

/** Vibration pattern (ms on/off) for a cue, if it vibrates. */
export function vibrationPattern(cue: Cue): number[] | null {
	switch (cue.kind) {
		case 'start':
			return [400];
		case 'get-ready':
			return [120, 80, 120];
		case 'switch':
			return [200, 100, 200];
		case 'rest':
			return [600];
		case 'countdown':
			return [60];
		case 'finish':
			return [300, 100, 300, 100, 600];
		default:
			return null;
	}
}
