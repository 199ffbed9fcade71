/**
 * Where the pain chart draws things: a 0–10 score axis, dates along the bottom, and one line of
 * points per moment. Pure geometry in SVG user units, so the chart component only draws, and the same
 * picture appears on the history screen, in print and in a downloaded report.
 */
import { CHECK_IN_MOMENTS, type CheckInMoment } from './check-in';
import { shortDay } from './day-labels';
import { addDays, dayKeyOf, daysBetween, startOfDay, type DayKey } from './local-time';
import type { PainSeries } from './pain-series';

/** The drawing's size and the margins kept for the axes' words. */
export interface ChartBox {
	width: number;
	height: number;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** Fits a 360 px phone's content width; the SVG scales with its box. */
export const CHART_BOX: ChartBox = { width: 320, height: 190, left: 26, right: 12, top: 10, bottom: 26 };

/** The scores marked on the axis. */
export const SCORE_TICKS = [0, 2, 4, 6, 8, 10] as const;

export interface ChartPoint {
	x: number;
	y: number;
	at: number;
	score: number;
}

export interface PainChartLayout {
	box: ChartBox;
	yTicks: { score: number; y: number }[];
	xTicks: { day: DayKey; label: string; x: number }[];
	lines: { moment: CheckInMoment; points: ChartPoint[]; path: string }[];
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Lays out `series` over the time from `fromMs` to `toMs` in `timeZone`. Four dates label the bottom,
 * the first and last days of the period included. A score given outside the period (the clock was
 * moved) is drawn at the nearer edge rather than off the chart.
 */
export function layoutPainChart(series: PainSeries, fromMs: number, toMs: number, timeZone: string, box: ChartBox = CHART_BOX): PainChartLayout {
	const plotWidth = box.width - box.left - box.right;
	const plotHeight = box.height - box.top - box.bottom;
	const span = Math.max(1, toMs - fromMs);
	const xOf = (ms: number) => round(box.left + (Math.min(Math.max(ms, fromMs), toMs) - fromMs) / span * plotWidth);
	const yOf = (score: number) => round(box.top + ((10 - score) / 10) * plotHeight);

	const firstDay = dayKeyOf(fromMs, timeZone);
	const lastDay = dayKeyOf(Math.max(fromMs, toMs - 1), timeZone);
	const days = daysBetween(firstDay, lastDay);
	const tickDays = [...new Set([0, 1, 2, 3].map((i) => addDays(firstDay, Math.round((i * days) / 3))))];
	const xTicks = tickDays.map((day) => ({ day, label: shortDay(day), x: xOf(startOfDay(day, timeZone)) }));

	const lines = CHECK_IN_MOMENTS.map((moment) => {
		const points = series.points[moment].map(({ at, score }) => ({ x: xOf(at), y: yOf(score), at, score }));
		const path = points.map((point, i) => `${i === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ');
		return { moment, points, path };
	});
	return { box, yTicks: SCORE_TICKS.map((score) => ({ score, y: yOf(score) })), xTicks, lines };
}
