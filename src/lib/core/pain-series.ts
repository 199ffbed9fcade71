/**
 * Check-ins turned into what the history's chart and the physio report show: each sore spot's scores
 * over time, one series per moment, and those series (and the rising rule's findings) said in words
 * for people who cannot see the chart. Pure.
 */
import { CHECK_IN_MOMENTS, SORE_SPOTS, UNNAMED_SPOT, type CheckIn, type CheckInMoment } from './check-in';
import type { PainConcern } from './pain-trend';

/** One score, when it was given. */
export interface PainPoint {
	at: number;
	score: number;
}

/** A spot's scores in a period, oldest first for each moment. */
export interface PainSeries {
	spot: string;
	points: Record<CheckInMoment, PainPoint[]>;
	/** Check-ins in all three series. */
	count: number;
}

/** The moments in the order the words and the legend give them: next day matters most. */
export const SERIES_ORDER: readonly CheckInMoment[] = ['next-day', 'before', 'after'];

/**
 * Each spot's series from the check-ins of `sessions` (any order). Spots compare case-insensitively
 * and keep the spelling first met; the spots with most check-ins come first, then by name.
 */
export function painSeriesBySpot(sessions: readonly { checkIns: readonly CheckIn[] }[]): PainSeries[] {
	const bySpot = new Map<string, PainSeries>();
	for (const { checkIns } of sessions) {
		for (const { spot, moment, score, at } of checkIns) {
			const key = spot.toLowerCase();
			let series = bySpot.get(key);
			if (!series) {
				series = { spot, points: { before: [], after: [], 'next-day': [] }, count: 0 };
				bySpot.set(key, series);
			}
			series.points[moment].push({ at, score });
			series.count += 1;
		}
	}
	const all = [...bySpot.values()];
	for (const series of all) for (const moment of CHECK_IN_MOMENTS) series.points[moment].sort((a, b) => a.at - b.at);
	return all.sort((a, b) => b.count - a.count || a.spot.localeCompare(b.spot));
}

/** The mean of some scores; null for none. */
export function meanScore(points: readonly PainPoint[]): number | null {
	return points.length === 0 ? null : points.reduce((total, point) => total + point.score, 0) / points.length;
}

/** A score or mean as said and shown: at most one decimal, none when whole ("3.2", "2"). */
export function formatScore(value: number): string {
	return String(Math.round(value * 10) / 10);
}

/** A spot inside a sentence: "your left hip" for the app's own spots, a typed one as typed. */
export function spotInSentence(spot: string): string {
	const known = [...SORE_SPOTS, UNNAMED_SPOT].includes(spot);
	return known ? spot.charAt(0).toLowerCase() + spot.slice(1) : spot;
}

/** How many points the start and the end of a series each average: 1 for 2–3 points, up to 3. */
function edgeSize(count: number): number {
	return Math.max(1, Math.min(3, Math.floor(count / 2)));
}

/** One moment's series in words: "Next day: average 3.2, from 4.5 at the start to 2 lately." */
export function describeMoment(label: string, points: readonly PainPoint[]): string | null {
	if (points.length === 0) return null;
	const [first] = points;
	if (points.length === 1 && first) return `${label}: one score, ${first.score}.`;
	const size = edgeSize(points.length);
	const start = formatScore(meanScore(points.slice(0, size)) ?? 0);
	const lately = formatScore(meanScore(points.slice(-size)) ?? 0);
	const average = formatScore(meanScore(points) ?? 0);
	const change = start === lately ? `${start} both at the start and lately` : `from ${start} at the start to ${lately} lately`;
	return `${label}: average ${average}, ${change}.`;
}

/**
 * The chart's text summary: "Left hip, last 30 days: 12 check-ins. Next day: average 3.2, from 4.5
 * at the start to 2 lately. Before: …". `labels` are the words for each moment.
 */
export function describeSeries(series: PainSeries, periodText: string, labels: Readonly<Record<CheckInMoment, string>>): string {
	const count = series.count === 1 ? '1 check-in' : `${series.count} check-ins`;
	const moments = SERIES_ORDER.map((moment) => describeMoment(labels[moment], series.points[moment])).filter((text) => text !== null);
	return [`${series.spot}, ${periodText}: ${count}.`, ...moments].join(' ');
}

/** A concern from the rising rule in calm words: what was seen, and what to do about it. */
export interface ConcernWords {
	finding: string;
	advice: string;
}

/**
 * "Your left hip has been sorer the day after lately (next-day average 5.5, up from 3)." and when to
 * see someone. Never alarming: it says what the scores show and that this can happen.
 */
export function describeConcern(concern: PainConcern): ConcernWords {
	const spot = spotInSentence(concern.spot);
	const findings: string[] = [];
	const rising = concern.reasons.includes('rising') && concern.recentMean !== null && concern.previousMean !== null;
	if (rising) {
		findings.push(
			`Your ${spot} has been sorer the day after lately (next-day average ${formatScore(concern.recentMean ?? 0)}, up from ${formatScore(concern.previousMean ?? 0)}).`
		);
	}
	if (concern.reasons.includes('high')) {
		findings.push(rising ? `It reached ${concern.highest} out of 10 this week.` : `Your ${spot} reached ${concern.highest} out of 10 this week.`);
	}
	const advice = rising
		? 'That can happen, but if it keeps rising or feels sharp, see a physiotherapist or doctor.'
		: 'That can happen, but if it stays that high or feels sharp, see a physiotherapist or doctor.';
	return { finding: findings.join(' '), advice };
}
