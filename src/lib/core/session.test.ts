import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildRoutine } from './testing/records';
import {
	advance,
	BACK_TO_PREVIOUS_WITHIN_MS,
	CARRY_ON_WITHIN_MS,
	createSession,
	positionAt,
	restoreAfterGap,
	settle,
	shiftState,
	summarize,
	type SessionEvent,
	type SessionState
} from './session';
import { eventScriptArbitrary, routineArbitrary, timedRoutineArbitrary } from './testing/arbitraries';
import { compile, type Timeline } from './timeline';

const T0 = 1_700_000_000_000;

/** Get ready 5 s, Hold 30 s, Rest 10 s, get ready 5 s, Lunges (self-paced). */
const routine = buildRoutine({}, [
	{ kind: 'timed', name: 'Hold', seconds: 30 },
	{ kind: 'rest', seconds: 10 },
	{ kind: 'reps', name: 'Lunges', reps: 10 }
]);
let timeline: Timeline;
let names: string[];
// Built before each test, never at load, so a test sees the code as it is now (and mutation testing sees the test).
beforeEach(() => {
	timeline = compile(routine);
	names = routine.steps.map((s) => s.name ?? 'Rest');
});

function run(events: [number, SessionEvent][], tl: Timeline = timeline): SessionState {
	let state = createSession(tl);
	for (const [at, event] of events) state = advance(tl, state, event, at);
	return state;
}

function started(tl: Timeline = timeline): SessionState {
	return advance(tl, createSession(tl), { type: 'start' }, T0);
}

/** Started at T0 and skipped, a millisecond apart, to the self-paced Lunges. */
function skippedToLunges(): SessionState {
	return run([
		[T0, { type: 'start' }],
		[T0 + 1, { type: 'skip' }],
		[T0 + 2, { type: 'skip' }],
		[T0 + 3, { type: 'skip' }],
		[T0 + 4, { type: 'skip' }]
	]);
}

type Script = { gapMs: number; event: SessionEvent }[];

/** Starts at T0 and applies a script of events; `each` sees every intermediate state. */
function playScript(tl: Timeline, script: Script, each?: (state: SessionState, now: number) => void) {
	let state = started(tl);
	let now = T0;
	for (const { gapMs, event } of script) {
		now += gapMs;
		state = advance(tl, state, event, now);
		each?.(state, now);
	}
	return { state, now };
}

