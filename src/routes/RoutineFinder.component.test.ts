import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { RoutineQuery } from '$lib/core/routine-search';
import type { RoutineSummary } from '$lib/core/routine-summary';
import RoutineFinder from './RoutineFinder.svelte';

type Listed = RoutineSummary & { origin: 'built-in' | 'yours' };

const routine = (id: string, title: string, tags: string[], equipment: string[], origin: Listed['origin'] = 'built-in'): Listed => ({
	id,
	title,
	tags,
	equipment,
	exerciseCount: 2,
	totalMs: 60_000,
	hasSelfPaced: false,
	origin
});

const BUILT_IN = [
	routine('hip-reset', 'Post-run hip reset', ['hip', 'glutes', 'post-run'], ['foam roller', 'mat']),
	routine('desk-break', 'Desk break', ['desk', 'hip'], ['chair']),
	routine('calf-care', 'Soleus and calf care', ['calf'], ['wall', 'chair'])
];
const MINE = routine('mine', 'My éasy stretch', [], [], 'yours');

const titles = () => screen.queryAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
const chip = (name: RegExp) => screen.getByRole('button', { name });

describe('RoutineFinder', () => {
	it('offers no search while every routine is built in', () => {
		render(RoutineFinder, { routines: BUILT_IN, initial: { text: 'desk', tags: [], equipment: [] } });
		expect(screen.queryByRole('searchbox')).toBeNull();
		expect(screen.queryByRole('search')).toBeNull();
		// A query left in the address is not applied without a field to see and undo it.
		expect(titles()).toEqual(['Post-run hip reset', 'Desk break', 'Soleus and calf care']);
	});

	it('searches by words once the user has a routine of their own, saying how many show', async () => {
		const onchange = vi.fn<(query: RoutineQuery) => void>();
		render(RoutineFinder, { routines: [...BUILT_IN, MINE], onchange });
		const field = screen.getByRole('searchbox', { name: 'Search routines' });
		const status = screen.getByRole('status');
		expect(status.getAttribute('aria-live')).toBe('polite');
		expect(status.textContent).toBe('4 routines');

		await fireEvent.input(field, { target: { value: 'EASY' } });
		expect(titles()).toEqual(['My éasy stretch']);
		expect(status.textContent).toBe('1 of 4 routines');
		await fireEvent.input(field, { target: { value: 'chair  calf' } });
		expect(titles()).toEqual(['Soleus and calf care']);
		expect(onchange).toHaveBeenLastCalledWith({ text: 'chair  calf', tags: [], equipment: [] });
	});

	it('filters with toggle chips: every chosen tag, any chosen equipment', async () => {
		render(RoutineFinder, { routines: [...BUILT_IN, MINE] });
		const tags = screen.getByRole('group', { name: 'Tags' });
		expect(within(tags).getAllByRole('button').map((button) => button.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
			'✓hip 2',
			'✓calf 1',
			'✓desk 1',
			'✓glutes 1',
			'✓post-run 1'
		]);
		const hip = chip(/^✓?hip 2$/);
		expect(hip.getAttribute('aria-pressed')).toBe('false');
		await fireEvent.click(hip);
		expect(hip.getAttribute('aria-pressed')).toBe('true');
		expect(titles()).toEqual(['Post-run hip reset', 'Desk break']);
		await fireEvent.click(chip(/^✓?desk 1$/));
		expect(titles()).toEqual(['Desk break']);
		await fireEvent.click(hip);
		await fireEvent.click(chip(/^✓?desk 1$/));

		const equipment = screen.getByRole('group', { name: 'Equipment' });
		await fireEvent.click(within(equipment).getByRole('button', { name: /^✓?mat 1$/ }));
		expect(titles()).toEqual(['Post-run hip reset']);
		await fireEvent.click(within(equipment).getByRole('button', { name: /^✓?wall 1$/ }));
		expect(titles()).toEqual(['Post-run hip reset', 'Soleus and calf care']);
		expect(screen.getByText('Filter (2 chosen)')).toBeTruthy();
	});

	it('says when nothing matches, and clears search and filters in one tap, back in the field', async () => {
		render(RoutineFinder, { routines: [...BUILT_IN, MINE], initial: { text: 'desk', tags: ['calf'], equipment: [] } });
		const field = screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search routines' });
		expect(field.value).toBe('desk');
		expect(chip(/^✓?calf 1$/).getAttribute('aria-pressed')).toBe('true');
		expect(screen.getByText('No routine matches. Try fewer words or filters.')).toBeTruthy();
		expect(screen.getByRole('status').textContent).toBe('0 of 4 routines');
		expect(screen.queryByRole('list')).toBeNull();

		await fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
		expect(field.value).toBe('');
		expect(document.activeElement).toBe(field);
		expect(titles()).toHaveLength(4);
		expect(screen.queryByRole('button', { name: 'Clear search and filters' })).toBeNull();
	});

	it('opens the filters when the address chose some, and keeps a chosen chip no routine has', () => {
		const { container } = render(RoutineFinder, { routines: [...BUILT_IN, MINE], initial: { text: '', tags: ['Shoulder'], equipment: [] } });
		expect(container.querySelector('details')?.open).toBe(true);
		expect(chip(/^✓?Shoulder 0$/).getAttribute('aria-pressed')).toBe('true');
		expect(titles()).toEqual([]);
	});
});
