import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advance, createSession } from './session';
import { endSessionInProgress, latestInProgress, parseSessionInProgress } from './session-in-progress';
import { buildRoutine, buildSessionInProgress } from './testing/records';
import { compile } from './timeline';
import { deeplyNested, fuzzRuns, hostileValue } from './testing/fuzz';

describe('a session in progress', () => {
	const good = buildSessionInProgress('s1');

	it('reads back as it was written', () => {
		expect(parseSessionInProgress(good)).toEqual({ ok: true, value: good });
	});

	it('reads back one with briefs in its timeline, with the options it was compiled with', () => {
		const routine = buildRoutine({}, [{ kind: 'timed', name: 'Pigeon', seconds: 30, instructions: 'Shin across.' }]);
		const options = { briefings: true, getReadySeconds: 3 };
		const timeline = compile(routine, options);
		const state = advance(timeline, createSession(timeline), { type: 'start' }, 1_000_000);
		const briefed = { ...buildSessionInProgress('s2', routine), options, state };
		expect(timeline.segments[0]?.kind).toBe('brief');
		expect(parseSessionInProgress(briefed)).toEqual({ ok: true, value: briefed });
	});

	it.each([
		['bad brief options', { options: { briefings: 'yes' } }, /options/],
		['no routine', { routine: undefined }, /^routine/],
		['a broken routine', { routine: { ...good.routine, steps: [] } }, /^routine: steps/],
		['no state', { state: undefined }, /state/],
		['a state for another routine', { state: { ...good.state, spentMs: [0], endings: [null] } }, /does not fit/],
		['a state past the end', { state: { ...good.state, index: 99 } }, /does not fit/],
		['a finished state', { state: { ...good.state, status: 'finished' } }, /not in progress/],
		['a paused state with no pause time', { state: { ...good.state, status: 'paused' } }, /no pause time/],
		['an anchor that is not a number', { state: { ...good.state, anchorMs: '12' } }, /state\.anchorMs/],
		['no session id', { sessionId: '' }, /sessionId/],
		['bad options', { options: { getReadySeconds: -3 } }, /options/],
		['a checkpoint no date can hold', { updatedAt: 8.7e15 }, /updatedAt/],
		['a last event after the checkpoint', { state: { ...good.state, anchorMs: good.updatedAt + 365 * 86_400_000 } }, /not in order/],
		['a start after the last event', { state: { ...good.state, startedAtMs: good.state.anchorMs + 1 } }, /not in order/],
		['a routine that had run out at its checkpoint', { updatedAt: good.state.anchorMs + 3_600_000 }, /already run out/]
	])('refuses one with %s', (_name, change, reason) => {
		const parsed = parseSessionInProgress({ ...good, ...change });
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.reason).toMatch(reason);
	});

	it('never throws, whatever is stored (property)', () => {
		fc.assert(
			fc.property(fc.anything(), (value) => {
				expect(typeof parseSessionInProgress(value).ok).toBe('boolean');
			})
		);
	});

	it('is ended as partial at its last checkpoint, counting no time after it', () => {
		const routine = buildRoutine();
		const inProgress = buildSessionInProgress('s1', routine, 1_000_000, 4000);
		const record = endSessionInProgress(inProgress);
		expect(record).toMatchObject({ id: 's1', status: 'partial', startedAt: 1_000_000, endedAt: 1_004_000, activeSeconds: 4 });
		expect(record.steps.map((s) => s.status)).toEqual(['partial', 'skipped']);
	});

	it('the latest is the one checkpointed last', () => {
		const a = buildSessionInProgress('a', undefined, 1000, 5000);
		const b = buildSessionInProgress('b', undefined, 1000, 9000);
		expect(latestInProgress([a, b])).toBe(b);
		expect(latestInProgress([b, a])).toBe(b);
		expect(latestInProgress([])).toBeNull();
	});

	it('reads back a paused checkpoint from the engine', () => {
		const routine = buildRoutine();
		const paused = advance(compile(routine), good.state, { type: 'pause' }, 1_002_000);
		expect(parseSessionInProgress({ ...good, state: paused, updatedAt: 1_002_000 }).ok).toBe(true);
	});
});

describe('fuzzed sessions in progress read back from storage', () => {
	it('any value, or a record with a part broken, is read or refused with a reason: never a throw', () => {
		const valid = buildSessionInProgress('s1', buildRoutine());
		fc.assert(
			fc.property(hostileValue(valid), (value) => {
				const parsed = parseSessionInProgress(value);
				if (!parsed.ok) expect(parsed.reason).toMatch(/\S/);
			}),
			{ numRuns: fuzzRuns(2000) }
		);
		expect(parseSessionInProgress(deeplyNested()).ok).toBe(false);
	});
});
