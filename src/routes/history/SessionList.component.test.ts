import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { buildSessionRecord } from '$lib/core/testing/records';
import SessionList from './SessionList.svelte';

describe('SessionList', () => {
	it('links each session to its own screen, whatever its id holds', () => {
		const session = buildSessionRecord('imported/2026 ü', Date.parse('2026-11-22T08:00:00Z'), {
			checkIns: [{ spot: 'Left hip', moment: 'before', score: 5, at: 0 }, { spot: 'Left hip', moment: 'next-day', score: 2, at: 0 }]
		});
		render(SessionList, { days: [{ day: '2026-11-22', items: [session] }], today: '2026-11-22' });
		expect(screen.getByRole('link').getAttribute('href')).toBe('/history/imported%2F2026%20%C3%BC');
		expect(screen.getByRole('region', { name: 'Today' }).textContent).toMatch(/Left hip:\s*before 5 · next day 2/);
	});
});