describe('a session', () => {
	it('is ready and at the first segment before it starts, whatever the time', () => {
		const position = positionAt(timeline, createSession(timeline), T0 + 99_000);
		expect(position).toMatchObject({ status: 'ready', index: 0, elapsedMs: 0, remainingMs: 5000 });
	});

	it('counts down the current segment from the start time', () => {
		const position = positionAt(timeline, started(), T0 + 3200);
		expect(position).toMatchObject({ status: 'running', index: 0, elapsedMs: 3200, remainingMs: 1800 });
	});

	it('moves into the next segment exactly where the last one ended', () => {
		expect(positionAt(timeline, started(), T0 + 5000)).toMatchObject({ index: 1, elapsedMs: 0, remainingMs: 30_000 });
		expect(positionAt(timeline, started(), T0 + 36_000)).toMatchObject({ index: 2, elapsedMs: 1000, remainingMs: 9000 });
	});

	it('waits at a self-paced segment until Done', () => {
		const position = positionAt(timeline, started(), T0 + 10 * 60_000);
		expect(position).toMatchObject({ status: 'running', index: 4, remainingMs: null, durationMs: null });
		const done = advance(timeline, started(), { type: 'done' }, T0 + 10 * 60_000);
		expect(done.status).toBe('finished');
		expect(done.finishedAtMs).toBe(T0 + 10 * 60_000);
	});

	it('ignores Done on a timed segment', () => {
		const state = started();
		expect(advance(timeline, state, { type: 'done' }, T0 + 1000)).toBe(state);
	});

	it('holds the time while paused and carries on from the same point on resume', () => {
		const paused = run([
			[T0, { type: 'start' }],
			[T0 + 7000, { type: 'pause' }]
		]);
		expect(positionAt(timeline, paused, T0 + 60_000)).toMatchObject({ status: 'paused', index: 1, elapsedMs: 2000 });
		const resumed = advance(timeline, paused, { type: 'resume' }, T0 + 60_000);
		expect(positionAt(timeline, resumed, T0 + 61_000)).toMatchObject({ status: 'running', index: 1, elapsedMs: 3000 });
		expect(resumed.pausedMs).toBe(53_000);
	});

	it('skips to the start of the next segment and marks the skipped one', () => {
		const state = advance(timeline, started(), { type: 'skip' }, T0 + 8000);
		expect(positionAt(timeline, state, T0 + 8000)).toMatchObject({ index: 2, elapsedMs: 0 });
		expect(state.endings[1]).toBe('skipped');
		expect(state.spentMs[1]).toBe(3000);
	});

	it('goes back to the start of the current segment after its first 2 seconds', () => {
		const state = advance(timeline, started(), { type: 'back' }, T0 + 9000);
		expect(positionAt(timeline, state, T0 + 9000)).toMatchObject({ index: 1, elapsedMs: 0, remainingMs: 30_000 });
	});

	it('goes back to the previous segment within the first 2 seconds', () => {
		const state = advance(timeline, started(), { type: 'back' }, T0 + 6500);
		expect(positionAt(timeline, state, T0 + 6500)).toMatchObject({ index: 0, elapsedMs: 0, remainingMs: 5000 });
	});

	it('stays at the first segment when going back from it', () => {
		const state = advance(timeline, started(), { type: 'back' }, T0 + 1000);
		expect(positionAt(timeline, state, T0 + 1000)).toMatchObject({ index: 0, elapsedMs: 0 });
	});

	describe('jump', () => {
		it('records the segment left and every one jumped over as skipped, keeping the time spent', () => {
			const state = advance(timeline, started(), { type: 'jump', index: 3 }, T0 + 8000);
			expect(positionAt(timeline, state, T0 + 9000)).toMatchObject({ status: 'running', index: 3, elapsedMs: 1000 });
			expect(state.endings).toEqual(['completed', 'skipped', 'skipped', null, null]);
			expect(state.spentMs).toEqual([5000, 3000, 0, 0, 0]);
		});

		it('to the next segment is a skip', () => {
			expect(advance(timeline, started(), { type: 'jump', index: 2 }, T0 + 8000)).toEqual(
				advance(timeline, started(), { type: 'skip' }, T0 + 8000)
			);
		});

		it('back to a segment starts a new visit whose time adds to the first', () => {
			const state = run([
				[T0, { type: 'start' }],
				[T0 + 8000, { type: 'skip' }], // 3 s of Hold
				[T0 + 9000, { type: 'jump', index: 1 }] // 1 s of Rest, then Hold again
			]);
			expect(positionAt(timeline, state, T0 + 9000)).toMatchObject({ index: 1, elapsedMs: 0, remainingMs: 30_000 });
			expect(state.endings[1]).toBeNull();
			expect(state.spentMs.slice(0, 3)).toEqual([5000, 3000, 1000]);
			const done = advance(timeline, state, { type: 'finish' }, T0 + 19_000);
			expect(summarize(timeline, done, names)[0]).toMatchObject({ status: 'partial', secondsSpent: 13 });
		});

		it('keeps a segment completed on an earlier visit completed when jumped over again', () => {
			const state = run([
				[T0, { type: 'start' }],
				[T0 + 35_000, { type: 'jump', index: 0 }], // Hold ran out at 35 s; back to the start
				[T0 + 36_000, { type: 'jump', index: 3 }]
			]);
			expect(state.endings.slice(0, 3)).toEqual(['skipped', 'completed', 'skipped']);
			expect(summarize(timeline, state, names)[0]).toMatchObject({ status: 'done', secondsSpent: 30 });
		});

		it('to the segment count finishes the session with the rest skipped', () => {
			const state = advance(timeline, started(), { type: 'jump', index: 5 }, T0 + 8000);
			expect(state).toMatchObject({ status: 'finished', index: 5, finishedAtMs: T0 + 8000 });
			expect(state.endings).toEqual(['completed', 'skipped', 'skipped', 'skipped', 'skipped']);
		});

		it('from the last segment to the end finishes it', () => {
			const state = advance(timeline, skippedToLunges(), { type: 'jump', index: 5 }, T0 + 10);
			expect(state).toMatchObject({ status: 'finished', finishedAtMs: T0 + 10 });
		});

		it('keeps a paused session paused where it lands', () => {
			const paused = run([
				[T0, { type: 'start' }],
				[T0 + 1000, { type: 'pause' }]
			]);
			const state = advance(timeline, paused, { type: 'jump', index: 2 }, T0 + 4000);
			expect(positionAt(timeline, state, T0 + 60_000)).toMatchObject({ status: 'paused', index: 2, elapsedMs: 0 });
		});

		it('changes nothing for an index outside the timeline or not whole', () => {
			const state = started();
			for (const index of [-1, 6, 1.5, Number.NaN]) {
				expect(advance(timeline, state, { type: 'jump', index }, T0 + 1000)).toBe(state);
			}
		});
	});

	it('adds 10 s to the current segment only', () => {
		const state = advance(timeline, started(), { type: 'add-time' }, T0 + 6000);
		expect(positionAt(timeline, state, T0 + 6000)).toMatchObject({ index: 1, durationMs: 40_000, remainingMs: 39_000 });
		expect(positionAt(timeline, state, T0 + 45_000)).toMatchObject({ index: 2, elapsedMs: 0, remainingMs: 10_000 });
	});

	it('ends early on Finish and records the time spent so far', () => {
		const state = advance(timeline, started(), { type: 'finish' }, T0 + 20_000);
		expect(state).toMatchObject({ status: 'finished', index: 1, finishedAtMs: T0 + 20_000 });
		expect(state.spentMs[1]).toBe(15_000);
	});

	it('finishes at the exact end of the last segment, however late it is asked', () => {
		const tl = compile({ ...routine, steps: [{ kind: 'timed', name: 'Hold', seconds: 30, getReadySeconds: 0 }] });
		const state = settle(tl, started(tl), T0 + 99_000);
		expect(state).toMatchObject({ status: 'finished', finishedAtMs: T0 + 30_000 });
		expect(positionAt(tl, state, T0 + 99_000).routineProgress).toBe(1);
	});

	it('ignores events before start and after finish', () => {
		const ready = createSession(timeline);
		expect(advance(timeline, ready, { type: 'pause' }, T0)).toBe(ready);
		const finished = advance(timeline, started(), { type: 'finish' }, T0 + 1000);
		expect(advance(timeline, finished, { type: 'resume' }, T0 + 2000)).toBe(finished);
	});

	it('never rewinds when the clock steps backwards', () => {
		const state = settle(timeline, started(), T0 + 8000);
		expect(positionAt(timeline, state, T0 + 1000)).toMatchObject({ index: 1, elapsedMs: 3000 });
	});

	it('reports the current paced rep', () => {
		const tl = compile({ ...routine, steps: [{ kind: 'reps', name: 'Clams', reps: 15, secondsPerRep: 2, getReadySeconds: 0 }] });
		expect(positionAt(tl, started(tl), T0 + 12_500).rep).toBe(7);
		expect(positionAt(tl, started(tl), T0 + 29_999).rep).toBe(15);
	});

	it('reports the routine’s remaining time and progress', () => {
		const position = positionAt(timeline, started(), T0 + 15_000);
		expect(position.routineRemainingMs).toBe(timeline.totalMs - 15_000);
		expect(position.routineProgress).toBeCloseTo(15_000 / timeline.totalMs);
	});
});

