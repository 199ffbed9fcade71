/**
 * What the history's progress part and the physio report read, by date range only: a long history
 * (years of sessions) costs no more than the days shown. Day counts and the streak read the start-time
 * index alone; the pain series, the concerns and the report read the records of their own range.
 * The time and the time zone are always passed in.
 */
import type { CheckIn } from '$lib/core/check-in';
import { countByDay, currentStreak, sessionsPerWeek, type WeekCount } from '$lib/core/history-stats';
import { addDays, addMonths, dayKeyOf, monthOf, startOfDay, weekOf, type DayKey } from '$lib/core/local-time';
import { painSeriesBySpot, type PainSeries } from '$lib/core/pain-series';
import { findPainConcerns, type PainConcern } from '$lib/core/pain-trend';
import { rangeInstants, summarizeSessions, weeksTouched, type DayRange, type ReportSummary } from '$lib/core/report';
import type { SessionRecord } from '$lib/core/session-record';
import { listSessionsBetween, listSessionStartsBetween, visitSessionStarts } from '$lib/platform/session-store';
import { adherenceFromRecords, type WeekAdherence } from '$lib/core/plan';
import { listPlanEntries } from '$lib/platform/plan-store';
import { listRunDays } from '$lib/platform/run-day-store';
import { getSettings } from '$lib/platform/settings-store';

const DAY_MS = 86_400_000;

/** Weeks shown in the sessions-per-week bars. */
export const WEEKS_SHOWN = 8;
/** The periods the pain chart offers, in days ending today. */
export const PAIN_PERIODS = [30, 90, 365] as const;
export type PainPeriod = (typeof PAIN_PERIODS)[number];
/**
 * The concerns look at sessions started this many days back: the rule compares two 7-day windows of
 * check-ins, and a next-day check-in comes up to 72 hours after its session.
 */
export const CONCERN_LOOKBACK_DAYS = 17;

/** How many sessions started on each local day of the month of `month`. */
export async function readMonthCounts(month: DayKey, timeZone: string): Promise<Map<DayKey, number>> {
	const first = monthOf(month);
	const starts = await listSessionStartsBetween(startOfDay(first, timeZone), startOfDay(addMonths(first, 1), timeZone));
	return countByDay(starts.map((ms) => dayKeyOf(ms, timeZone)));
}

/**
 * The current streak at `nowMs`: days in a row with a session, back from today (or yesterday). Walks
 * the start-time index back from the newest session and stops at the first gap. A session dated after
 * today (the phone's clock was moved back) is passed over.
 */
export async function readStreak(nowMs: number, timeZone: string): Promise<number> {
	const today = dayKeyOf(nowMs, timeZone);
	const days = new Set<DayKey>();
	let oldest = addDays(today, 1);
	await visitSessionStarts((startedAt) => {
		const day = dayKeyOf(startedAt, timeZone);
		if (day >= oldest) return true;
		const next = addDays(oldest, -1);
		// The first day may be yesterday while today has none yet: the streak is not lost until the day is over.
		if (day === next || (days.size === 0 && day === addDays(today, -1))) {
			days.add(day);
			oldest = day;
			return true;
		}
		return false;
	});
	return currentStreak(days, today);
}

/** Sessions per week for the `weeks` weeks up to and including this one, oldest first. */
export async function readWeeks(nowMs: number, timeZone: string, weeks: number = WEEKS_SHOWN): Promise<WeekCount[]> {
	const today = dayKeyOf(nowMs, timeZone);
	const thisWeek = weekOf(today);
	const starts = await listSessionStartsBetween(startOfDay(addDays(thisWeek, -7 * (weeks - 1)), timeZone), startOfDay(addDays(thisWeek, 7), timeZone));
	return sessionsPerWeek(countByDay(starts.map((ms) => dayKeyOf(ms, timeZone))), today, weeks);
}

/** Each spot's scores over a period, and how many sessions in it could not be read. */
export interface PainPeriodSeries {
	/** The period: from the start of its first day to the end of today. */
	fromMs: number;
	toMs: number;
	series: PainSeries[];
	unreadable: number;
}

/** The pain series of sessions started in the `days` days up to and including today. */
export async function readPainSeries(nowMs: number, timeZone: string, days: number): Promise<PainPeriodSeries> {
	const today = dayKeyOf(nowMs, timeZone);
	const { fromMs, toMs } = rangeInstants({ from: addDays(today, -(days - 1)), to: today }, timeZone);
	const { records, unreadable } = await listSessionsBetween(fromMs, toMs);
	return { fromMs, toMs, series: painSeriesBySpot(records), unreadable: unreadable.length };
}

