/**
 * The plan: which routines to do when, and what that makes due on a day. Pure: the stored entry's
 * shape and parser, what is due and done on a local day, weekly adherence, and the schedule a
 * routine's own `x-frequency` suggests.
 *
 * Days are local calendar days (`DayKey`) in the phone's zone, so a daylight-saving change moves
 * nothing: an entry due on Mondays at 08:00 is due on every Monday at 08:00 by the wall clock.
 */
import * as v from 'valibot';
import { addDays, weekdayOf, weekOf, type DayKey } from './local-time';
import type { Dose } from './progression';
import type { ProgressionRule } from './routine-schema';
import { instant, parseWith, recordMeta, wholeFrom, type Parsed } from './stored-record';

/** Day of the week as `weekdayOf` counts: 0 = Monday … 6 = Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export const EVERY_DAY: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** The most times a day an entry can be due: morning, midday, afternoon, evening. */
export const MAX_TIMES_A_DAY = 4;
/** How many runs a day count towards "each time I run" (a double day at most, and a spare). */
export const MAX_RUNS_A_DAY = 3;

/** A local wall-clock time, `HH:MM` (24 h). */
export type TimeOfDay = string;
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** When an entry is due: on chosen weekdays at one or more times, or once for each run. */
export type PlanSchedule = { kind: 'days'; weekdays: Weekday[]; times: TimeOfDay[] } | { kind: 'runs' };

const scheduleSchema = v.variant('kind', [
	v.object({
		kind: v.literal('days'),
		weekdays: v.pipe(
			v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6))),
			v.minLength(1, 'choose at least one day'),
			v.maxLength(7),
			v.check((days) => new Set(days).size === days.length, 'a day is named twice')
		),
		times: v.pipe(
			v.array(v.pipe(v.string(), v.regex(TIME_PATTERN, 'a time is written HH:MM'))),
			v.minLength(1, 'choose at least one time'),
			v.maxLength(MAX_TIMES_A_DAY),
			v.check((times) => new Set(times).size === times.length, 'a time is named twice')
		)
	}),
	v.object({ kind: v.literal('runs') })
]);

const dayKey = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a day is written YYYY-MM-DD'));

/** The most earlier schedules an entry keeps; past that, the oldest weeks count against the oldest kept. */
export const MAX_EARLIER_SCHEDULES = 100;

/** A dose as stored: values by step id (see `progression.ts`). Exported for the session record. */
export const doseSchema = v.pipe(
	v.record(
		v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/, 'a step id is a slug')),
		v.strictObject({
			seconds: v.optional(wholeFrom(1, 3600)),
			reps: v.optional(wholeFrom(1, 500)),
			sets: v.optional(wholeFrom(1, 50))
		})
	),
	v.check((dose) => Object.keys(dose).length <= 200, 'at most 200 steps')
);

/** The user's own progression rules for an entry, in the routine format's shape. */
const entryRuleSchema = v.object({
	step: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/, 'a step id is a slug')),
	change: v.picklist(['seconds', 'reps', 'sets']),
	by: wholeFrom(1, 600),
	max: wholeFrom(1, 3600)
});

/**
 * One entry of the plan: a routine and when it is due, and the dose it has progressed to. Loose, so
 * a key a later version adds survives this version's edits.
 */
