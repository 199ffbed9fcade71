import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dosedRoutine } from './progression';
import { advance, createSession } from './session';
import {
	buildLoggedSession,
	buildSessionRecord,
	MAX_NOTE_LENGTH,
	parseSessionRecord,
	withCheckIns,
	withNextDayDismissed,
	withNotes,
	withoutCheckInOf
} from './session-record';
import { timedRoutineArbitrary } from './testing/arbitraries';
import { buildRoutine, buildSessionRecord as fixture } from './testing/records';
import { compile } from './timeline';
import { deeplyNested, fuzzRuns, hostileValue } from './testing/fuzz';

describe('the session record', () => {
	it('is built from a finished state with its version and last change', () => {
		const routine = buildRoutine();
		const timeline = compile(routine);
		let state = advance(timeline, createSession(timeline), { type: 'start' }, 1000);
		state = advance(timeline, state, { type: 'finish' }, 6000);
		expect(buildSessionRecord('s', routine, timeline, state)).toMatchObject({
			recordVersion: 1,
			updatedAt: 6000,
			id: 's',
			status: 'partial',
			activeSeconds: 5
		});
	});

	it('records the plan’s dose the routine ran, and nothing for one without', () => {
		const routine = buildRoutine({}, [{ kind: 'timed', id: 'hold', name: 'Hold', seconds: 10 }]);
		const dosed = dosedRoutine(routine, 'entry-1', { hold: { seconds: 15 } });
		const timeline = compile(dosed);
		let state = advance(timeline, createSession(timeline), { type: 'start' }, 1000);
		state = advance(timeline, state, { type: 'finish' }, 6000);
		const record = buildSessionRecord('s', dosed, timeline, state);
		expect(record.dose).toEqual({ entryId: 'entry-1', steps: { hold: { seconds: 15 } } });
		expect(parseSessionRecord(record)).toEqual({ ok: true, value: record });
		expect(buildSessionRecord('s', routine, compile(routine), state).dose).toBeUndefined();
		// A dose changed by hand into nonsense inside the routine is not recorded.
		const broken = { ...dosed, 'x-unknot-dose': { entryId: 'entry-1', steps: { hold: { seconds: -1 } } } };
		expect(buildSessionRecord('s', broken, timeline, state).dose).toBeUndefined();
	});

	it('counts active time without the pauses', () => {
		const routine = buildRoutine();
		const timeline = compile(routine);
		let state = advance(timeline, createSession(timeline), { type: 'start' }, 1000);
		state = advance(timeline, state, { type: 'pause' }, 3000);
		state = advance(timeline, state, { type: 'resume' }, 63_000);
		state = advance(timeline, state, { type: 'finish' }, 64_000);
		expect(buildSessionRecord('s', routine, timeline, state).activeSeconds).toBe(3);
	});

	it('reads back every record the player builds (property)', () => {
		fc.assert(
			fc.property(timedRoutineArbitrary, fc.integer({ min: 0, max: 3_600_000 }), (routine, ms) => {
				const timeline = compile(routine);
				let state = advance(timeline, createSession(timeline), { type: 'start' }, 1000);
				state = advance(timeline, state, { type: 'finish' }, 1000 + ms);
				const record = buildSessionRecord('s', routine, timeline, state);
				expect(parseSessionRecord(record)).toEqual({ ok: true, value: record });
			}),
			{ numRuns: 50 }
		);
	});

	it.each([
		['a start date as text', { startedAt: 'yesterday' }, /startedAt/],
		['no steps', { steps: undefined }, /steps/],
		['a pain score of 11', { painAfter: 11 }, /checkIns\.0\.score/],
		['a fractional pain score', { painBefore: 2.5 }, /checkIns\.0\.score/],
		['a check-in at an unknown moment', { checkIns: [{ spot: 'Left hip', moment: 'later', score: 2, at: 1 }] }, /checkIns\.0\.moment/],
		['a check-in with an untrimmed spot', { checkIns: [{ spot: ' Left hip', moment: 'after', score: 2, at: 1 }] }, /checkIns\.0\.spot/],
		['a check-in with an empty spot', { checkIns: [{ spot: '', moment: 'after', score: 2, at: 1 }] }, /checkIns\.0\.spot/],
		['a check-in with no time', { checkIns: [{ spot: 'Left hip', moment: 'after', score: 2 }] }, /checkIns\.0\.at/],
		['too many check-ins', { checkIns: Array.from({ length: 61 }, () => ({ spot: 'Hip', moment: 'after', score: 2, at: 1 })) }, /checkIns/],
		['logged by hand set to false', { loggedByHand: false }, /loggedByHand/],
		['an unknown status', { status: 'abandoned' }, /status/],
		['NaN seconds', { activeSeconds: Number.NaN }, /activeSeconds/],
		['a step with no name', { steps: [{ stepIndex: 0, status: 'done', secondsSpent: 1, secondsPlanned: 1 }] }, /steps\.0\.name/],
		['an over-long note', { notes: 'x'.repeat(MAX_NOTE_LENGTH + 1) }, /notes/],
		['no record version', { recordVersion: undefined }, /recordVersion/],
		['a start no date can hold', { startedAt: 9e15 }, /startedAt/],
		['an end no date can hold', { endedAt: -9e15 }, /endedAt/],
		['an empty routine id', { routineId: '' }, /routineId/]
	])('refuses a record with %s, saying where', (_name, change, where) => {
		const parsed = parseSessionRecord({ ...fixture('s', 1000), ...change });
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.reason).toMatch(where);
	});

	it('says when a record was written by a newer version', () => {
		expect(parseSessionRecord({ ...fixture('s', 1000), recordVersion: 2 })).toEqual({
			ok: false,
			reason: 'written by a newer version of Unknot (record version 2)'
		});
	});

	it('keeps keys a later version added', () => {
		const parsed = parseSessionRecord({ ...fixture('s', 1000), mood: 'good' });
		expect(parsed.ok && parsed.value.mood).toBe('good');
	});

	it('never throws, whatever is stored (property)', () => {
		fc.assert(
			fc.property(fc.anything(), (value) => {
				expect(typeof parseSessionRecord(value).ok).toBe('boolean');
			})
		);
	});
});

