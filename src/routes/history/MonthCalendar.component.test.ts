import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { monthWeeks } from '$lib/core/history-stats';
import MonthCalendar from './MonthCalendar.svelte';

describe('the month calendar', () => {
	it('is a Monday-first table whose days say their sessions, today named and marked', () => {
		const weeks = monthWeeks('2026-11-01', new Map([['2026-11-20', 2], ['2026-11-22', 1]]));
		render(MonthCalendar, { month: '2026-11-01', weeks, today: '2026-11-22', canGoBack: true, canGoForward: false, onmove: () => {} });
		const table = screen.getByRole('table', { name: 'November 2026: 3 sessions' });
		expect(screen.getAllByRole('columnheader').map((th) => th.getAttribute('abbr'))).toEqual([
			'Monday',
			'Tuesday',
			'Wednesday',
			'Thursday',
			'Friday',
			'Saturday',
			'Sunday'
		]);
		expect(table.querySelector('td.done')?.textContent).toContain('20 November, 2 sessions');
		const today = screen.getByText('22 November, 1 session, today').closest('td');
		expect(today?.getAttribute('aria-current')).toBe('date');
		expect(screen.getByText('19 November')).toBeTruthy();
	});

	it('moves a month either way, and not past the last', async () => {
		const onmove = vi.fn();
		render(MonthCalendar, { month: '2026-11-01', weeks: monthWeeks('2026-11-01', new Map()), today: '2026-11-22', canGoBack: true, canGoForward: false, onmove });
		await fireEvent.click(screen.getByRole('button', { name: 'Previous month' }));
		expect(onmove).toHaveBeenLastCalledWith(-1);
		expect((screen.getByRole('button', { name: 'Next month' }) as HTMLButtonElement).disabled).toBe(true);
	});
});
