import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { startOfDay } from '$lib/core/local-time';
import { painSeriesBySpot } from '$lib/core/pain-series';
import PainChart from './PainChart.svelte';

describe('the pain chart', () => {
	it('is an image named for its spot, described by the summary beside it, with a marker per score', () => {
		const from = startOfDay('2026-10-24', 'UTC');
		const [series] = painSeriesBySpot([
			{
				checkIns: [
					{ spot: 'Left hip', moment: 'before', score: 4, at: from + 86_400_000 },
					{ spot: 'Left hip', moment: 'after', score: 2, at: from + 2 * 86_400_000 },
					{ spot: 'Left hip', moment: 'next-day', score: 3, at: from + 3 * 86_400_000 },
					{ spot: 'Left hip', moment: 'next-day', score: 1, at: from + 4 * 86_400_000 }
				]
			}
		]);
		if (!series) throw new Error('no series');
		const { container } = render(PainChart, { series, fromMs: from, toMs: from + 30 * 86_400_000, timeZone: 'UTC', summary: 'Left hip, last 30 days: 4 check-ins.' });
		const image = screen.getByRole('img', { name: 'Left hip: pain scores over time' });
		const summary = document.getElementById(image.getAttribute('aria-describedby') ?? '');
		expect(summary?.textContent).toBe('Left hip, last 30 days: 4 check-ins.');
		// One circle, one square, two triangles (and one of each in the legend); one line, for next day only.
		expect(image.querySelectorAll('circle')).toHaveLength(1);
		expect(image.querySelectorAll('rect')).toHaveLength(1);
		expect(image.querySelectorAll('path.marker')).toHaveLength(2);
		expect(image.querySelectorAll('path.line')).toHaveLength(1);
		expect([...image.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['0', '2', '4', '6', '8', '10', '24 Oct', '3 Nov', '12 Nov', '22 Nov']);
		expect(container.querySelector('.legend')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Next day Before After');
	});
});
