/**
 * Local calendar days in a named time zone: which day an instant falls on, and when a day begins.
 * Pure (Intl only, no Date-in-the-machine's-zone), so tests can run any zone; the app passes the
 * phone's own zone (`timeZoneOfDevice` in `platform/clock.ts`).
 *
 * A day key is the local date as `YYYY-MM-DD`: it sorts, compares and keys maps as it is.
 */

/** A local date as `YYYY-MM-DD`. */
export type DayKey = string;

const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			calendar: 'gregory',
			numberingSystem: 'latn',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			era: 'short'
		});
		formatters.set(timeZone, formatter);
	}
	return formatter;
}

function pad(value: number, width = 2): string {
	return String(value).padStart(width, '0');
}

/** The key of a proleptic Gregorian date; years before 1 and after 9999 are clamped into four digits' reach. */
function keyOf(year: number, month: number, day: number): DayKey {
	return `${year < 0 ? '-' : ''}${pad(Math.abs(year), 4)}-${pad(month)}-${pad(day)}`;
}

const clockFormatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes since local midnight (0–1439) at `ms` in `timeZone`, by the wall clock. */
export function minutesOfDay(ms: number, timeZone: string): number {
	let formatter = clockFormatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', numberingSystem: 'latn' });
		clockFormatters.set(timeZone, formatter);
	}
	const parts = formatter.formatToParts(ms);
	const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
	return get('hour') * 60 + get('minute');
}

/** The local date `ms` falls on in `timeZone`. */
export function dayKeyOf(ms: number, timeZone: string): DayKey {
	const parts = formatterFor(timeZone).formatToParts(ms);
	const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
	const bce = parts.find((part) => part.type === 'era')?.value === 'BC';
	const year = bce ? 1 - get('year') : get('year');
	return keyOf(year, get('month'), get('day'));
}

/** The date parts of a key. */
export function partsOf(key: DayKey): { year: number; month: number; day: number } {
	const match = /^(-?\d{4,})-(\d{2})-(\d{2})$/.exec(key);
	if (!match) throw new RangeError(`Not a day key: ${key}`);
	return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** UTC ms of the key's date at 00:00 UTC: for calendar arithmetic only, never an instant to show. */
function utcOf(key: DayKey): number {
	const { year, month, day } = partsOf(key);
	const date = new Date(Date.UTC(2000, month - 1, day));
	date.setUTCFullYear(year);
	return date.getTime();
}

function keyOfUtc(ms: number): DayKey {
	const date = new Date(ms);
	return keyOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The date `days` after (or before, when negative) `key`. */
export function addDays(key: DayKey, days: number): DayKey {
	return keyOfUtc(utcOf(key) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DayKey, to: DayKey): number {
	return Math.round((utcOf(to) - utcOf(from)) / DAY_MS);
}

/** Day of the week, 0 = Monday … 6 = Sunday. */
export function weekdayOf(key: DayKey): number {
	return (new Date(utcOf(key)).getUTCDay() + 6) % 7;
}

/** The Monday on or before `key`: the key of its week. */
export function weekOf(key: DayKey): DayKey {
	return addDays(key, -weekdayOf(key));
}

/** The first day of the month `key` falls in. */
export function monthOf(key: DayKey): DayKey {
	const { year, month } = partsOf(key);
	return keyOf(year, month, 1);
}

/** The first day of the month `months` after (or before) the month of `key`. */
export function addMonths(key: DayKey, months: number): DayKey {
	const { year, month } = partsOf(key);
	const index = year * 12 + (month - 1) + months;
	return keyOf(Math.floor(index / 12), (((index % 12) + 12) % 12) + 1, 1);
}

/** How many days the month of `key` has. */
export function daysInMonth(key: DayKey): number {
	return daysBetween(monthOf(key), addMonths(key, 1));
}

/**
 * The first instant of local day `key` in `timeZone`. Usually its midnight; where a clock change
 * skips midnight (some zones start summer time at 00:00), the first minute the day has.
 */
export function startOfDay(key: DayKey, timeZone: string): number {
	// The local date only moves forward with time (bar a clock change that crosses midnight
	// backwards, where the first of the two starts is found), and every zone's offset lies within
	// ±15 hours of UTC: search that range for the first second that is on `key` or later.
	const utcMidnight = utcOf(key);
	let low = utcMidnight - 15 * 3_600_000;
	let high = utcMidnight + 15 * 3_600_000;
	while (high - low > 1000) {
		const middle = low + Math.floor((high - low) / 2000) * 1000;
		if (daysBetween(key, dayKeyOf(middle, timeZone)) >= 0) high = middle;
		else low = middle;
	}
	return high;
}

/** The first instant of the local day after the one `ms` falls on. */
export function nextDayStart(ms: number, timeZone: string): number {
	return startOfDay(addDays(dayKeyOf(ms, timeZone), 1), timeZone);
}

/**
 * The first instant at which the local clock in `timeZone` reads `minutes` past midnight on day
 * `key`, or later (a time skipped by a clock change gives the first minute after the change).
 * For a session logged by hand: the date and time the user typed.
 */
export function localInstant(key: DayKey, minutes: number, timeZone: string): number {
	const start = startOfDay(key, timeZone);
	const end = startOfDay(addDays(key, 1), timeZone);
	// Within one day the wall clock only moves forward, bar an hour repeated when summer time ends
	// (the first of the two is found): search the day for the first second at or past `minutes`.
	let low = start;
	let high = end;
	if (minutesOfDay(start, timeZone) >= minutes) return start;
	while (high - low > 1000) {
		const middle = low + Math.floor((high - low) / 2000) * 1000;
		const onDay = dayKeyOf(middle, timeZone) === key;
		if (!onDay || minutesOfDay(middle, timeZone) >= minutes) high = middle;
		else low = middle;
	}
	return high;
}

/** A day key in words, e.g. "Sunday 22 November 2026", in the phone's language (`locale` undefined). */
export function formatDay(key: DayKey, options: Intl.DateTimeFormatOptions, locale?: string): string {
	// The key's date at 00:00 UTC, shown in UTC: the same date whatever the phone's zone.
	return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(utcOf(key));
}

function pad2(value: number): string {
	return String(Math.abs(value)).padStart(2, '0');
}

/**
 * `ms` as ISO 8601 local time with its offset in `timeZone`, to the second, e.g.
 * "2026-07-01T18:00:00+01:00": what a spreadsheet and a person both read right.
 */
export function isoWithOffset(ms: number, timeZone: string): string {
	const whole = Math.floor(ms / 1000) * 1000;
	const key = dayKeyOf(whole, timeZone);
	const minutes = minutesOfDay(whole, timeZone);
	const seconds = Math.floor((((whole / 1000) % 60) + 60) % 60);
	const wallAsUtc = utcOf(key) + minutes * 60_000 + seconds * 1000;
	const offsetMinutes = Math.round((wallAsUtc - whole) / 60_000);
	const sign = offsetMinutes < 0 ? '-' : '+';
	return `${key}T${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}:${pad2(seconds)}${sign}${pad2(Math.trunc(offsetMinutes / 60))}:${pad2(offsetMinutes % 60)}`;
}
