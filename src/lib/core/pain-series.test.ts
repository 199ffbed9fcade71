import { describe, expect, it } from 'vitest';
import { MOMENT_LABELS, type CheckIn } from './check-in';
import { describeConcern, describeMoment, describeSeries, formatScore, meanScore, painSeriesBySpot, spotInSentence } from './pain-series';

const hip = (moment: CheckIn['moment'], score: number, at: number, spot = 'Left hip'): CheckIn => ({ spot, moment, score, at });

describe('pain series', () => {
	it('splits check-ins by spot (any case) and moment, oldest first, busiest spot first', () => {
		const series = painSeriesBySpot([
			{ checkIns: [hip('before', 5, 300), hip('after', 3, 400), hip('before', 2, 50, 'Lower back')] },
			{ checkIns: [hip('before', 6, 100, 'left hip'), hip('next-day', 4, 200)] }
		]);
		expect(series.map((s) => [s.spot, s.count])).toEqual([
			['Left hip', 4],
			['Lower back', 1]
		]);
		expect(series[0]?.points).toEqual({
			before: [{ at: 100, score: 6 }, { at: 300, score: 5 }],
			after: [{ at: 400, score: 3 }],
			'next-day': [{ at: 200, score: 4 }]
		});
		expect(painSeriesBySpot([])).toEqual([]);
	});

	it('orders spots with as many check-ins by name', () => {
		const series = painSeriesBySpot([{ checkIns: [hip('after', 1, 1, 'Right hip'), hip('after', 1, 1, 'Left calf/soleus')] }]);
		expect(series.map((s) => s.spot)).toEqual(['Left calf/soleus', 'Right hip']);
	});

	it('averages and rounds scores to one decimal at most', () => {
		expect(meanScore([])).toBeNull();
		expect(meanScore([{ at: 0, score: 3 }, { at: 0, score: 4 }])).toBe(3.5);
		expect([3.25, 2, 3.04, 0.96].map(formatScore)).toEqual(['3.3', '2', '3', '1']);
	});

	it('lowers the first letter of the app’s own spots only', () => {
		expect(spotInSentence('Left IT band')).toBe('left IT band');
		expect(spotInSentence('Sore spot')).toBe('sore spot');
		expect(spotInSentence('Achilles')).toBe('Achilles');
	});
});

describe('the chart in words', () => {
	const points = (...scores: number[]) => scores.map((score, at) => ({ at, score }));

	it('says one score, or the average and where it started and ended', () => {
		expect(describeMoment('After', [])).toBeNull();
		expect(describeMoment('After', points(4))).toBe('After: one score, 4.');
		expect(describeMoment('After', points(4, 2))).toBe('After: average 3, from 4 at the start to 2 lately.');
		expect(describeMoment('Next day', points(5, 4, 3, 3, 2, 1, 2))).toBe('Next day: average 2.9, from 4 at the start to 1.7 lately.');
		expect(describeMoment('Before', points(3, 5, 3))).toBe('Before: average 3.7, 3 both at the start and lately.');
	});

	it('summarizes a spot: next day first, moments without scores left out', () => {
		const [series] = painSeriesBySpot([
			{ checkIns: [hip('next-day', 5, 1), hip('next-day', 4, 2), hip('before', 3, 0)] },
			{ checkIns: [hip('next-day', 2, 9)] }
		]);
		expect(series && describeSeries(series, 'last 30 days', MOMENT_LABELS)).toBe(
			'Left hip, last 30 days: 4 check-ins. Next day: average 3.7, from 5 at the start to 2 lately. Before: one score, 3.'
		);
		const [single] = painSeriesBySpot([{ checkIns: [hip('after', 1, 0)] }]);
		expect(single && describeSeries(single, 'last 90 days', MOMENT_LABELS)).toBe('Left hip, last 90 days: 1 check-in. After: one score, 1.');
	});

	it('says a rising spot calmly, with the figures, and when to see someone', () => {
		expect(describeConcern({ spot: 'Left hip', reasons: ['rising'], recentMean: 5.5, previousMean: 3, highest: 6 })).toEqual({
			finding: 'Your left hip has been sorer the day after lately (next-day average 5.5, up from 3).',
			advice: 'That can happen, but if it keeps rising or feels sharp, see a physiotherapist or doctor.'
		});
		expect(describeConcern({ spot: 'Achilles', reasons: ['rising', 'high'], recentMean: 7, previousMean: 4.25, highest: 8 }).finding).toBe(
			'Your Achilles has been sorer the day after lately (next-day average 7, up from 4.3). It reached 8 out of 10 this week.'
		);
		expect(describeConcern({ spot: 'Lower back', reasons: ['high'], recentMean: null, previousMean: null, highest: 7 })).toEqual({
			finding: 'Your lower back reached 7 out of 10 this week.',
			advice: 'That can happen, but if it stays that high or feels sharp, see a physiotherapist or doctor.'
		});
	});
});