describe('summarize', () => {
	it('marks steps done, skipped or partial with the seconds actually spent', () => {
		const state = run([
			[T0, { type: 'start' }],
			[T0 + 20_000, { type: 'skip' }], // Hold: 15 s of 30
			[T0 + 28_000, { type: 'finish' }] // Rest: 8 s of 10
		]);
		expect(summarize(timeline, state, names)).toEqual([
			{ stepIndex: 0, name: 'Hold', status: 'partial', secondsSpent: 15, secondsPlanned: 30 },
			{ stepIndex: 1, name: 'Rest', status: 'partial', secondsSpent: 8, secondsPlanned: 10 },
			{ stepIndex: 2, name: 'Lunges', status: 'skipped', secondsSpent: 0, secondsPlanned: null }
		]);
	});

	it('marks every step done when the routine runs through', () => {
		const state = run([
			[T0, { type: 'start' }],
			[T0 + 100_000, { type: 'done' }]
		]);
		expect(summarize(timeline, state, names).map((s) => s.status)).toEqual(['done', 'done', 'done']);
	});

	it('counts time in the current segment of a session still going', () => {
		expect(summarize(timeline, settle(timeline, started(), T0 + 9000), names)[0]?.secondsSpent).toBe(4);
	});
});

describe('session properties', () => {
	it('runs any timed routine to its end after exactly its planned length', () => {
		fc.assert(
			fc.property(timedRoutineArbitrary, (r) => {
				const tl = compile(r);
				const sum = tl.segments.reduce((total, s) => total + (s.durationMs ?? 0), 0);
				expect(tl.totalMs).toBe(sum);
				const state = started(tl);
				if (tl.totalMs > 0) expect(positionAt(tl, state, T0 + tl.totalMs - 1).status).toBe('running');
				const end = settle(tl, state, T0 + tl.totalMs);
				expect(end.status).toBe('finished');
				expect(end.finishedAtMs).toBe(T0 + tl.totalMs);
			})
		);
	});

	it('lays segments contiguously and in order', () => {
		fc.assert(
			fc.property(routineArbitrary, (r) => {
				const tl = compile(r);
				let offset = 0;
				for (const segment of tl.segments) {
					expect(segment.startMs).toBe(offset);
					expect(segment.durationMs === null || segment.durationMs > 0).toBe(true);
					offset += segment.durationMs ?? 0;
				}
				expect(tl.totalMs).toBe(offset);
			})
		);
	});

	it('gives the same state at t whether reached in one jump or many small ones', () => {
		fc.assert(
			fc.property(
				routineArbitrary,
				eventScriptArbitrary,
				fc.array(fc.integer({ min: 0, max: 120_000 }), { maxLength: 8 }),
				(r, script, probes) => {
					const tl = compile(r);
					let direct = started(tl);
					let stepped = started(tl);
					let now = T0;
					for (const { gapMs, event } of script) {
						// The stepped copy is settled at extra instants between events, as a frame loop would.
						for (const probe of probes) if (probe < gapMs) stepped = settle(tl, stepped, now + probe);
						now += gapMs;
						direct = advance(tl, direct, event, now);
						stepped = advance(tl, stepped, event, now);
					}
					const end = now + 200_000;
					expect(positionAt(tl, stepped, end)).toEqual(positionAt(tl, direct, end));
					expect(settle(tl, stepped, end)).toEqual(settle(tl, direct, end));
				}
			)
		);
	});

	it('never counts paused time', () => {
		fc.assert(
			fc.property(
				timedRoutineArbitrary,
				fc.integer({ min: 0, max: 60_000 }),
				fc.integer({ min: 1, max: 600_000 }),
				fc.integer({ min: 0, max: 60_000 }),
				(r, pauseAt, pauseFor, after) => {
					const tl = compile(r);
					const plain = started(tl);
					const paused = advance(tl, plain, { type: 'pause' }, T0 + pauseAt);
					const resumed = advance(tl, paused, { type: 'resume' }, T0 + pauseAt + pauseFor);
					const withPause = positionAt(tl, resumed, T0 + pauseAt + pauseFor + after);
					const withoutPause = positionAt(tl, plain, T0 + pauseAt + after);
					expect({ ...withPause, status: null }).toEqual({ ...withoutPause, status: null });
				}
			)
		);
	});

	it('restores a state serialised at any point and carries on exactly', () => {
		fc.assert(
			fc.property(routineArbitrary, eventScriptArbitrary, fc.integer({ min: 0, max: 300_000 }), (r, script, later) => {
				const tl = compile(r);
				const { state, now } = playScript(tl, script);
				const restored = JSON.parse(JSON.stringify(state)) as SessionState;
				expect(restored).toEqual(state);
				expect(positionAt(tl, restored, now + later)).toEqual(positionAt(tl, state, now + later));
				expect(advance(tl, restored, { type: 'skip' }, now + later)).toEqual(advance(tl, state, { type: 'skip' }, now + later));
			})
		);
	});

	it('keeps its bookkeeping consistent under any events', () => {
		fc.assert(
			fc.property(routineArbitrary, eventScriptArbitrary, (r, script) => {
				const tl = compile(r);
				const { state } = playScript(tl, script, (state, now) => {
					const position = positionAt(tl, state, now);
					expect(position.index).toBeGreaterThanOrEqual(0);
					expect(position.index).toBeLessThanOrEqual(tl.segments.length);
					expect(position.elapsedMs).toBeGreaterThanOrEqual(0);
					expect(state.pausedMs).toBeGreaterThanOrEqual(0);
					expect(state.spentMs.every((ms) => Number.isFinite(ms) && ms >= 0)).toBe(true);
					if (position.remainingMs !== null) expect(position.remainingMs).toBeGreaterThanOrEqual(0);
				});
				const outcomes = summarize(tl, state, r.steps.map((s) => s.name ?? 'Rest'));
				expect(outcomes).toHaveLength(r.steps.length);
			})
		);
	});
});

