import { describe, expect, it } from 'vitest';
import { startOfDay } from './local-time';
import { CHART_BOX, layoutPainChart } from './pain-chart';
import { painSeriesBySpot } from './pain-series';

const ZONE = 'Europe/London';
const FROM = startOfDay('2026-10-24', ZONE);
const TO = startOfDay('2026-11-23', ZONE);

describe('the pain chart’s layout', () => {
	const [series] = painSeriesBySpot([
		{
			checkIns: [
				{ spot: 'Left hip', moment: 'before', score: 10, at: FROM },
				{ spot: 'Left hip', moment: 'before', score: 0, at: TO },
				{ spot: 'Left hip', moment: 'next-day', score: 5, at: TO + 86_400_000 }
			]
		}
	]);
	const layout = series && layoutPainChart(series, FROM, TO, ZONE);

	it('puts 10 at the top and 0 at the bottom of the plot, and time from left to right', () => {
		const { left, right, top, bottom, width, height } = CHART_BOX;
		expect(layout?.yTicks.at(0)).toEqual({ score: 0, y: height - bottom });
		expect(layout?.yTicks.at(-1)).toEqual({ score: 10, y: top });
		expect(layout?.lines.find((line) => line.moment === 'before')).toEqual({
			moment: 'before',
			points: [
				{ x: left, y: top, at: FROM, score: 10 },
				{ x: width - right, y: height - bottom, at: TO, score: 0 }
			],
			path: `M${left} ${top} L${width - right} ${height - bottom}`
		});
	});

	it('draws a score from after the period at its edge, and an empty moment as no line', () => {
		expect(layout?.lines.find((line) => line.moment === 'next-day')?.points[0]?.x).toBe(CHART_BOX.width - CHART_BOX.right);
		expect(layout?.lines.find((line) => line.moment === 'after')).toEqual({ moment: 'after', points: [], path: '' });
	});

	it('labels four local dates, the first and last days of the period among them', () => {
		expect(layout?.xTicks.map((tick) => tick.label)).toEqual(['24 Oct', '3 Nov', '12 Nov', '22 Nov']);
		expect(layout?.xTicks[0]?.x).toBe(CHART_BOX.left);
	});

	it('labels a one-day period once', () => {
		expect(series && layoutPainChart(series, FROM, FROM + 3_600_000, ZONE).xTicks.map((tick) => tick.day)).toEqual(['2026-10-24']);
	});
});
