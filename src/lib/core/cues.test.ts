import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildRoutine } from './testing/records';
import { cuesBetween, vibrationPattern } from './cues';
import { advance, createSession, type SessionState } from './session';
import { timedRoutineArbitrary } from './testing/arbitraries';
import { compile, type Timeline } from './timeline';

const T0 = 5_000_000;
const routine = buildRoutine({}, [
	{ kind: 'timed', name: 'Hold', seconds: 30, getReadySeconds: 5 },
	{ kind: 'reps', name: 'Clams', reps: 3, secondsPerRep: 2, getReadySeconds: 0 },
	{ kind: 'rest', seconds: 10 },
	{ kind: 'reps', name: 'Lunges', reps: 5, getReadySeconds: 0 }
]);
let timeline: Timeline;
let started: SessionState;
// Built before each test, never at load, so a test sees the code as it is now (and mutation testing sees the test).
beforeEach(() => {
	timeline = compile(routine);
	started = advance(timeline, createSession(timeline), { type: 'start' }, T0);
});

function labels(from: number, to: number, state = started) {
	return cuesBetween(timeline, state, T0 + from, T0 + to).map((c) => `${c.atMs - T0} ${c.cue.kind}${c.cue.count ? ` ${c.cue.count}` : ''}`);
}

describe('cuesBetween', () => {
	it('lists the cues of the coming seconds at their wall-clock instants', () => {
		expect(labels(0, 6000)).toEqual(['0 get-ready', '2000 countdown 3', '3000 countdown 2', '4000 countdown 1', '5000 start']);
	});

	it('includes the start of the window and excludes its end', () => {
		expect(labels(5000, 5001)).toEqual(['5000 start']);
		expect(labels(4000, 5000)).toEqual(['4000 countdown 1']);
	});

	it('keeps a cue at the very instant a segment ends in a window that starts there', () => {
		expect(labels(35_000, 35_001)).toEqual(['35000 end', '35000 start', '35000 rep 1']);
	});

	it('marks halfway, the countdown and each paced rep, across segment boundaries', () => {
		expect(labels(19_000, 42_000)).toEqual([
			'20000 halfway',
			'32000 countdown 3',
			'33000 countdown 2',
			'34000 countdown 1',
			'35000 end',
			'35000 start',
			'35000 rep 1',
			'37000 rep 2',
			'39000 rep 3',
			'41000 end',
			'41000 rest'
		]);
	});

	it('stops at a self-paced segment, whose end nobody knows', () => {
		expect(labels(50_500, 500_000)).toEqual(['51000 start']);
	});

	it('moves end-anchored cues when time is added', () => {
		const longer = advance(timeline, started, { type: 'add-time' }, T0 + 10_000);
		expect(labels(30_000, 50_000, longer).slice(0, 4)).toEqual(['42000 countdown 3', '43000 countdown 2', '44000 countdown 1', '45000 end']);
	});

	it('has no cues while paused, and none before the window after a long gap', () => {
		const paused = advance(timeline, started, { type: 'pause' }, T0 + 1000);
		expect(labels(1000, 100_000, paused)).toEqual([]);
		expect(labels(33_500, 34_500)).toEqual(['34000 countdown 1']);
	});

	it('gives a restarted segment new keys, so its cues play again', () => {
		const [first] = cuesBetween(timeline, started, T0 + 5000, T0 + 5001);
		const back = advance(timeline, started, { type: 'back' }, T0 + 12_000);
		const [again] = cuesBetween(timeline, back, T0 + 12_000, T0 + 12_001);
		expect(again?.cue.kind).toBe('start');
		expect(again?.key).not.toBe(first?.key);
	});

	it('returns every cue exactly once when a running routine is swept window by window', () => {
		fc.assert(
			fc.property(timedRoutineArbitrary, fc.integer({ min: 1, max: 5000 }), (r, step) => {
				const tl = compile(r);
				const state = advance(tl, createSession(tl), { type: 'start' }, 0);
				const swept: string[] = [];
				for (let t = 0; t <= tl.totalMs; t += step) swept.push(...cuesBetween(tl, state, t, t + step).map((c) => c.key));
				const whole = cuesBetween(tl, state, 0, tl.totalMs + step).map((c) => c.key);
				expect(swept).toEqual(whole);
				expect(new Set(whole).size).toBe(whole.length);
			}),
			{ numRuns: 60 }
		);
	});
});

describe('cue buzzes', () => {
	it('vibrates a pattern of its own for each change, and not for reps, halfway or the end of a hold', () => {
		const patterns = (['start', 'get-ready', 'switch', 'rest', 'countdown', 'finish', 'rep', 'halfway', 'end'] as const).map((kind) =>
			vibrationPattern({ kind, atMs: 0 })
		);
		expect(patterns).toEqual([[400], [120, 80, 120], [200, 100, 200], [600], [60], [300, 100, 300, 100, 600], null, null, null]);
	});
});

describe('the window of cues', () => {
	it('is empty when it has no length or runs backwards', () => {
		expect(cuesBetween(timeline, started, T0 + 5000, T0 + 5000)).toEqual([]);
		expect(cuesBetween(timeline, started, T0 + 6000, T0 + 5000)).toEqual([]);
	});

	it('comes in time order and leaves out the instant the window ends at', () => {
		const cues = cuesBetween(timeline, started, T0, T0 + 60_000);
		const times = cues.map((c) => c.atMs);
		expect(times).toEqual([...times].sort((a, b) => a - b));
		expect(cuesBetween(timeline, started, T0, T0 + 5000).map((c) => c.atMs - T0)).not.toContain(5000);
	});

	it('knows nothing past a self-paced set: no cue after it is returned', () => {
		const lunges = timeline.segments.findIndex((s) => s.durationMs === null);
		const lastTimed = timeline.segments[lunges - 1]!;
		const end = lastTimed.startMs + (lastTimed.durationMs ?? 0);
		const cues = cuesBetween(timeline, started, T0, T0 + end + 3_600_000);
		expect(cues.every((c) => c.segmentIndex <= lunges)).toBe(true);
		expect(cues.filter((c) => c.segmentIndex === lunges).map((c) => c.cue.kind)).toEqual(['start']);
	});
});
