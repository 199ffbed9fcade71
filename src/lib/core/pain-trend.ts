/**
 * The "rising" rule: when a sore spot's scores say it is getting worse rather than better, the app
 * says so calmly and points to the safety page. Defined once here; the history uses it now, and plans
 * use it to hold a dose back. Pure: check-ins and the time in, concerns out.
 */
import type { CheckIn } from './check-in';

const DAY_MS = 86_400_000;
/** Each window the rule compares is this long: the last 7 days, and the 7 before them. */
export const TREND_WINDOW_MS = 7 * DAY_MS;
/** The next-day mean must rise by at least this much from one window to the next. */
export const RISE_POINTS = 2;
/** Any score this high in the last 7 days is a concern on its own. */
export const HIGH_SCORE = 7;

/** Why a spot is a concern, with the figures behind it. */
export interface PainConcern {
	spot: string;
	/** `rising`: the next-day mean rose by 2 or more; `high`: a score of 7 or more (both may hold). */
	reasons: ('rising' | 'high')[];
	/** Mean next-day score of the last 7 days, and of the 7 days before; null when there was none. */
	recentMean: number | null;
	previousMean: number | null;
	/** The highest score of the last 7 days, any moment. */
	highest: number;
}

function mean(values: readonly number[]): number | null {
	return values.length === 0 ? null : sum(values) / values.length;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Whether the mean of `recent` is at least 2 above the mean of `previous`, in whole numbers: means
 * like 5.1 and 3.1 differ by 1.9999999999999996 in floating point.
 */
function risesEnough(recent: readonly number[], previous: readonly number[]): boolean {
	if (recent.length === 0 || previous.length === 0) return false;
	return sum(recent) * previous.length - sum(previous) * recent.length >= RISE_POINTS * recent.length * previous.length;
}

/**
 * The spots for which the rule holds at `nowMs`: the mean next-day score of the last 7 days is at
 * least 2 points above the mean of the 7 days before, or any score (before, after or next day) of the
 * last 7 days is 7 or more. A check-in dated after `nowMs` (the phone's clock was moved back) counts
 * as recent: a worry is better shown than hidden. Spots compare case-insensitively.
 */
export function findPainConcerns(checkIns: readonly CheckIn[], nowMs: number): PainConcern[] {
	const recentFrom = nowMs - TREND_WINDOW_MS;
	const previousFrom = recentFrom - TREND_WINDOW_MS;
	const bySpot = new Map<string, { spot: string; recent: number[]; previous: number[]; highest: number }>();
	for (const checkIn of checkIns) {
		if (checkIn.at <= previousFrom) continue;
		const key = checkIn.spot.toLowerCase();
		const entry = bySpot.get(key) ?? { spot: checkIn.spot, recent: [], previous: [], highest: -1 };
		bySpot.set(key, entry);
		const recent = checkIn.at > recentFrom;
		if (recent) entry.highest = Math.max(entry.highest, checkIn.score);
		if (checkIn.moment === 'next-day') (recent ? entry.recent : entry.previous).push(checkIn.score);
	}
	const concerns: PainConcern[] = [];
	for (const { spot, recent, previous, highest } of bySpot.values()) {
		const recentMean = mean(recent);
		const previousMean = mean(previous);
		const reasons: PainConcern['reasons'] = [];
		if (risesEnough(recent, previous)) reasons.push('rising');
		if (highest >= HIGH_SCORE) reasons.push('high');
		if (reasons.length > 0) concerns.push({ spot, reasons, recentMean, previousMean, highest });
	}
	return concerns;
}
