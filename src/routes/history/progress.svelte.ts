/**
 * The history's progress part: the streak and weeks, the calendar's month, the pain chart's spot and
 * period, and any concern. Reads through `$lib/history/progress` by date range; each change of month
 * or period reads only what it needs, and an answer that comes back after a newer request is dropped.
 */
import type { WeekCount } from '$lib/core/history-stats';
import type { WeekAdherence } from '$lib/core/plan';
import { monthWeeks, recentMonths, type MonthCell } from '$lib/core/history-stats';
import { addMonths, dayKeyOf, monthOf, type DayKey } from '$lib/core/local-time';
import type { PainSeries } from '$lib/core/pain-series';
import type { PainConcern } from '$lib/core/pain-trend';
import { timeZoneOfDevice } from '$lib/platform/clock';
import { PAIN_PERIODS, readMonthCounts, readPainSeries, readProgress, type PainPeriod } from '$lib/history/progress';

/** How many months back the calendar goes, this one included. */
export const CALENDAR_MONTHS = 12;

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : 'Your progress could not be read.';
}

export class ProgressView {
	readonly timeZone: string;
	readonly today: DayKey;
	/** The first days of the months the calendar can show, oldest first. */
	readonly months: readonly DayKey[];

	status: 'loading' | 'ready' | 'failed' = $state('loading');
	error: string | null = $state(null);
	streak = $state(0);
	weeks: WeekCount[] = $state.raw([]);
	month: DayKey = $state('');
	calendar: MonthCell[][] = $state.raw([]);
	period: PainPeriod = $state(PAIN_PERIODS[0]);
	/** The spot chosen for the chart; the busiest spot of the period when none was chosen or it has no scores. */
	chosenSpot: string | null = $state(null);
	series: PainSeries[] = $state.raw([]);
	painFromMs = $state(0);
	painToMs = $state(0);
	concerns: PainConcern[] = $state.raw([]);
	/** The plan's done out of due per week, the same weeks; null with nothing planned. */
	adherence: WeekAdherence[] | null = $state.raw(null);

	#monthRequest = 0;
	#painRequest = 0;

	constructor(
		readonly nowMs: number,
		timeZone?: string
	) {
		this.timeZone = timeZone ?? timeZoneOfDevice();
		this.today = dayKeyOf(nowMs, this.timeZone);
		this.month = monthOf(this.today);
		this.months = recentMonths(this.today, CALENDAR_MONTHS);
	}

	/** Sessions in this week (the last of the weeks). */
	get thisWeek(): number {
		return this.weeks.at(-1)?.count ?? 0;
	}

	/** The series drawn: the chosen spot's, or the busiest one's. */
	get selected(): PainSeries | undefined {
		return this.series.find((series) => series.spot === this.chosenSpot) ?? this.series[0];
	}

	get canGoBack(): boolean {
		return this.month > (this.months[0] ?? this.month);
	}

	get canGoForward(): boolean {
		return this.month < (this.months.at(-1) ?? this.month);
	}

	/** Reads everything for today. */
	async load(): Promise<void> {
		this.status = 'loading';
		try {
			const progress = await readProgress(this.nowMs, this.timeZone, this.period);
			this.streak = progress.streak;
			this.weeks = progress.weeks;
			this.adherence = progress.adherence;
			this.calendar = monthWeeks(progress.month, progress.monthCounts);
			this.#setPain(progress.pain);
			this.concerns = progress.concerns;
			this.status = 'ready';
		} catch (error) {
			this.error = messageOf(error);
			this.status = 'failed';
		}
	}

	/** Shows the month before (-1) or after (+1) the one shown, within the recent months. */
	async moveMonth(delta: -1 | 1): Promise<void> {
		const month = addMonths(this.month, delta);
		if (!this.months.includes(month)) return;
		const request = ++this.#monthRequest;
		this.month = month;
		try {
			const counts = await readMonthCounts(month, this.timeZone);
			if (request === this.#monthRequest) this.calendar = monthWeeks(month, counts);
		} catch (error) {
			this.error = messageOf(error);
		}
	}

	/** Draws the chart over another period. */
	async choosePeriod(period: PainPeriod): Promise<void> {
		const request = ++this.#painRequest;
		this.period = period;
		try {
			const pain = await readPainSeries(this.nowMs, this.timeZone, period);
			if (request === this.#painRequest) this.#setPain(pain);
		} catch (error) {
			this.error = messageOf(error);
		}
	}

	chooseSpot = (spot: string): void => {
		this.chosenSpot = spot;
	};

	#setPain(pain: { fromMs: number; toMs: number; series: PainSeries[] }): void {
		this.series = pain.series;
		this.painFromMs = pain.fromMs;
		this.painToMs = pain.toMs;
	}
}