describe('the time rule across a gap', () => {
	const timeline = compile(buildRoutine({}, [{ kind: 'timed', name: 'Hold', seconds: 600, getReadySeconds: 0 }]));
	const running = advance(timeline, createSession(timeline), { type: 'start' }, T0);
	const checkpoint = T0 + 10_000;

	it('carries on as if never stopped up to 2 minutes after the checkpoint, to the millisecond', () => {
		const state = restoreAfterGap(timeline, running, checkpoint, checkpoint + CARRY_ON_WITHIN_MS);
		expect(state).toBe(running);
		expect(positionAt(timeline, state, checkpoint + CARRY_ON_WITHIN_MS).elapsedMs).toBe(130_000);
	});

	it('comes back paused at the checkpoint one millisecond later, the gap counted as pause', () => {
		const now = checkpoint + CARRY_ON_WITHIN_MS + 1;
		const state = restoreAfterGap(timeline, running, checkpoint, now);
		expect(positionAt(timeline, state, now)).toMatchObject({ status: 'paused', elapsedMs: 10_000 });
		const ended = advance(timeline, advance(timeline, state, { type: 'resume' }, now), { type: 'finish' }, now + 5000);
		expect(ended.finishedAtMs! - ended.startedAtMs! - ended.pausedMs).toBe(15_000);
	});

	it('never rewinds nor stalls when the clock was set back: the session moves onto the new clock', () => {
		const now = checkpoint - 3_600_000;
		const state = restoreAfterGap(timeline, running, checkpoint, now);
		expect(positionAt(timeline, state, now)).toMatchObject({ status: 'running', elapsedMs: 10_000 });
		expect(positionAt(timeline, state, now + 1000).elapsedMs).toBe(11_000);
	});

	it('moves a paused session onto a clock set back, so Resume counts no negative pause', () => {
		const paused = advance(timeline, running, { type: 'pause' }, checkpoint);
		const now = checkpoint - 3_600_000;
		const state = restoreAfterGap(timeline, paused, checkpoint, now);
		const resumed = advance(timeline, state, { type: 'resume' }, now + 2000);
		expect(resumed.pausedMs).toBe(2000);
		expect(positionAt(timeline, resumed, now + 3000).elapsedMs).toBe(11_000);
	});

	it('shifts every instant and no duration', () => {
		const paused = advance(timeline, running, { type: 'pause' }, checkpoint);
		const shifted = shiftState(paused, -500);
		expect(shifted).toEqual({ ...paused, anchorMs: paused.anchorMs - 500, startedAtMs: T0 - 500, pausedAtMs: checkpoint - 500 });
		expect(shiftState(paused, 0)).toBe(paused);
	});

	it('never counts time backwards or beyond the truth, whatever the gap (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: -86_400_000, max: 86_400_000 }), (gap) => {
				const now = checkpoint + gap;
				const state = restoreAfterGap(timeline, running, checkpoint, now);
				const elapsed = positionAt(timeline, state, now).elapsedMs;
				expect(elapsed).toBeGreaterThanOrEqual(10_000);
				expect(elapsed).toBeLessThanOrEqual(10_000 + Math.min(Math.max(gap, 0), CARRY_ON_WITHIN_MS));
			})
		);
	});
});

