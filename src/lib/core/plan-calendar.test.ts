import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildPlanEntry, withSchedule, type PlanEntry, type PlanSchedule } from './plan';
import { buildPlanCalendar, eventUid, firstDayFrom, planEvents, type CalendarContext } from './plan-calendar';

const NOW = Date.UTC(2026, 10, 22, 12);
const context: CalendarContext = {
	today: '2026-11-22',
	routineUrl: (entry) => `https://example.test/routines/${entry.routineId}`,
	minutesOf: (id) => (id === 'hip' ? 12 : undefined)
};

function entry(id: string, routineId: string, schedule: PlanSchedule): PlanEntry {
	return buildPlanEntry(id, { id: routineId, title: `Routine ${routineId}` }, schedule, '2026-11-22', NOW);
}

/** The file read back by a second, independent parser (ical.js), as a calendar app would. */
function readBack(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	return calendar.getAllSubcomponents('vevent').map((component) => {
		const event = new ICAL.Event(component);
		const rule = component.getFirstPropertyValue('rrule') as ICAL.Recur;
		const iterator = event.iterator();
		const firstThree = [iterator.next(), iterator.next(), iterator.next()].map((time) => time!.toString());
		return {
			uid: event.uid,
			sequence: event.sequence,
			summary: event.summary,
			description: event.description,
			start: event.startDate.toString(),
			floating: event.startDate.zone === ICAL.Timezone.localTimezone,
			minutes: event.duration.toSeconds() / 60,
			rule: rule.toString(),
			firstThree
		};
	});
}

describe('the plan as a calendar file', () => {
	it('holds one recurring event per entry and time, at floating local times, each opening its routine', () => {
		const daily = entry('e1', 'hip', { kind: 'days', weekdays: [0, 1, 2, 3, 4, 5, 6], times: ['08:00', '20:00'] });
		const mwf = entry('e2', 'glute', { kind: 'days', weekdays: [4, 0, 2], times: ['18:30'] });
		const runs = entry('e3', 'cool', { kind: 'runs' });
		const built = buildPlanCalendar([daily, mwf, runs], context);
		expect(built.ok).toBe(true);
		const text = built.ok ? built.text : '';
		expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
		const events = readBack(text);
		expect(events.map(({ uid, start, floating, minutes, rule }) => ({ uid, start, floating, minutes, rule }))).toEqual([
			{ uid: 'e1-0@unknot', start: '2026-11-22T08:00:00', floating: true, minutes: 12, rule: 'FREQ=DAILY' },
			{ uid: 'e1-1@unknot', start: '2026-11-22T20:00:00', floating: true, minutes: 12, rule: 'FREQ=DAILY' },
			// 22 November 2026 is a Sunday: the first Monday, Wednesday or Friday is the 23rd.
			{ uid: 'e2-0@unknot', start: '2026-11-23T18:30:00', floating: true, minutes: 15, rule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR' }
		]);
		expect(events[2]!.firstThree).toEqual(['2026-11-23T18:30:00', '2026-11-25T18:30:00', '2026-11-27T18:30:00']);
		expect(events[0]!.summary).toBe('Routine hip');
		expect(events[0]!.description).toContain('https://example.test/routines/hip');
		expect(text).not.toMatch(/DTSTART[^\r\n]*Z\r\n/);
	});

	it('keeps the times of day across a daylight-saving change (floating, not shifted)', () => {
		const daily = entry('e1', 'hip', { kind: 'days', weekdays: [0, 1, 2, 3, 4, 5, 6], times: ['07:15'] });
		const built = buildPlanCalendar([daily], { ...context, today: '2027-03-26' });
		const [event] = readBack(built.ok ? built.text : '');
		// Europe and the US change clocks on 28 March / 14 March 2027: the wall-clock time stays 07:15.
		expect(event!.firstThree).toEqual(['2027-03-26T07:15:00', '2027-03-27T07:15:00', '2027-03-28T07:15:00']);
	});

	it('offers an updated file with the same UIDs and a higher SEQUENCE when an entry changes', () => {
		const first = entry('e1', 'hip', { kind: 'days', weekdays: [0], times: ['08:00'] });
		const changed = withSchedule(first, { kind: 'days', weekdays: [0, 3], times: ['09:00'] }, NOW + 1000, '2026-11-22');
		const before = readBack((buildPlanCalendar([first], context) as { text: string }).text);
		const after = readBack((buildPlanCalendar([changed], context) as { text: string }).text);
		expect(after.map((event) => event.uid)).toEqual(before.map((event) => event.uid));
		expect([before[0]!.sequence, after[0]!.sequence]).toEqual([0, 1]);
		expect(after[0]!.rule).toBe('FREQ=WEEKLY;BYDAY=MO,TH');
	});

	it('starts no event before the entry is due', () => {
		const later = { ...entry('e1', 'hip', { kind: 'days', weekdays: [2], times: ['08:00'] }), since: '2026-12-01' };
		expect(planEvents([later], context)[0]!.start).toEqual([2026, 12, 2, 8, 0]);
		expect(firstDayFrom('2026-11-22', [6])).toBe('2026-11-22');
		expect(eventUid(later, 3)).toBe('e1-3@unknot');
	});

	it('says so when nothing has a time of day', () => {
		const built = buildPlanCalendar([entry('e3', 'cool', { kind: 'runs' })], context);
		expect(built.ok ? 'made' : built.message).toMatch(/nothing to put in a calendar/);
	});
});
