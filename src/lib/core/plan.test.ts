import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayKeyOf, localInstant, weekdayOf } from './local-time';
import {
	buildPlanEntry,
	describeSchedule,
	doneByDay,
	isPaused,
	nextItem,
	parsePlanEntry,
	parseRunDay,
	partOfDay,
	planDay,
	suggestSchedule,
	timesDue,
	todayPlan,
	weeklyAdherence,
	withoutPause,
	withPause,
	withSchedule,
	endedEntry,
	isCurrent,
	type PlanEntry,
	type PlanSchedule
} from './plan';
import { fuzzRuns, hostileValue } from './testing/fuzz';

const MONDAY = '2026-11-23';
const NOW = Date.UTC(2026, 10, 23, 9);

function entry(id: string, routineId: string, schedule: PlanSchedule, since = '2026-11-01'): PlanEntry {
	return { ...buildPlanEntry(id, { id: routineId, title: `Routine ${routineId}` }, schedule, since, NOW) };
}
const none = new Map<string, number>();

describe('a plan entry as stored', () => {
	it('reads back what was built, with days and times in order', () => {
		const built = entry('e1', 'hip', { kind: 'days', weekdays: [4, 0, 2], times: ['20:00', '08:00'] });
		const parsed = parsePlanEntry(built);
		expect(parsed.ok && parsed.value.schedule).toEqual({ kind: 'days', weekdays: [0, 2, 4], times: ['08:00', '20:00'] });
	});

	it('refuses a blank routine title, which Today would show as "Start "', () => {
		for (const routineTitle of ['', '   ']) expect(parsePlanEntry({ ...entry('e1', 'hip', { kind: 'runs' }), routineTitle })).toMatchObject({ ok: false, reason: expect.stringContaining('a title is not blank') });
	});

	it('keeps keys a later version added', () => {
		const parsed = parsePlanEntry({ ...entry('e1', 'hip', { kind: 'runs' }), reminder: { minutesBefore: 5 } });
		expect(parsed.ok && parsed.value.reminder).toEqual({ minutesBefore: 5 });
	});

	it('reads back a dose, the user’s own rules and a declined proposal, and refuses a dose out of range', () => {
		const dosed = { ...entry('e1', 'hip', { kind: 'runs' }), dose: { clams: { reps: 12, sets: 3 }, bridge: { seconds: 35 } }, rules: [{ step: 'clams', change: 'reps', by: 2, max: 20 }], declined: 's9' };
		expect(parsePlanEntry(dosed)).toEqual({ ok: true, value: dosed });
		for (const dose of [{ clams: { reps: 0 } }, { clams: { reps: 501 } }, { Clams: { reps: 5 } }, { clams: { minutes: 5 } }, { clams: 12 }]) {
			expect(parsePlanEntry({ ...dosed, dose }).ok).toBe(false);
		}
	});

	it.each([
		['no day', { kind: 'days', weekdays: [], times: ['08:00'] }, 'choose at least one day'],
		['a day twice', { kind: 'days', weekdays: [1, 1], times: ['08:00'] }, 'a day is named twice'],
		['day 7', { kind: 'days', weekdays: [7], times: ['08:00'] }, 'schedule.weekdays.0'],
		['no time', { kind: 'days', weekdays: [1], times: [] }, 'choose at least one time'],
		['25:00', { kind: 'days', weekdays: [1], times: ['25:00'] }, 'a time is written HH:MM'],
		['five times', { kind: 'days', weekdays: [1], times: ['01:00', '02:00', '03:00', '04:00', '05:00'] }, 'schedule.times'],
		['an unknown kind', { kind: 'monthly' }, 'schedule.kind']
	])('refuses a schedule with %s, saying why', (_name, schedule, reason) => {
		const parsed = parsePlanEntry({ ...entry('e1', 'hip', { kind: 'runs' }), schedule });
		expect(parsed.ok ? 'read' : parsed.reason).toContain(reason);
	});

	it('refuses a malformed first day and a negative sequence', () => {
		expect(parsePlanEntry({ ...entry('e1', 'hip', { kind: 'runs' }), since: 'Monday' }).ok).toBe(false);
		expect(parsePlanEntry({ ...entry('e1', 'hip', { kind: 'runs' }), sequence: -1 }).ok).toBe(false);
	});

	it('never throws on anything storage or a backup may hand back', () => {
		fc.assert(
			fc.property(
				fc.oneof(hostileValue(entry('e1', 'hip', { kind: 'days', weekdays: [0, 3], times: ['08:00', '20:00'] })), hostileValue({ recordVersion: 1, updatedAt: 0, day: MONDAY, count: 2 })),
				(value) => {
					for (const parsed of [parsePlanEntry(value), parseRunDay(value)]) {
						// A result either way, and a reason short enough to show.
						expect(parsed.ok || (parsed.reason.length > 0 && parsed.reason.length <= 300)).toBe(true);
					}
				}
			),
			{ numRuns: fuzzRuns(500) }
		);
	});

	it('goes up a sequence with each new schedule, so calendars replace its events', () => {
		const first = entry('e1', 'hip', { kind: 'runs' });
		const changed = withSchedule(first, { kind: 'days', weekdays: [0], times: ['07:00'] }, NOW + 1, MONDAY);
		expect([changed.sequence, changed.updatedAt, changed.createdAt]).toEqual([1, NOW + 1, NOW]);
	});

	it('keeps the schedule it replaces for the days it was in force, and asks nothing once taken out', () => {
		// Mondays from 2 November; from Wednesday 25 November every day; taken out on 1 December.
		const mondays = entry('e1', 'hip', { kind: 'days', weekdays: [0], times: ['08:00'] }, '2026-11-02');
		const daily = withSchedule(mondays, { kind: 'days', weekdays: [0, 1, 2, 3, 4, 5, 6], times: ['08:00'] }, NOW, '2026-11-25');
		expect(daily).toMatchObject({ scheduleSince: '2026-11-25', earlier: [{ from: '2026-11-02', schedule: mondays.schedule }] });
		expect(parsePlanEntry(daily)).toEqual({ ok: true, value: daily });
		const due = (e: PlanEntry, day: string) => timesDue(e, day, 0);
		expect(['2026-11-01', '2026-11-17', '2026-11-18', '2026-11-24', '2026-11-25', '2026-11-26'].map((day) => due(daily, day))).toEqual([0, 0, 0, 0, 1, 1]);
		expect(due(daily, '2026-11-16')).toBe(1);
		// Changed again the same day: the schedule of that day is replaced, the history kept.
		const twice = withSchedule(daily, { kind: 'runs' }, NOW, '2026-11-25');
		expect(twice).toMatchObject({ scheduleSince: '2026-11-25', earlier: daily.earlier, schedule: { kind: 'runs' } });
		const ended = endedEntry(daily, '2026-12-01', NOW);
		expect([due(ended, '2026-11-30'), due(ended, '2026-12-01'), due(ended, '2026-12-07')]).toEqual([1, 0, 0]);
		expect([isCurrent(daily), isCurrent(ended)]).toEqual([true, false]);
		// An entry whose schedule never changed keeps no history.
		expect(withSchedule(mondays, { kind: 'days', weekdays: [0], times: ['08:00'] }, NOW, '2026-11-25')).not.toHaveProperty('earlier');
	});

	it('reads run days of one to three runs', () => {
		expect(parseRunDay({ recordVersion: 1, updatedAt: 0, day: MONDAY, count: 2 }).ok).toBe(true);
		expect(parseRunDay({ recordVersion: 1, updatedAt: 0, day: MONDAY, count: 0 }).ok).toBe(false);
		expect(parseRunDay({ recordVersion: 1, updatedAt: 0, day: MONDAY, count: 4 }).ok).toBe(false);
	});
});