describe('a record from before spots had names', () => {
	it('reads its scores as check-ins for the unnamed spot, at its start and end', () => {
		const parsed = parseSessionRecord({ ...fixture('s', 1000), painBefore: 5, painAfter: 3 });
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.value.checkIns).toEqual([
			{ spot: 'Sore spot', moment: 'before', score: 5, at: 1000 },
			{ spot: 'Sore spot', moment: 'after', score: 3, at: 601_000 }
		]);
		expect('painBefore' in parsed.value || 'painAfter' in parsed.value).toBe(false);
	});

	it('reads two answers for one spot and moment (in any case) as the later one', () => {
		const hip = { spot: 'Achilles', moment: 'after', score: 3, at: 5 };
		const parsed = parseSessionRecord({ ...fixture('s', 1000), checkIns: [hip, { ...hip, spot: 'ACHILLES', score: 6 }, hip] });
		expect(parsed.ok && parsed.value.checkIns).toEqual([hip]);
		const twice = parseSessionRecord({ ...fixture('s', 1000), checkIns: [hip, { ...hip, spot: 'ACHILLES', score: 6 }] });
		expect(twice.ok && twice.value.checkIns).toEqual([{ ...hip, spot: 'ACHILLES', score: 6 }]);
	});

	it('reads a record with no check-ins at all as having none', () => {
		const { checkIns: _none, ...old } = fixture('s', 1000);
		const parsed = parseSessionRecord(old);
		expect(parsed.ok && parsed.value.checkIns).toEqual([]);
	});
});

