import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { LibrarySearch, type LibraryRoutine } from './library-search.svelte';

const routine = (title: string, origin: LibraryRoutine['origin'], tags: string[] = []): LibraryRoutine => ({ title, origin, tags, equipment: [] });

describe('LibrarySearch', () => {
	it('tells of each change the user makes, never of the query it starts from', () => {
		const onChange = vi.fn();
		const search = new LibrarySearch(() => [routine('Mine', 'yours')], { text: 'min', tags: [], equipment: [] }, onChange);
		expect(onChange).not.toHaveBeenCalled();
		search.toggleTag('hip');
		search.toggleTag('HIP'); // the same chip, however the address spelled it
		expect(onChange).toHaveBeenLastCalledWith({ text: 'min', tags: [], equipment: [] });
		search.clear();
		expect(onChange).toHaveBeenLastCalledWith({ text: '', tags: [], equipment: [] });
	});

	it('searches the routines as they are now, and stops narrowing when the last routine of their own goes', () => {
		let routines = $state([routine('Mine', 'yours'), routine('Desk break', 'built-in', ['desk'])]);
		const cleanup = $effect.root(() => {
			const search = new LibrarySearch(() => routines, { text: 'desk', tags: [], equipment: [] });
			expect(search.results.map((r) => r.title)).toEqual(['Desk break']);
			expect(search.summary).toBe('1 of 2 routines');
			routines = [routine('Desk break', 'built-in', ['desk']), routine('Deskbound', 'built-in')];
			flushSync();
			expect(search.offered).toBe(false);
			expect(search.results).toHaveLength(2);
			expect(search.summary).toBe('2 routines');
		});
		cleanup();
	});
});
