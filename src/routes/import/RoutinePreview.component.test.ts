import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Routine } from '$lib/core/routine-schema';
import { summarizeRoutine } from '$lib/core/routine-summary';
import RoutinePreview from './RoutinePreview.svelte';

const routine = {
	schemaVersion: 1,
	id: 'mine',
	title: '<img src=x onerror=alert(1)>',
	caution: 'Stop if it <b>hurts</b>.',
	equipment: ['mat', 'step'],
	steps: [
		{ kind: 'timed', name: 'Hold', seconds: 30, sides: 'each', sets: 2 },
		{ kind: 'rest', seconds: 10 },
		{ kind: 'reps', name: 'Calf raise', reps: 12 }
	]
} as Routine;

describe('RoutinePreview', () => {
	it('shows the title, time, caution, equipment and steps, all as text', () => {
		const { container } = render(RoutinePreview, { routine, summary: summarizeRoutine(routine) });
		expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('<img src=x onerror=alert(1)>');
		expect(container.querySelector('img, b')).toBeNull();
		expect(container.textContent).toContain('Caution: Stop if it <b>hurts</b>.');
		expect(container.textContent).toContain('You will need: mat, step');
		expect(container.textContent?.replace(/\s+/g, ' ')).toMatch(/At least \d+ (s|min) · 3 steps/);
		expect(screen.getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' '))).toEqual([
			'Hold each side · 2 sets · 30 s',
			'Rest 10 s',
			'Calf raise 12 reps'
		]);
	});
});