describe('changing a session', () => {
	const hip = (moment: 'before' | 'after' | 'next-day', score: number, at = 50) => ({ spot: 'Left hip', moment, score, at });

	it('adds check-ins, replacing an earlier answer for the same spot and moment, and stamps the change', () => {
		const once = withCheckIns(fixture('s', 1000), [hip('before', 5), hip('after', 4)], 99);
		const twice = withCheckIns(once, [hip('after', 2, 60)], 120);
		expect(twice.checkIns).toEqual([hip('before', 5), hip('after', 2, 60)]);
		expect(twice.updatedAt).toBe(120);
		expect(parseSessionRecord(twice).ok).toBe(true);
	});

	it.each([11, -1, 2.5, Number.NaN])('refuses a pain score of %s', (score) => {
		expect(() => withCheckIns(fixture('s', 1000), [hip('after', score)], 99)).toThrow(RangeError);
	});

	it.each([0, 10])('takes a pain score of %s', (score) => {
		expect(withCheckIns(fixture('s', 1000), [hip('after', score)], 99).checkIns[0]?.score).toBe(score);
	});

	it('refuses a 61st check-in rather than write a record that cannot be read back', () => {
		const many = Array.from({ length: 60 }, (_, i) => ({ spot: `Spot ${i}`, moment: 'after' as const, score: 1, at: 1 }));
		const full = withCheckIns(fixture('s', 1000), many, 99);
		expect(full.checkIns).toHaveLength(60);
		expect(() => withCheckIns(full, [hip('after', 1)], 100)).toThrow(RangeError);
	});

	it('removes one check-in, matching the spot in any case', () => {
		const record = withCheckIns(fixture('s', 1000), [hip('before', 5), hip('after', 4)], 99);
		expect(withoutCheckInOf(record, 'left HIP', 'after', 100).checkIns).toEqual([hip('before', 5)]);
	});

	it('keeps a trimmed note, and removes an empty one', () => {
		expect(withNotes(fixture('s', 1000), '  hip eased off  ', 99)).toMatchObject({ notes: 'hip eased off', updatedAt: 99 });
		expect('notes' in withNotes(fixture('s', 1000, { notes: 'old' }), '   ', 99)).toBe(false);
	});

	it('cuts a note to its cap, so a record always reads back', () => {
		const updated = withNotes(fixture('s', 1000), 'n'.repeat(MAX_NOTE_LENGTH + 500), 99);
		expect(updated.notes).toHaveLength(MAX_NOTE_LENGTH);
		expect(parseSessionRecord(updated).ok).toBe(true);
	});

	it('dismisses the next-day question for a spot once', () => {
		const once = withNextDayDismissed(fixture('s', 1000), 'Left hip', 99);
		expect(once).toMatchObject({ nextDayDismissed: ['Left hip'], updatedAt: 99 });
		expect(withNextDayDismissed(once, 'left hip', 120)).toBe(once);
	});
});

describe('a session logged by hand', () => {
	it('is completed, every step done for its planned time, ending when the routine would have', () => {
		const routine = buildRoutine();
		const timeline = compile(routine);
		const record = buildLoggedSession('s', routine, timeline, { startedAt: 10_000, checkIns: [{ spot: 'Left hip', moment: 'after', score: 2, at: 30_000 }], notes: ' did it at the track ' }, 99_000);
		expect(record).toMatchObject({
			id: 's',
			routineId: 'two-holds',
			status: 'completed',
			loggedByHand: true,
			startedAt: 10_000,
			endedAt: 10_000 + timeline.totalMs,
			activeSeconds: Math.round(timeline.totalMs / 1000),
			notes: 'did it at the track',
			updatedAt: 99_000,
			checkIns: [{ spot: 'Left hip', moment: 'after', score: 2, at: 10_000 + timeline.totalMs }]
		});
		expect(record.steps).toEqual([
			{ stepIndex: 0, name: 'Hold', status: 'done', secondsSpent: 10, secondsPlanned: 10 },
			{ stepIndex: 1, name: 'Plank', status: 'done', secondsSpent: 5, secondsPlanned: 5 }
		]);
		expect(parseSessionRecord(record)).toEqual({ ok: true, value: record });
	});
});

describe('fuzzed session records read back from storage', () => {
	it('any value, or a record with a part broken, is read or refused with a reason: never a throw', () => {
		const valid = fixture('s1', 1_000_000);
		fc.assert(
			fc.property(hostileValue(valid), (value) => {
				const parsed = parseSessionRecord(value);
				if (!parsed.ok) expect(parsed.reason).toMatch(/\S/);
			}),
			{ numRuns: fuzzRuns(2000) }
		);
		expect(parseSessionRecord(deeplyNested()).ok).toBe(false);
	});
});