export const planEntrySchema = v.looseObject({
	...recordMeta,
	id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
	/** A built-in's id or one of the user's own routines'. */
	routineId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
	/** The routine's title when the entry was made, for when the routine itself is gone. */
	routineTitle: v.pipe(v.string(), v.regex(/\S/, 'a title is not blank'), v.maxLength(500)),
	schedule: scheduleSchema,
	/** The entry is due from this local day on: a new entry makes nothing overdue. */
	since: dayKey,
	createdAt: instant(),
	/**
	 * Goes up with every change: the calendar file's SEQUENCE, so a calendar that imports the file
	 * again replaces the entry's events rather than adding a second set.
	 */
	sequence: wholeFrom(0),
	/** The dose accepted so far (absent: the routine's own values). */
	dose: v.optional(doseSchema),
	/** The user's own progression rules, replacing the routine's shipped ones (absent: the routine's). */
	rules: v.optional(v.pipe(v.array(entryRuleSchema), v.maxLength(50))),
	/** The session a proposal was last declined on: nothing is proposed again until a later one. */
	declined: v.optional(v.pipe(v.string(), v.maxLength(200))),
	/** Which way that proposal went (absent: up): declining a step up never hides a step back. */
	declinedDirection: v.optional(v.picklist(['up', 'back'])),
	/** The day the current schedule took effect (absent: `since`). */
	scheduleSince: v.optional(dayKey),
	/**
	 * The schedules in force before it, oldest first, each from its `from` day until the next one's (or
	 * `scheduleSince`): past weeks' done out of due are counted against what was asked then.
	 */
	earlier: v.optional(v.pipe(v.array(v.object({ from: dayKey, schedule: scheduleSchema })), v.maxLength(MAX_EARLIER_SCHEDULES))),
	/**
	 * The day the entry was taken out of the plan: nothing is due from then on. It is kept (not
	 * deleted) so the weeks it was part of still count what it asked; the plan no longer shows it.
	 */
	endedOn: v.optional(dayKey)
});

/** A plan entry as stored and read back (see `planEntrySchema`). */
export interface PlanEntry {
	recordVersion: number;
	updatedAt: number;
	id: string;
	routineId: string;
	routineTitle: string;
	schedule: PlanSchedule;
	since: DayKey;
	createdAt: number;
	sequence: number;
	dose?: Dose;
	rules?: ProgressionRule[];
	declined?: string;
	declinedDirection?: 'up' | 'back';
	scheduleSince?: DayKey;
	earlier?: { from: DayKey; schedule: PlanSchedule }[];
	endedOn?: DayKey;
	/** Keys a later version added, kept as they are. */
	[key: string]: unknown;
}

/** Reads a stored plan entry; anything malformed is refused with the reason. Total. */
export function parsePlanEntry(value: unknown): Parsed<PlanEntry> {
	const parsed = parseWith(planEntrySchema, value);
	if (!parsed.ok) return parsed;
	const entry = parsed.value as PlanEntry;
	const earlier = entry.earlier?.map(({ from, schedule }) => ({ from, schedule: ordered(schedule) }));
	return { ok: true, value: { ...entry, schedule: ordered(entry.schedule), ...(earlier ? { earlier } : {}) } };
}

/** Weekdays and times in order, whatever order they were stored in: one way to show and compare them. */
function ordered(schedule: PlanSchedule): PlanSchedule {
	return schedule.kind === 'days' ? { kind: 'days', weekdays: [...schedule.weekdays].sort() as Weekday[], times: [...schedule.times].sort() } : { kind: 'runs' };
}

/** A new entry for `routine`, due from `today`. */
export function buildPlanEntry(
	id: string,
	routine: { id: string; title: string },
	schedule: PlanSchedule,
	today: DayKey,
	nowMs: number
): PlanEntry {
	return { recordVersion: 1, updatedAt: nowMs, createdAt: nowMs, id, routineId: routine.id, routineTitle: routine.title, schedule, since: today, sequence: 0 };
}

/**
 * The entry with a new schedule from `today` on: its sequence goes up, so calendars replace its
 * events (the same schedule again changes nothing but `updatedAt`). The schedule it replaces is kept
 * for the days it was in force, so the weeks already past still count what was asked then; one that
 * took effect only today is simply replaced.
 */
export function withSchedule(entry: PlanEntry, schedule: PlanSchedule, nowMs: number, today: DayKey): PlanEntry {
	if (JSON.stringify(ordered(schedule)) === JSON.stringify(entry.schedule)) return { ...entry, updatedAt: nowMs };
	const changed = { ...entry, sequence: entry.sequence + 1, updatedAt: nowMs };
	const from = entry.scheduleSince ?? entry.since;
	if (from >= today) return { ...changed, schedule };
	return { ...changed, schedule, scheduleSince: today, earlier: [...(entry.earlier ?? []), { from, schedule: entry.schedule }].slice(-MAX_EARLIER_SCHEDULES) };
}

