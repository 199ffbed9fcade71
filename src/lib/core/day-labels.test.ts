import { describe, expect, it } from 'vitest';
import { dayAndMonth, formatDay, monthAndYear, sessionCount, shortDate, shortDay } from './day-labels';

describe('words for local days', () => {
	it('says a day key as that date, day first, in any zone', () => {
		expect(dayAndMonth('2026-11-22')).toBe('22 November');
		expect(shortDay('2026-11-02')).toBe('2 Nov');
		expect(shortDate('2026-01-05')).toBe('5 Jan 2026');
		expect(monthAndYear('2026-11-01')).toBe('November 2026');
		expect(formatDay('0099-03-01', { year: 'numeric' })).toBe('99');
	});

	it('counts sessions in words', () => {
		expect([0, 1, 2].map(sessionCount)).toEqual(['no sessions', '1 session', '2 sessions']);
	});
});
