import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advance, createSession } from './session';
import { buildSessionRecord, MAX_NOTE_LENGTH, parseSessionRecord, withCheckIn } from './session-record';
import { timedRoutineArbitrary } from './testing/arbitraries';
import { buildRoutine, buildSessionRecord as fixture } from './testing/records';
import { compile } from './timeline';

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
		['a pain score of 11', { painAfter: 11 }, /painAfter/],
		['a fractional pain score', { painBefore: 2.5 }, /painBefore/],
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

describe('a check-in', () => {
	it('adds pain and a trimmed note, and stamps the change', () => {
		const updated = withCheckIn(fixture('s', 1000), { painAfter: 3, notes: '  hip eased off  ' }, 99);
		expect(updated).toMatchObject({ painAfter: 3, notes: 'hip eased off', updatedAt: 99 });
	});

	it('removes what is left empty', () => {
		const updated = withCheckIn(fixture('s', 1000, { painAfter: 4, notes: 'old' }), { notes: '   ' }, 99);
		expect('painAfter' in updated).toBe(false);
		expect('notes' in updated).toBe(false);
	});

	it('cuts a note to its cap, so a record always reads back', () => {
		const updated = withCheckIn(fixture('s', 1000), { notes: 'n'.repeat(MAX_NOTE_LENGTH + 500) }, 99);
		expect(updated.notes).toHaveLength(MAX_NOTE_LENGTH);
		expect(parseSessionRecord(updated).ok).toBe(true);
	});

	it.each([0, 10])('takes a pain score of %s', (painAfter) => {
		expect(withCheckIn(fixture('s', 1000), { painAfter }, 99).painAfter).toBe(painAfter);
	});

	it.each([11, -1, 2.5, Number.NaN])('refuses a pain score of %s', (painAfter) => {
		expect(() => withCheckIn(fixture('s', 1000), { painAfter }, 99)).toThrow(RangeError);
	});
});