/** The entry taken out of the plan from `today` on (see `endedOn`). */
export function endedEntry(entry: PlanEntry, today: DayKey, nowMs: number): PlanEntry {
	return { ...entry, endedOn: today, updatedAt: nowMs };
}

/** Whether the entry is still in the plan (not taken out). */
export function isCurrent(entry: PlanEntry): boolean {
	return entry.endedOn === undefined;
}

/** The schedule in force on `day`; null before the entry began and from the day it was taken out. */
export function scheduleOn(entry: PlanEntry, day: DayKey): PlanSchedule | null {
	if (day < entry.since || (entry.endedOn !== undefined && day >= entry.endedOn)) return null;
	if (day >= (entry.scheduleSince ?? entry.since)) return entry.schedule;
	let found = entry.schedule;
	for (const { from, schedule } of entry.earlier ?? []) if (from <= day) found = schedule;
	return found;
}

/** Days the user tapped "I ran today", as stored: one record per local day. */
export const runDaySchema = v.object({
	...recordMeta,
	day: dayKey,
	count: wholeFrom(1, MAX_RUNS_A_DAY)
});
export type RunDay = v.InferOutput<typeof runDaySchema>;

/** Reads a stored run day. Total. */
export function parseRunDay(value: unknown): Parsed<RunDay> {
	return parseWith(runDaySchema, value);
}

/** A stretch of days the plan rests: from `from` up to, not including, `until` (null: until resumed). */
export interface PlanPause {
	from: DayKey;
	until: DayKey | null;
}

/** The most pauses kept: older ones only explain weeks long past. */
export const MAX_PAUSES = 100;

/** Whether `day` falls in one of the pauses. */
export function isPaused(pauses: readonly PlanPause[], day: DayKey): boolean {
	return pauses.some((pause) => pause.from <= day && (pause.until === null || day < pause.until));
}

/** The pause in force on `day`, if any. */
export function pauseOn(pauses: readonly PlanPause[], day: DayKey): PlanPause | undefined {
	return pauses.find((pause) => pause.from <= day && (pause.until === null || day < pause.until));
}

/** Pauses with a new one from `today` until `until` (exclusive; null: until resumed). */
export function withPause(pauses: readonly PlanPause[], today: DayKey, until: DayKey | null): PlanPause[] {
	const kept = pauses.filter((pause) => !(pause.from >= today));
	const ended = kept.map((pause) => (pause.until === null || pause.until > today ? { ...pause, until: today } : pause));
	return [...ended, { from: today, until }].slice(-MAX_PAUSES);
}

/** Pauses with the one in force on `today` ended (today is due again). */
export function withoutPause(pauses: readonly PlanPause[], today: DayKey): PlanPause[] {
	return pauses
		.filter((pause) => pause.from < today)
		.map((pause) => (pause.until === null || pause.until > today ? { ...pause, until: today } : pause));
}

/** How many times `entry` is due on `day`, given the runs tapped that day. Paused days are the caller's. */
export function timesDue(entry: PlanEntry, day: DayKey, runs: number): number {
	return dueUnder(scheduleOn(entry, day), day, runs);
}

/** How many times `schedule` (null: none in force) asks for its routine on `day`. */
function dueUnder(schedule: PlanSchedule | null, day: DayKey, runs: number): number {
	if (schedule === null) return 0;
	if (schedule.kind === 'runs') return Math.min(runs, MAX_RUNS_A_DAY);
	return schedule.weekdays.includes(weekdayOf(day) as Weekday) ? schedule.times.length : 0;
}

/** What the plan needs to know of the history on a day: sessions per routine id. */
export type DoneByRoutine = ReadonlyMap<string, number>;

/** One entry's part of a day. */
export interface PlanItem {
	entry: PlanEntry;
	due: number;
	done: number;
	/** The times still to do, in order (empty for "each time I run" and when all is done). */
	timesLeft: TimeOfDay[];
}

/**
 * What the plan asks of `day` and what of it is done: each entry due that day with the sessions of
 * its routine that day counted against it, entries of the same routine taking them in turn. Nothing
 * is due on a paused day.
 */