describe('events that make no sense now', () => {
	it('change nothing: a second start, any event before start or after the finish', () => {
		const ready = createSession(timeline);
		for (const type of ['pause', 'resume', 'skip', 'back', 'add-time', 'done', 'finish'] as const) {
			expect(advance(timeline, ready, { type }, T0)).toBe(ready);
		}
		const running = started();
		expect(advance(timeline, running, { type: 'start' }, T0 + 10)).toBe(running);
		const finished = advance(timeline, running, { type: 'finish' }, T0 + 1000);
		for (const type of ['pause', 'resume', 'skip', 'back', 'add-time', 'done', 'finish'] as const) {
			expect(advance(timeline, finished, { type }, T0 + 2000)).toBe(finished);
		}
	});

	it('change nothing: pause while paused, resume while running, Done on a timed hold, +10 s on a self-paced set', () => {
		const running = started();
		expect(advance(timeline, running, { type: 'resume' }, T0 + 100)).toBe(running);
		expect(advance(timeline, running, { type: 'done' }, T0 + 100)).toBe(running);
		const paused = advance(timeline, running, { type: 'pause' }, T0 + 100);
		expect(advance(timeline, paused, { type: 'pause' }, T0 + 200)).toBe(paused);
		const atLunges = skippedToLunges();
		expect(timeline.segments[atLunges.index]?.durationMs).toBeNull();
		expect(advance(timeline, atLunges, { type: 'add-time' }, T0 + 10)).toBe(atLunges);
	});

	it.each([0, -5, Number.NaN])('refuses +%s s', (seconds) => {
		const running = started();
		expect(advance(timeline, running, { type: 'add-time', seconds }, T0 + 100)).toBe(running);
	});
});