describe('what is due on a day', () => {
	const mwf = entry('e1', 'hip', { kind: 'days', weekdays: [0, 2, 4], times: ['08:00'] });
	const twice = entry('e2', 'calf', { kind: 'days', weekdays: [0, 1, 2, 3, 4, 5, 6], times: ['08:00', '20:00'] });
	const runs = entry('e3', 'cool', { kind: 'runs' });

	it('is due on its weekdays, once per time', () => {
		const week = Array.from({ length: 7 }, (_, offset) => addDays(MONDAY, offset));
		expect(week.map((day) => timesDue(mwf, day, 0))).toEqual([1, 0, 1, 0, 1, 0, 0]);
		expect(week.map((day) => timesDue(twice, day, 0))).toEqual([2, 2, 2, 2, 2, 2, 2]);
	});

	it('is due once for each run tapped, up to three', () => {
		expect([0, 1, 2, 5].map((count) => timesDue(runs, MONDAY, count))).toEqual([0, 1, 2, 3]);
	});

	it('makes nothing due before the entry was made', () => {
		const fresh = entry('e4', 'hip', { kind: 'days', weekdays: [0, 1, 2, 3, 4, 5, 6], times: ['08:00'] }, MONDAY);
		expect([timesDue(fresh, addDays(MONDAY, -1), 0), timesDue(fresh, MONDAY, 0)]).toEqual([0, 1]);
	});

	it('counts the day’s sessions of each routine against its entries, in turn', () => {
		const evening = entry('e5', 'calf', { kind: 'days', weekdays: [0], times: ['21:00'] });
		const items = planDay([evening, twice, mwf], MONDAY, new Map([['calf', 2], ['hip', 3]]), 0, []);
		expect(items.map((item) => [item.entry.id, item.due, item.done, item.timesLeft])).toEqual([
			['e2', 2, 2, []],
			['e1', 1, 1, []],
			['e5', 1, 0, ['21:00']]
		]);
	});

	it('offers next the entry whose next time comes first', () => {
		const items = planDay([mwf, twice, runs], MONDAY, new Map([['hip', 1]]), 1, []);
		expect(nextItem(items)?.entry.id).toBe('e2');
		expect(nextItem(planDay([runs], MONDAY, none, 1, []))?.entry.id).toBe('e3');
		expect(nextItem(planDay([mwf], MONDAY, new Map([['hip', 1]]), 0, []))).toBeUndefined();
	});

	it('asks nothing of a paused day', () => {
		const pauses = withPause([], MONDAY, addDays(MONDAY, 7));
		expect(planDay([mwf, twice], MONDAY, none, 0, pauses)).toEqual([]);
		expect(planDay([mwf, twice], addDays(MONDAY, 7), none, 0, pauses)).toHaveLength(2);
	});

	it('counts a session on the local day it started, across daylight-saving changes and zones', () => {
		// Europe/London falls back on 25 October 2026: 00:30 local on the 26th is still the 26th.
		const london = 'Europe/London';
		const justAfterMidnight = localInstant('2026-10-26', 30, london);
		const lateEvening = localInstant('2026-10-25', 23 * 60 + 30, london);
		const days = doneByDay(
			[
				{ routineId: 'hip', startedAt: justAfterMidnight },
				{ routineId: 'hip', startedAt: lateEvening }
			],
			(ms) => dayKeyOf(ms, london)
		);
		expect([...days.keys()].sort()).toEqual(['2026-10-25', '2026-10-26']);
		// The same instants in Sydney fall on other days: the plan counts by the phone's own zone.
		const sydney = doneByDay([{ routineId: 'hip', startedAt: lateEvening }], (ms) => dayKeyOf(ms, 'Australia/Sydney'));
		expect([...sydney.keys()]).toEqual(['2026-10-26']);
		// And the weekday of a day key is the same in every zone.
		expect(weekdayOf('2026-10-26')).toBe(0);
	});
});

