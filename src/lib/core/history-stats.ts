/**
 * What the history shows at a glance: sessions grouped by local day, the days of a month with
 * sessions, the current streak and sessions per week. Pure: days are `DayKey`s from `local-time.ts`.
 */
import { addDays, addMonths, daysBetween, daysInMonth, monthOf, weekdayOf, weekOf, type DayKey } from './local-time';

/** Items grouped by the local day of each, keeping their order (newest first stays newest first). */
export function groupByDay<T>(items: readonly T[], dayOf: (item: T) => DayKey): { day: DayKey; items: T[] }[] {
	const groups: { day: DayKey; items: T[] }[] = [];
	for (const item of items) {
		const day = dayOf(item);
		const last = groups.at(-1);
		if (last?.day === day) last.items.push(item);
		else groups.push({ day, items: [item] });
	}
	return groups;
}

/**
 * The current streak: consecutive days with a session, counting back from today, or from yesterday
 * while today has none yet (the streak is not lost until the day is over). `days` need not be sorted.
 */
export function currentStreak(days: Iterable<DayKey>, today: DayKey): number {
	const set = new Set(days);
	let day = set.has(today) ? today : addDays(today, -1);
	let streak = 0;
	while (set.has(day)) {
		streak += 1;
		day = addDays(day, -1);
	}
	return streak;
}

/** Sessions in one week, Monday to Sunday. */
export interface WeekCount {
	/** The Monday. */
	week: DayKey;
	count: number;
}

/** Sessions per week for the `weeks` weeks up to and including today's, oldest first. */
export function sessionsPerWeek(dayCounts: ReadonlyMap<DayKey, number>, today: DayKey, weeks: number): WeekCount[] {
	const thisWeek = weekOf(today);
	const counts: WeekCount[] = [];
	for (let i = weeks - 1; i >= 0; i--) counts.push({ week: addDays(thisWeek, -7 * i), count: 0 });
	const first = counts[0]?.week;
	for (const [day, count] of dayCounts) {
		if (first === undefined) break;
		const index = Math.floor(daysBetween(first, day) / 7);
		const entry = counts[index];
		if (entry && index >= 0) entry.count += count;
	}
	return counts;
}

/** How many sessions each day has. */
export function countByDay(days: Iterable<DayKey>): Map<DayKey, number> {
	const counts = new Map<DayKey, number>();
	for (const day of days) counts.set(day, (counts.get(day) ?? 0) + 1);
	return counts;
}

/** One cell of a month's calendar: a day of the month, or null for the blanks before the 1st and after the last. */
export type MonthCell = { day: DayKey; date: number; count: number } | null;

/** The month of `anyDay` as weeks of seven cells, Monday first, each day with its session count. */
export function monthWeeks(anyDay: DayKey, dayCounts: ReadonlyMap<DayKey, number>): MonthCell[][] {
	const first = monthOf(anyDay);
	const length = daysInMonth(first);
	const cells: MonthCell[] = Array.from({ length: weekdayOf(first) }, () => null);
	for (let date = 1; date <= length; date++) {
		const day = addDays(first, date - 1);
		cells.push({ day, date, count: dayCounts.get(day) ?? 0 });
	}
	while (cells.length % 7 !== 0) cells.push(null);
	const weeks: MonthCell[][] = [];
	for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
	return weeks;
}

/** The first days of the `count` months up to and including the month of `today`, oldest first. */
export function recentMonths(today: DayKey, count: number): DayKey[] {
	return Array.from({ length: count }, (_, i) => addMonths(today, i - count + 1));
}
