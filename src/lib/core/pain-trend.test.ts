import { describe, expect, it } from 'vitest';
import type { CheckIn } from './check-in';
import { findPainConcerns } from './pain-trend';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-22T09:00:00Z');
const nextDay = (daysAgo: number, score: number, spot = 'Left hip'): CheckIn => ({ spot, moment: 'next-day', score, at: NOW - daysAgo * DAY });

describe('the rising rule', () => {
	it('holds when the last 7 days’ next-day mean is 2 or more above the 7 days before', () => {
		const checkIns = [nextDay(12, 2), nextDay(10, 3), nextDay(5, 4), nextDay(2, 5)];
		expect(findPainConcerns(checkIns, NOW)).toEqual([
			{ spot: 'Left hip', reasons: ['rising'], recentMean: 4.5, previousMean: 2.5, highest: 5 }
		]);
	});

	it('does not hold at a rise just under 2, whatever floating point says', () => {
		// Means 5.1 and 3.1 differ by 1.9999999999999996 in floating point, and by exactly 2 in fact.
		const recent = [5, 5, 5, 5, 5, 5, 5, 5, 5, 6].map((score, i) => nextDay(1 + i * 0.1, score));
		const previous = [3, 3, 3, 3, 3, 3, 3, 3, 3, 4].map((score, i) => nextDay(8 + i * 0.1, score));
		expect(findPainConcerns([...recent, ...previous], NOW).map((c) => c.reasons)).toEqual([['rising']]);
		const lower = [...recent.slice(0, 9), nextDay(2, 5), ...previous];
		expect(findPainConcerns(lower, NOW)).toEqual([]);
	});

	it('needs next-day scores in both windows, and counts no other moment toward the means', () => {
		const checkIns: CheckIn[] = [nextDay(3, 6), { spot: 'Left hip', moment: 'after', score: 0, at: NOW - 9 * DAY }];
		expect(findPainConcerns(checkIns, NOW)).toEqual([]);
	});

	it('holds for any score of 7 or more in the last 7 days, at any moment', () => {
		const after: CheckIn = { spot: 'Right calf/soleus', moment: 'after', score: 7, at: NOW - 6.9 * DAY };
		expect(findPainConcerns([after], NOW)).toEqual([
			{ spot: 'Right calf/soleus', reasons: ['high'], recentMean: null, previousMean: null, highest: 7 }
		]);
		expect(findPainConcerns([{ ...after, score: 6 }], NOW)).toEqual([]);
		expect(findPainConcerns([{ ...after, at: NOW - 7 * DAY }], NOW)).toEqual([]);
	});

	it('gives both reasons when both hold', () => {
		expect(findPainConcerns([nextDay(9, 3), nextDay(1, 8)], NOW)[0]?.reasons).toEqual(['rising', 'high']);
	});

	it('looks at each spot on its own, in any case', () => {
		const checkIns = [nextDay(9, 1, 'Left hip'), nextDay(1, 4, 'left HIP'), nextDay(9, 5, 'Lower back'), nextDay(1, 5, 'Lower back')];
		expect(findPainConcerns(checkIns, NOW).map((c) => c.spot)).toEqual(['Left hip']);
	});

	it('forgets scores older than 14 days', () => {
		expect(findPainConcerns([nextDay(14, 0), nextDay(1, 5)], NOW)).toEqual([]);
	});

	it('counts a score dated after now (the clock moved back) as recent', () => {
		expect(findPainConcerns([nextDay(-2, 8)], NOW).map((c) => c.reasons)).toEqual([['high']]);
	});
});
