import { describe, expect, it } from 'vitest';
import { countByDay, currentStreak, groupByDay, monthWeeks, recentMonths, sessionsPerWeek } from './history-stats';

describe('the history at a glance', () => {
	it('groups items by day, keeping their order', () => {
		const items = [
			{ id: 'a', day: '2026-11-22' },
			{ id: 'b', day: '2026-11-22' },
			{ id: 'c', day: '2026-11-20' }
		];
		expect(groupByDay(items, (item) => item.day)).toEqual([
			{ day: '2026-11-22', items: [items[0], items[1]] },
			{ day: '2026-11-20', items: [items[2]] }
		]);
	});

	it('counts the streak back from today, or from yesterday while today has none yet', () => {
		const days = ['2026-11-19', '2026-11-20', '2026-11-21', '2026-11-17'];
		expect(currentStreak(days, '2026-11-21')).toBe(3);
		expect(currentStreak(days, '2026-11-22')).toBe(3);
		expect(currentStreak([...days, '2026-11-22'], '2026-11-22')).toBe(4);
		expect(currentStreak(days, '2026-11-23')).toBe(0);
		expect(currentStreak([], '2026-11-23')).toBe(0);
	});

	it('counts sessions per week, Monday to Sunday, oldest week first', () => {
		const counts = countByDay(['2026-11-16', '2026-11-22', '2026-11-22', '2026-11-15', '2026-11-02', '2026-11-23']);
		expect(sessionsPerWeek(counts, '2026-11-22', 3)).toEqual([
			{ week: '2026-11-02', count: 1 },
			{ week: '2026-11-09', count: 1 },
			{ week: '2026-11-16', count: 3 }
		]);
	});

	it('lays a month out in weeks, Monday first, with blanks around it', () => {
		const weeks = monthWeeks('2026-11-22', new Map([['2026-11-22', 2]]));
		expect(weeks).toHaveLength(6);
		expect(weeks[0]?.slice(0, 6)).toEqual([null, null, null, null, null, null]);
		expect(weeks[0]?.[6]).toEqual({ day: '2026-11-01', date: 1, count: 0 });
		expect(weeks[3]?.[6]).toEqual({ day: '2026-11-22', date: 22, count: 2 });
		expect(weeks[5]?.[0]).toEqual({ day: '2026-11-30', date: 30, count: 0 });
		expect(weeks.flat().filter((cell) => cell !== null)).toHaveLength(30);
	});

	it('names the recent months, oldest first', () => {
		expect(recentMonths('2026-01-15', 3)).toEqual(['2025-11-01', '2025-12-01', '2026-01-01']);
	});
});