export function planDay(
	entries: readonly PlanEntry[],
	day: DayKey,
	doneByRoutine: DoneByRoutine,
	runs: number,
	pauses: readonly PlanPause[]
): PlanItem[] {
	if (isPaused(pauses, day)) return [];
	const left = new Map(doneByRoutine);
	const items: PlanItem[] = [];
	for (const entry of orderEntries(entries)) {
		const schedule = scheduleOn(entry, day);
		const due = dueUnder(schedule, day, runs);
		if (due === 0) continue;
		const available = left.get(entry.routineId) ?? 0;
		const done = Math.min(due, available);
		left.set(entry.routineId, available - done);
		const timesLeft = schedule?.kind === 'days' ? schedule.times.slice(done) : [];
		items.push({ entry, due, done, timesLeft });
	}
	return items;
}

/** Entries in the order a day shows them: by their first time, "each time I run" last, then by title. */
export function orderEntries(entries: readonly PlanEntry[]): PlanEntry[] {
	const firstTime = (entry: PlanEntry) => (entry.schedule.kind === 'days' ? entry.schedule.times[0]! : '99:99');
	return [...entries].sort(
		(a, b) => firstTime(a).localeCompare(firstTime(b)) || a.routineTitle.localeCompare(b.routineTitle) || a.id.localeCompare(b.id)
	);
}

/** The item to start next: the one not yet done whose next time comes first. */
export function nextItem(items: readonly PlanItem[]): PlanItem | undefined {
	const open = items.filter((item) => item.done < item.due);
	return open.sort((a, b) => (a.timesLeft[0] ?? '99:99').localeCompare(b.timesLeft[0] ?? '99:99'))[0];
}

/** Done out of due in one week (Monday first). */
export interface WeekAdherence {
	week: DayKey;
	due: number;
	done: number;
}

/**
 * Done out of due for each of the `weeks` weeks up to the one holding `today` (oldest first), that
 * week counted only up to today. `doneOn` gives the sessions per routine of a day; `runsOn` the runs.
 */
export function weeklyAdherence(
	entries: readonly PlanEntry[],
	today: DayKey,
	weeks: number,
	doneOn: (day: DayKey) => DoneByRoutine,
	runsOn: (day: DayKey) => number,
	pauses: readonly PlanPause[]
): WeekAdherence[] {
	const out: WeekAdherence[] = [];
	const thisWeek = weekOf(today);
	for (let back = weeks - 1; back >= 0; back--) {
		const week = addDays(thisWeek, -7 * back);
		let due = 0;
		let done = 0;
		for (let offset = 0; offset < 7; offset++) {
			const day = addDays(week, offset);
			if (day > today) break;
			for (const item of planDay(entries, day, doneOn(day), runsOn(day), pauses)) {
				due += item.due;
				done += item.done;
			}
		}
		out.push({ week, due, done });
	}
	return out;
}

/** "Mondays, Wednesdays and Fridays at 08:00", "Every day at 08:00 and 20:00", "Each time you run". */
export function describeSchedule(schedule: PlanSchedule): string {
	if (schedule.kind === 'runs') return 'Each time you run';
	const days = describeWeekdays(schedule.weekdays);
	return `${days} at ${joinWords(schedule.times)}`;
}

/** "Every day", "Weekdays", "Mondays and Thursdays". */
export function describeWeekdays(weekdays: readonly Weekday[]): string {
	const sorted = [...weekdays].sort();
	if (sorted.length === 7) return 'Every day';
	if (sorted.join() === '0,1,2,3,4') return 'Weekdays';
	if (sorted.join() === '5,6') return 'Weekends';
	return joinWords(sorted.map((day) => `${WEEKDAY_NAMES[day]}s`));
}

