/**
 * Words for local days: "22 November", "Nov 2026". Pure. A day key is a calendar date, not an
 * instant, so it is formatted as that date in UTC, whatever zone the phone is in. The app's words are
 * British English, so dates are too: "22 November", never "November 22".
 */
import { partsOf, type DayKey } from './local-time';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The date of `key` in words, with Intl's options (the zone is always UTC: see above). */
export function formatDay(key: DayKey, options: Intl.DateTimeFormatOptions): string {
	const id = JSON.stringify(options);
	let formatter = formatters.get(id);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
		formatters.set(id, formatter);
	}
	const { year, month, day } = partsOf(key);
	const date = new Date(Date.UTC(2000, month - 1, day));
	date.setUTCFullYear(year);
	return formatter.format(date);
}

/** "22 November". */
export const dayAndMonth = (key: DayKey) => formatDay(key, { day: 'numeric', month: 'long' });
/** "22 Nov". */
export const shortDay = (key: DayKey) => formatDay(key, { day: 'numeric', month: 'short' });
/** "22 Nov 2026". */
export const shortDate = (key: DayKey) => formatDay(key, { day: 'numeric', month: 'short', year: 'numeric' });
/** "November 2026". */
export const monthAndYear = (key: DayKey) => formatDay(key, { month: 'long', year: 'numeric' });

/** "1 session", "2 sessions", "no sessions". */
export function sessionCount(count: number): string {
	if (count === 0) return 'no sessions';
	return count === 1 ? '1 session' : `${count} sessions`;
}
