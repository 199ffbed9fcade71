import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import RoutineList from './RoutineList.svelte';

describe('RoutineList', () => {
	it('lists each routine as a link with its total time and equipment', () => {
		render(RoutineList, {
			routines: [
				{ id: 'hip-reset', title: 'Hip reset', tags: [], equipment: ['foam roller', 'hard ball'], exerciseCount: 4, totalMs: 12 * 60_000, hasSelfPaced: false },
				{ id: 'warm-up', title: 'Warm-up', tags: [], equipment: [], exerciseCount: 1, totalMs: 45_000, hasSelfPaced: true }
			]
		});
		const links = screen.getAllByRole('link');
		expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
			['Hip reset', '/routines/hip-reset'],
			['Warm-up', '/routines/warm-up']
		]);
		expect(screen.getByText('12 min')).toBeTruthy();
		expect(screen.getByText('At least 45 s')).toBeTruthy();
		expect(screen.getByText('1 exercise')).toBeTruthy();
		expect(screen.getByText('foam roller, hard ball')).toBeTruthy();
	});

	it('says so when there are no routines', () => {
		render(RoutineList, { routines: [] });
		expect(screen.getByText('No routines yet.')).toBeTruthy();
	});
});
