/**
 * The report for a physiotherapist: which days it covers, what it sums up, and how each session's
 * scores read in the table. Pure: records and days in, numbers and words out.
 */
import { MOMENT_LABELS, spotsOf, scoreOf, CHECK_IN_MOMENTS, type CheckInMoment } from './check-in';
import { addDays, daysBetween, startOfDay, weekOf, type DayKey } from './local-time';
import { meanScore, painSeriesBySpot } from './pain-series';
import type { SessionRecord } from './session-record';

/** The periods offered, each ending today: 4 weeks, 3 months (13 weeks) and 6 months (26 weeks). */
export const REPORT_PERIODS = [
	{ id: '4-weeks', label: 'Last 4 weeks', days: 28 },
	{ id: '3-months', label: 'Last 3 months', days: 91 },
	{ id: '6-months', label: 'Last 6 months', days: 182 }
] as const;
export type ReportPeriodId = (typeof REPORT_PERIODS)[number]['id'];

/** Local days from `from` to `to`, both included. */
export interface DayRange {
	from: DayKey;
	to: DayKey;
}

/** The `days` days up to and including `today`. */
export function lastDays(today: DayKey, days: number): DayRange {
	return { from: addDays(today, -(days - 1)), to: today };
}

/** A range the right way round (typed dates may come in either order). */
export function orderedRange(a: DayKey, b: DayKey): DayRange {
	return daysBetween(a, b) >= 0 ? { from: a, to: b } : { from: b, to: a };
}

/** The instants a range covers in `timeZone`: from the start of its first day to the start of the day after its last. */
export function rangeInstants(range: DayRange, timeZone: string): { fromMs: number; toMs: number } {
	return { fromMs: startOfDay(range.from, timeZone), toMs: startOfDay(addDays(range.to, 1), timeZone) };
}

/** How many weeks (Monday to Sunday) a range touches. */
export function weeksTouched(range: DayRange): number {
	return daysBetween(weekOf(range.from), weekOf(range.to)) / 7 + 1;
}

/** The downloaded report's file name: `unknot-report-2026-10-25-to-2026-11-22.html`. */
export function reportFileName(range: DayRange): string {
	return `unknot-report-${range.from}-to-${range.to}.html`;
}

/** A spot's average scores over the period, per moment (null where it has none). */
export interface SpotAverages {
	spot: string;
	averages: Record<CheckInMoment, number | null>;
	checkIns: number;
}

/** What the report's first page sums up. */
export interface ReportSummary {
	sessions: number;
	completed: number;
	endedEarly: number;
	loggedByHand: number;
	activeSeconds: number;
	/** Each routine done and how often, most often first. */
	routines: { title: string; count: number }[];
	spots: SpotAverages[];
}

/** Sums up the sessions of a period. */
export function summarizeSessions(records: readonly SessionRecord[]): ReportSummary {
	const routines = new Map<string, number>();
	for (const { routineTitle } of records) routines.set(routineTitle, (routines.get(routineTitle) ?? 0) + 1);
	const spots = painSeriesBySpot(records).map((series) => ({
		spot: series.spot,
		averages: {
			before: meanScore(series.points.before),
			after: meanScore(series.points.after),
			'next-day': meanScore(series.points['next-day'])
		},
		checkIns: series.count
	}));
	return {
		sessions: records.length,
		completed: records.filter((record) => record.status === 'completed').length,
		endedEarly: records.filter((record) => record.status === 'partial').length,
		loggedByHand: records.filter((record) => record.loggedByHand).length,
		activeSeconds: records.reduce((total, record) => total + record.activeSeconds, 0),
		routines: [...routines].map(([title, count]) => ({ title, count })).sort((a, b) => b.count - a.count || a.title.localeCompare(b.title)),
		spots
	};
}

/** A length of time in words: "45 s", "12 min", "2 h 5 min". */
export function formatDuration(seconds: number): string {
	const whole = Math.round(seconds);
	if (whole < 60) return `${whole} s`;
	const minutes = Math.round(whole / 60);
	if (minutes < 60) return `${minutes} min`;
	const rest = minutes % 60;
	return rest === 0 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
}

/** A session's scores for the table: "Left hip: before 4, after 3, next day 2. Lower back: after 1." */
export function scoresText(record: Pick<SessionRecord, 'checkIns'>): string {
	return spotsOf(record.checkIns)
		.map((spot) => {
			const scores = CHECK_IN_MOMENTS.flatMap((moment) => {
				const score = scoreOf(record.checkIns, spot, moment);
				return score === undefined ? [] : [`${MOMENT_LABELS[moment].toLowerCase()} ${score}`];
			});
			return `${spot}: ${scores.join(', ')}.`;
		})
		.join(' ');
}
