import { describe, expect, it, vi } from 'vitest';
import { readMonthCounts, readPainSeries, readProgress } from '$lib/history/progress';
import type { PainSeries } from '$lib/core/pain-series';
import { ProgressView } from './progress.svelte';

vi.mock('$lib/history/progress', () => ({
	PAIN_PERIODS: [30, 90, 365],
	readProgress: vi.fn(),
	readMonthCounts: vi.fn(async () => new Map([['2026-10-05', 2]])),
	readPainSeries: vi.fn()
}));

const NOW = Date.parse('2026-11-22T09:00:00Z');
const series = (spot: string): PainSeries => ({ spot, points: { before: [{ at: NOW, score: 3 }], after: [], 'next-day': [] }, count: 1 });

function progressWith(spots: string[]) {
	return {
		today: '2026-11-22',
		streak: 3,
		weeks: [
			{ week: '2026-11-09', count: 1 },
			{ week: '2026-11-16', count: 4 }
		],
		month: '2026-11-01',
		monthCounts: new Map([['2026-11-22', 1]]),
		pain: { fromMs: 1, toMs: 2, series: spots.map(series), unreadable: 0 },
		concerns: [],
		adherence: [
			{ week: '2026-11-09', due: 4, done: 3 },
			{ week: '2026-11-16', due: 6, done: 6 }
		]
	};
}

describe('the history’s progress part', () => {
	it('reads everything for today in the zone given', async () => {
		vi.mocked(readProgress).mockResolvedValueOnce(progressWith(['Left hip', 'Lower back']));
		const view = new ProgressView(NOW, 'Europe/London');
		await view.load();
		expect(readProgress).toHaveBeenLastCalledWith(NOW, 'Europe/London', 30);
		expect(view.adherence?.at(-1)).toEqual({ week: '2026-11-16', due: 6, done: 6 });
		expect(view).toMatchObject({ status: 'ready', streak: 3, thisWeek: 4, month: '2026-11-01', painFromMs: 1, painToMs: 2 });
		expect(view.calendar.flat().find((cell) => cell?.day === '2026-11-22')?.count).toBe(1);
		expect(view.selected?.spot).toBe('Left hip');
		view.chooseSpot('Lower back');
		expect(view.selected?.spot).toBe('Lower back');
	});

	it('goes back through the last 12 months and no further, nor past this month', async () => {
		const view = new ProgressView(NOW, 'UTC');
		expect(view.canGoForward).toBe(false);
		await view.moveMonth(1);
		expect(view.month).toBe('2026-11-01');
		await view.moveMonth(-1);
		expect(view.month).toBe('2026-10-01');
		expect(readMonthCounts).toHaveBeenLastCalledWith('2026-10-01', 'UTC');
		expect(view.calendar.flat().find((cell) => cell?.day === '2026-10-05')?.count).toBe(2);
		for (let i = 0; i < 20; i++) await view.moveMonth(-1);
		expect(view.month).toBe('2025-12-01');
		expect(view.canGoBack).toBe(false);
	});

	it('keeps the chart of the period chosen last when answers come back out of order', async () => {
		let answerFirst: (value: Awaited<ReturnType<typeof readPainSeries>>) => void = () => {};
		vi.mocked(readPainSeries)
			.mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
			.mockResolvedValueOnce({ fromMs: 365, toMs: 2, series: [series('Right calf/soleus')], unreadable: 0 });
		const view = new ProgressView(NOW, 'UTC');
		const first = view.choosePeriod(90);
		await view.choosePeriod(365);
		answerFirst({ fromMs: 90, toMs: 2, series: [series('Left hip')], unreadable: 0 });
		await first;
		expect(view.period).toBe(365);
		expect(view.selected?.spot).toBe('Right calf/soleus');
	});

	it('says why when the history cannot be read', async () => {
		vi.mocked(readProgress).mockRejectedValueOnce(new Error('This browser is not letting Unknot store data.'));
		const view = new ProgressView(NOW, 'UTC');
		await view.load();
		expect(view).toMatchObject({ status: 'failed', error: 'This browser is not letting Unknot store data.' });
	});
});
