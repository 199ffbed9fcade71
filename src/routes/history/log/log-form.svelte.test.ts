import { describe, expect, it, vi } from 'vitest';
import { buildRoutine, buildSessionRecord } from '$lib/core/testing/records';
import type { logSession } from '$lib/history/log-session';
import { LogForm } from './log-form.svelte';

const NOW = Date.parse('2026-11-22T18:45:00Z');
const routines = [
	buildRoutine(),
	buildRoutine({ id: 'other', title: 'Other' }),
	buildRoutine({ id: 'long', title: 'Long' }, [{ kind: 'timed', name: 'Long hold', seconds: 600 }])
];

function setup(log = vi.fn<typeof logSession>(async () => buildSessionRecord('s', 0))) {
	return { form: new LogForm(routines, ['Left hip'], {}, 'Europe/London', log, () => NOW), log };
}

describe('logging a session done without the app', () => {
	it('starts at the first routine, started long enough ago to have ended, asking about the spot used last', () => {
		const { form } = setup();
		// The two-holds fixture runs 17 s (a 2 s get-ready, 10 s and 5 s): it started by 18:43.
		expect([form.routineId, form.date, form.time]).toEqual(['two-holds', '2026-11-22', '18:43']);
		expect(form.before.entries[0]?.spot).toBe('Left hip');
	});

	it('files the routine at the local date and time typed, with the scores given', async () => {
		const { form, log } = setup();
		form.routineId = 'other';
		form.date = '2026-11-21';
		form.time = '07:30';
		form.after.entries[0]!.score = 2;
		form.notes = 'hotel room';
		expect(await form.save()).not.toBeNull();
		const startedAt = Date.parse('2026-11-21T07:30:00Z');
		expect(log).toHaveBeenCalledWith(
			{ routine: routines[1], options: {}, startedAt, checkIns: [{ spot: 'Left hip', moment: 'after', score: 2, at: startedAt }], notes: 'hotel room' },
			NOW
		);
	});

	it.each([
		['no routine', { routineId: 'gone' }, /Choose the routine/],
		['no date', { date: '' }, /date/],
		['a time of 25:00', { time: '25:00' }, /time/],
		['a time still to come', { time: '19:00' }, /still to come/],
		['a session that would still be running', { routineId: 'long', time: '18:40' }, /would not have ended yet/]
	])('saves nothing with %s, and says what to fix', async (_name, change, message) => {
		const { form, log } = setup();
		Object.assign(form, change);
		expect(await form.save()).toBeNull();
		expect(form.error).toMatch(message);
		expect(log).not.toHaveBeenCalled();
	});

	it('files a session once however often Save is pressed', async () => {
		const { form, log } = setup();
		form.time = '07:00';
		const [first, second] = await Promise.all([form.save(), form.save()]);
		expect(await form.save()).toBeNull();
		expect([first !== null, second]).toEqual([true, null]);
		expect(log).toHaveBeenCalledTimes(1);
	});

	it('keeps every answer when saving fails', async () => {
		const { form } = setup(vi.fn<typeof logSession>().mockRejectedValue(new Error('Your phone is out of storage space for Unknot.')));
		form.notes = 'kept';
		expect(await form.save()).toBeNull();
		expect(form.status).toBe('failed');
		expect(form.error).toMatch(/out of storage/);
		expect(form.notes).toBe('kept');
	});
});