describe('pausing the plan', () => {
	it('pauses from today until a day, or until resumed', () => {
		const week = withPause([], MONDAY, '2026-11-30');
		expect([isPaused(week, addDays(MONDAY, -1)), isPaused(week, MONDAY), isPaused(week, '2026-11-29'), isPaused(week, '2026-11-30')]).toEqual([false, true, true, false]);
		const open = withPause([], MONDAY, null);
		expect(isPaused(open, '2030-01-01')).toBe(true);
	});

	it('resumes today, keeping the days already rested', () => {
		const open = withPause([], MONDAY, null);
		const resumed = withoutPause(open, '2026-11-26');
		expect(resumed).toEqual([{ from: MONDAY, until: '2026-11-26' }]);
		expect([isPaused(resumed, '2026-11-25'), isPaused(resumed, '2026-11-26')]).toEqual([true, false]);
		// Resumed the day it began: nothing was rested.
		expect(withoutPause(withPause([], MONDAY, null), MONDAY)).toEqual([]);
	});

	it('a new pause ends the one in force', () => {
		const pauses = withPause(withPause([], MONDAY, null), '2026-11-25', '2026-11-28');
		expect(pauses).toEqual([
			{ from: MONDAY, until: '2026-11-25' },
			{ from: '2026-11-25', until: '2026-11-28' }
		]);
	});
});

describe('weekly adherence', () => {
	it('counts done out of due for each week, this one up to today', () => {
		const mwf = entry('e1', 'hip', { kind: 'days', weekdays: [0, 2, 4], times: ['08:00'] });
		const runs = entry('e3', 'cool', { kind: 'runs' });
		const done = new Map([
			['2026-11-16', new Map([['hip', 1]])],
			['2026-11-18', new Map([['hip', 2]])],
			['2026-11-21', new Map([['cool', 1]])],
			['2026-11-23', new Map([['hip', 1]])]
		]);
		const runDays = new Map([
			['2026-11-21', 1],
			['2026-11-22', 1]
		]);
		const weeks = weeklyAdherence([mwf, runs], '2026-11-24', 2, (day) => done.get(day) ?? none, (day) => runDays.get(day) ?? 0, []);
		expect(weeks).toEqual([
			{ week: '2026-11-16', due: 5, done: 3 },
			{ week: '2026-11-23', due: 1, done: 1 }
		]);
	});

	it('never counts more done than due, nor a paused day', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 30 }), fc.integer({ min: 0, max: 20 }), (sessions, pauseDays) => {
				const daily = entry('e1', 'hip', { kind: 'days', weekdays: [0, 1, 2, 3, 4, 5, 6], times: ['08:00', '20:00'] });
				const done = doneByDay(
					sessions.map((offset) => ({ routineId: 'hip', startedAt: Date.UTC(2026, 10, 16 + offset, 12) })),
					(ms) => dayKeyOf(ms, 'UTC')
				);
				const pauses = pauseDays ? withPause([], '2026-11-16', addDays('2026-11-16', pauseDays)) : [];
				const [week] = weeklyAdherence([daily], '2026-11-22', 1, (day) => done.get(day) ?? none, () => 0, pauses);
				expect(week!.done).toBeLessThanOrEqual(week!.due);
				expect(week!.due).toBe(2 * Math.max(0, 7 - pauseDays));
			}),
			{ numRuns: fuzzRuns(200) }
		);
	});
});