/**
 * The spots the rising rule holds for at `nowMs`, from sessions started in the last 17 days (and any
 * dated later: a concern is better shown than hidden when the clock was moved).
 */
export async function readPainConcerns(nowMs: number): Promise<PainConcern[]> {
	const { records } = await listSessionsBetween(nowMs - CONCERN_LOOKBACK_DAYS * DAY_MS, Infinity);
	return findPainConcerns(
		records.flatMap((record): CheckIn[] => record.checkIns),
		nowMs
	);
}

/**
 * The plan's done out of due for the `weeks` weeks up to the one holding `today` (oldest first), or
 * null with nothing planned (or the plan unreadable: the plan screen says why).
 */
export async function readAdherence(today: DayKey, weeks: number, timeZone: string): Promise<WeekAdherence[] | null> {
	try {
		const entries = await listPlanEntries();
		if (entries.records.length === 0) return null;
		const from = addDays(weekOf(today), -7 * (weeks - 1));
		const [runDays, { settings }, read] = await Promise.all([
			listRunDays(),
			getSettings(),
			listSessionsBetween(startOfDay(from, timeZone), startOfDay(addDays(today, 1), timeZone))
		]);
		return adherenceFromRecords(entries.records, read.records, runDays.records, settings.planPauses, today, weeks, (ms) => dayKeyOf(ms, timeZone));
	} catch (error) {
		console.warn('The plan could not be read for adherence.', error);
		return null;
	}
}

/** Everything the history's progress part shows first. */
export interface Progress {
	today: DayKey;
	streak: number;
	weeks: WeekCount[];
	month: DayKey;
	monthCounts: Map<DayKey, number>;
	pain: PainPeriodSeries;
	concerns: PainConcern[];
	/** The plan's done out of due per week, the same weeks; null with nothing planned. */
	adherence: WeekAdherence[] | null;
}

/** Reads the progress part at `nowMs`: this month's calendar and the pain chart over `painDays`. */
export async function readProgress(nowMs: number, timeZone: string, painDays: number = PAIN_PERIODS[0]): Promise<Progress> {
	const today = dayKeyOf(nowMs, timeZone);
	const month = monthOf(today);
	const [streak, weeks, monthCounts, pain, concerns, adherence] = await Promise.all([
		readStreak(nowMs, timeZone),
		readWeeks(nowMs, timeZone),
		readMonthCounts(month, timeZone),
		readPainSeries(nowMs, timeZone, painDays),
		readPainConcerns(nowMs),
		readAdherence(today, WEEKS_SHOWN, timeZone)
	]);
	return { today, streak, weeks, month, monthCounts, pain, concerns, adherence };
}

/** What the physio report shows for a period. */
export interface Report {
	range: DayRange;
	fromMs: number;
	toMs: number;
	/** Oldest first, as a report reads. */
	sessions: SessionRecord[];
	unreadable: number;
	summary: ReportSummary;
	weeks: WeekCount[];
	series: PainSeries[];
	/** As of `nowMs`, whatever the period. */
	streak: number;
	concerns: PainConcern[];
	/** The plan's done out of due per week of the period; null with nothing planned. */
	adherence: WeekAdherence[] | null;
}

/** Reads the report for the local days of `range`. */
export async function readReport(range: DayRange, nowMs: number, timeZone: string): Promise<Report> {
	const { fromMs, toMs } = rangeInstants(range, timeZone);
	const [{ records, unreadable }, streak, concerns] = await Promise.all([
		listSessionsBetween(fromMs, toMs),
		readStreak(nowMs, timeZone),
		readPainConcerns(nowMs)
	]);
	const sessions = records.toReversed();
	const weeks = sessionsPerWeek(
		countByDay(sessions.map((record) => dayKeyOf(record.startedAt, timeZone))),
		range.to,
		weeksTouched(range)
	);
	// Done out of due over the period's weeks (whole weeks, read on their own).
	const adherence = await readAdherence(range.to, weeksTouched(range), timeZone);
	return {
		range,
		fromMs,
		toMs,
		sessions,
		unreadable: unreadable.length,
		summary: summarizeSessions(sessions),
		weeks,
		series: painSeriesBySpot(sessions),
		streak,
		concerns,
		adherence
	};
}
