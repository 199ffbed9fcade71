/**
 * The plan as a calendar file (RFC 5545, written by the `ics` library): one recurring event for each
 * entry and time of day, at floating local times (no zone), so a daylight-saving change or a trip
 * leaves "08:00" at 08:00 on the phone's clock. Pure; loaded only when the user asks for the file.
 *
 * Each event's UID is the entry's id and the time's place in it, and its SEQUENCE the entry's, so a
 * calendar importing a changed plan again replaces the events rather than doubling them (where the
 * calendar honours UIDs; the screen says to remove old events where it does not).
 */
import { createEvents, type EventAttributes } from 'ics';
import { addDays, partsOf, weekdayOf, type DayKey } from './local-time';
import { orderEntries, type PlanEntry, type Weekday } from './plan';

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** The product named in the file. */
export const CALENDAR_PRODUCT = 'unknot/plan';

/** The UID of the event for an entry's `index`th time of day. */
export function eventUid(entry: PlanEntry, index: number): string {
	return `${entry.id}-${index}@unknot`;
}

/** The first day on or after `from` that is one of `weekdays`. */
export function firstDayFrom(from: DayKey, weekdays: readonly Weekday[]): DayKey {
	for (let offset = 0; offset < 7; offset++) {
		const day = addDays(from, offset);
		if (weekdays.includes(weekdayOf(day) as Weekday)) return day;
	}
	return from;
}

/** What the calendar file needs beyond the entries. */
export interface CalendarContext {
	/** The local day the file is made: no event starts before it. */
	today: DayKey;
	/** The address that opens a routine in the app. */
	/** The address a reminder opens: the entry's routine, with that entry's dose. */
	routineUrl: (entry: PlanEntry) => string;
	/** The routine's length in whole minutes, when known (the events' length; 15 otherwise). */
	minutesOf?: (routineId: string) => number | undefined;
}

/** The events of the plan's entries that have times (those due "each time you run" have none). */
export function planEvents(entries: readonly PlanEntry[], context: CalendarContext): EventAttributes[] {
	const events: EventAttributes[] = [];
	for (const entry of orderEntries(entries)) {
		if (entry.schedule.kind !== 'days') continue;
		const { weekdays, times } = entry.schedule;
		const first = firstDayFrom(entry.since > context.today ? entry.since : context.today, weekdays);
		const { year, month, day } = partsOf(first);
		const url = context.routineUrl(entry);
		const minutes = Math.max(1, Math.min(240, Math.round(context.minutesOf?.(entry.routineId) ?? 15)));
		const rule = weekdays.length === 7 ? 'FREQ=DAILY' : `FREQ=WEEKLY;BYDAY=${[...weekdays].sort().map((weekday) => BYDAY[weekday]).join(',')}`;
		times.forEach((time, index) => {
			const [hour, minute] = time.split(':').map(Number) as [number, number];
			events.push({
				uid: eventUid(entry, index),
				sequence: entry.sequence,
				title: entry.routineTitle || 'Unknot routine',
				description: `Time for ${entry.routineTitle || 'your routine'}. Open it in Unknot: ${url}`,
				url,
				start: [year, month, day, hour, minute],
				startInputType: 'local',
				startOutputType: 'local',
				duration: { minutes },
				recurrenceRule: rule,
				productId: CALENDAR_PRODUCT,
				calName: 'Unknot plan'
			});
		});
	}
	return events;
}

/** The calendar file's text; an error says what the `ics` library refused. */
export function buildPlanCalendar(entries: readonly PlanEntry[], context: CalendarContext): { ok: true; text: string } | { ok: false; message: string } {
	const events = planEvents(entries, context);
	if (events.length === 0) return { ok: false, message: 'Nothing in your plan has a time of day, so there is nothing to put in a calendar.' };
	const { error, value } = createEvents(events, { productId: CALENDAR_PRODUCT, calName: 'Unknot plan' });
	if (error || !value) return { ok: false, message: `The calendar file could not be made (${error?.message ?? 'no output'}).` };
	return { ok: true, text: value };
}

/** The calendar file's name. */
export const CALENDAR_FILE_NAME = 'unknot-plan.ics';