describe('words and suggestions', () => {
	it('describes a schedule the way a person says it', () => {
		expect(describeSchedule({ kind: 'days', weekdays: [0, 1, 2, 3, 4, 5, 6], times: ['08:00', '20:00'] })).toBe('Every day at 08:00 and 20:00');
		expect(describeSchedule({ kind: 'days', weekdays: [0, 2, 4], times: ['18:00'] })).toBe('Mondays, Wednesdays and Fridays at 18:00');
		expect(describeSchedule({ kind: 'days', weekdays: [0, 1, 2, 3, 4], times: ['13:00'] })).toBe('Weekdays at 13:00');
		expect(describeSchedule({ kind: 'days', weekdays: [5, 6], times: ['09:00'] })).toBe('Weekends at 09:00');
		expect(describeSchedule({ kind: 'runs' })).toBe('Each time you run');
		expect(['07:59', '12:00', '16:59', '17:00'].map(partOfDay)).toEqual(['Morning', 'Afternoon', 'Afternoon', 'Evening']);
	});

	it.each([
		['after every run', { kind: 'runs' }],
		['before every run', { kind: 'runs' }],
		['after long runs; morning and night while the hip is cranky', { kind: 'runs' }],
		['in the evening; morning and night while the hips are cranky', { kind: 'days', weekdays: [0, 1, 2, 3, 4, 5, 6], times: ['20:00'] }],
		['morning and night', { kind: 'days', weekdays: [0, 1, 2, 3, 4, 5, 6], times: ['08:00', '20:00'] }],
		['two or three times a week', { kind: 'days', weekdays: [0, 2, 4], times: ['18:00'] }],
		['a few times a working day', { kind: 'days', weekdays: [0, 1, 2, 3, 4], times: ['10:00', '13:00', '16:00'] }],
		['once a day on desk days; the hip-flexor stretch before and after every run', { kind: 'days', weekdays: [0, 1, 2, 3, 4], times: ['13:00'] }],
		[undefined, { kind: 'days', weekdays: [0, 1, 2, 3, 4, 5, 6], times: ['18:00'] }]
	])('suggests a schedule from “%s”', (frequency, schedule) => {
		expect(suggestSchedule(frequency)).toEqual(schedule);
	});

	it('suggests only schedules a plan entry can hold', () => {
		fc.assert(
			fc.property(fc.string(), (frequency) => {
				expect(parsePlanEntry(entry('e1', 'hip', suggestSchedule(frequency))).ok).toBe(true);
			}),
			{ numRuns: fuzzRuns(200) }
		);
	});
});

describe('today', () => {
	it('shows what is due and done today, the next one to start, and whether to ask about runs', () => {
		const morning = entry('e1', 'hip', { kind: 'days', weekdays: [0, 1, 2, 3, 4, 5, 6], times: ['08:00', '20:00'] });
		const runs = entry('e3', 'cool', { kind: 'runs' });
		const today = todayPlan([morning, runs], [{ routineId: 'hip', startedAt: NOW }], 0, [], MONDAY);
		expect(today.items.map((item) => [item.entry.id, item.done, item.due])).toEqual([['e1', 1, 2]]);
		expect(today.next?.timesLeft).toEqual(['20:00']);
		expect([today.hasRunEntries, today.runsToday, today.pause]).toEqual([true, 0, undefined]);
		const ran = todayPlan([morning, runs], [], 1, [], MONDAY);
		expect(ran.items.map((item) => item.entry.id)).toEqual(['e1', 'e3']);
		const resting = todayPlan([morning], [], 0, withPause([], MONDAY, null), MONDAY);
		expect([resting.items, resting.pause]).toEqual([[], { from: MONDAY, until: null }]);
	});
});