function joinWords(words: readonly string[]): string {
	if (words.length <= 1) return words.join('');
	return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** "Morning", "Afternoon" or "Evening" for a time of day. */
export function partOfDay(time: TimeOfDay): string {
	const hour = Number(time.slice(0, 2));
	if (hour < 12) return 'Morning';
	if (hour < 17) return 'Afternoon';
	return 'Evening';
}

/**
 * The schedule a routine's `x-frequency` suggests ("after every run", "morning and night", "two or
 * three times a week"…); every day at 18:00 when it says nothing the plan understands. Only its first
 * clause counts: "after long runs; morning and night while the hip is cranky" is about runs.
 */
export function suggestSchedule(frequency: string | undefined): PlanSchedule {
	const text = (frequency ?? '').toLowerCase().split(';')[0]!;
	if (/\brun/.test(text)) return { kind: 'runs' };
	if (/morning and (night|evening)|twice a day/.test(text)) return { kind: 'days', weekdays: [...EVERY_DAY], times: ['08:00', '20:00'] };
	if (/working day|desk day|weekday/.test(text)) {
		return { kind: 'days', weekdays: [0, 1, 2, 3, 4], times: /few times|several/.test(text) ? ['10:00', '13:00', '16:00'] : ['13:00'] };
	}
	if (/two or three times a week|three times a week|3 times a week/.test(text)) return { kind: 'days', weekdays: [0, 2, 4], times: ['18:00'] };
	if (/twice a week|two times a week/.test(text)) return { kind: 'days', weekdays: [0, 3], times: ['18:00'] };
	if (/evening|night|bed/.test(text)) return { kind: 'days', weekdays: [...EVERY_DAY], times: ['20:00'] };
	if (/morning/.test(text)) return { kind: 'days', weekdays: [...EVERY_DAY], times: ['08:00'] };
	return { kind: 'days', weekdays: [...EVERY_DAY], times: ['18:00'] };
}

/** A session as the plan counts it: which routine, and when it started. */
export interface CountedSession {
	routineId: string;
	startedAt: number;
}

/**
 * Sessions per routine for each local day they started on in `timeZone`: what `planDay` and
 * `weeklyAdherence` count as done. A session counts on the day it started, ended early or not.
 */
export function doneByDay(sessions: Iterable<CountedSession>, dayOf: (ms: number) => DayKey): Map<DayKey, Map<string, number>> {
	const days = new Map<DayKey, Map<string, number>>();
	for (const { routineId, startedAt } of sessions) {
		const day = dayOf(startedAt);
		let routines = days.get(day);
		if (!routines) days.set(day, (routines = new Map()));
		routines.set(routineId, (routines.get(routineId) ?? 0) + 1);
	}
	return days;
}

/** `weeklyAdherence` from the records as stored: the sessions, and the run days. */
export function adherenceFromRecords(
	entries: readonly PlanEntry[],
	sessions: Iterable<CountedSession>,
	runDays: readonly RunDay[],
	pauses: readonly PlanPause[],
	today: DayKey,
	weeks: number,
	dayOf: (ms: number) => DayKey
): WeekAdherence[] {
	const done = doneByDay(sessions, dayOf);
	const runs = new Map(runDays.map((record) => [record.day, record.count]));
	const nothing: DoneByRoutine = new Map();
	return weeklyAdherence(entries, today, weeks, (day) => done.get(day) ?? nothing, (day) => runs.get(day) ?? 0, pauses);
}

/** What the library's "Today" shows. */
export interface TodayPlan {
	day: DayKey;
	items: PlanItem[];
	/** The one to start next, when something is still to do. */
	next: PlanItem | undefined;
	/** The rest in force today, if any. */
	pause: PlanPause | undefined;
	/** Whether an entry is due each time the user runs (then "I ran today" is offered). */
	hasRunEntries: boolean;
	runsToday: number;
}

/** Today's part of the plan from the records as stored: the entries, today's sessions and runs. */
export function todayPlan(
	entries: readonly PlanEntry[],
	sessionsToday: Iterable<CountedSession>,
	runsToday: number,
	pauses: readonly PlanPause[],
	today: DayKey
): TodayPlan {
	const done = doneByDay(sessionsToday, () => today).get(today) ?? new Map<string, number>();
	const items = planDay(entries, today, done, runsToday, pauses);
	return {
		day: today,
		items,
		next: nextItem(items),
		pause: pauseOn(pauses, today),
		hasRunEntries: entries.some((entry) => scheduleOn(entry, today)?.kind === 'runs'),
		runsToday
	};
}