describe('an empty routine and the edges of time', () => {
	it('finishes at once when nothing in it takes time', () => {
		const empty = compile(buildRoutine({}, [{ kind: 'rest', seconds: 0 }]));
		const state = advance(empty, createSession(empty), { type: 'start' }, T0);
		expect(state).toMatchObject({ status: 'finished', startedAtMs: T0, finishedAtMs: T0 });
		expect(positionAt(empty, state, T0).routineProgress).toBe(1);
	});

	it('goes back to the start of the segment at exactly 2 s in, and to the previous one just before', () => {
		const inHold = run([
			[T0, { type: 'start' }],
			[T0 + 1, { type: 'skip' }]
		]);
		expect(inHold.index).toBe(1);
		expect(advance(timeline, inHold, { type: 'back' }, T0 + 1 + BACK_TO_PREVIOUS_WITHIN_MS).index).toBe(1);
		expect(advance(timeline, inHold, { type: 'back' }, T0 + 1 + BACK_TO_PREVIOUS_WITHIN_MS - 1).index).toBe(0);
	});

	it('counts a pause that lasts until the end, whether ended by End or by skipping the last segment', () => {
		const paused = advance(timeline, started(), { type: 'pause' }, T0 + 1000);
		expect(advance(timeline, paused, { type: 'finish' }, T0 + 61_000).pausedMs).toBe(60_000);
		let atLast = paused;
		for (let i = 0; i < timeline.segments.length; i++) atLast = advance(timeline, atLast, { type: 'skip' }, T0 + 61_000);
		expect(atLast).toMatchObject({ status: 'finished', pausedMs: 60_000 });
	});

	it('shows a finished session as finished, all done, nothing left', () => {
		const finished = advance(timeline, started(), { type: 'finish' }, T0 + 1000);
		expect(positionAt(timeline, finished, T0 + 5000)).toMatchObject({
			status: 'finished',
			remainingMs: 0,
			rep: null,
			routineRemainingMs: 0,
			routineProgress: 1
		});
	});

	it('lets a self-paced set run on past any length, with no time left shown and no rep', () => {
		const atLunges = skippedToLunges();
		expect(positionAt(timeline, atLunges, T0 + 4 + 600_000)).toMatchObject({ elapsedMs: 600_000, durationMs: null, remainingMs: null, rep: null });
	});

	it('counts the rep only during paced work, not the get-ready before it', () => {
		const paced = compile(buildRoutine({}, [{ kind: 'reps', name: 'Clams', reps: 5, secondsPerRep: 2, getReadySeconds: 3 }]));
		const state = advance(paced, createSession(paced), { type: 'start' }, T0);
		expect(positionAt(paced, state, T0 + 1000).rep).toBeNull();
		expect(positionAt(paced, state, T0 + 3000 + 4500).rep).toBe(3);
		expect(positionAt(paced, state, T0).routineProgress).toBe(0);
	});

	it('summarizes a running session with the time spent in the segment it is in', () => {
		const inHold = advance(timeline, run([[T0, { type: 'start' }]]), { type: 'pause' }, T0 + 15_000);
		const hold = summarize(timeline, inHold, names)[0]!;
		expect(hold).toMatchObject({ status: 'partial', secondsSpent: 10 });
		const ended = advance(timeline, inHold, { type: 'finish' }, T0 + 20_000);
		expect(summarize(timeline, ended, names)[0]?.secondsSpent).toBe(10);
	});

	it('shows no progress, never NaN, for a routine whose only step is self-paced', () => {
		const selfPaced = compile(buildRoutine({}, [{ kind: 'reps', name: 'Lunges', reps: 10, getReadySeconds: 0 }]));
		const state = advance(selfPaced, createSession(selfPaced), { type: 'start' }, T0);
		expect(positionAt(selfPaced, state, T0 + 5000).routineProgress).toBe(0);
	});
});
