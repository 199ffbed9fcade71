import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { buildRoutine } from '$lib/core/testing/records';
import { PlanScreen } from './plan-screen.svelte';
import PlanEntryForm from './PlanEntryForm.svelte';

const glutes = buildRoutine({ id: 'glutes', title: 'Glutes' }, [
	{ kind: 'timed', id: 'bridge', name: 'Bridge hold', seconds: 30 },
	{ kind: 'reps', id: 'clams', name: 'Clamshells', reps: 10 }
]);

describe('PlanEntryForm', () => {
	it('gives every field a name of its own: two morning times, and each rule’s numbers', async () => {
		const plan = new PlanScreen({ getRoutine: async () => ({ routine: glutes }), now: () => 0, timeZone: 'UTC' });
		await plan.startAdding('glutes');
		plan.setTime(0, '07:00');
		plan.addTime();
		plan.setTime(1, '09:00');
		plan.setRule(0, { on: true });
		plan.setRule(2, { on: true });
		render(PlanEntryForm, { screen: plan, form: plan.form! });
		expect(screen.getByLabelText('Morning, time 1')).toHaveProperty('value', '07:00');
		expect(screen.getByLabelText('Morning, time 2')).toHaveProperty('value', '09:00');
		const numbers = screen.getAllByRole('spinbutton').map((input) => input.getAttribute('aria-label'));
		expect(numbers).toEqual(['Bridge hold seconds: up by', 'Bridge hold seconds: up to', 'Clamshells reps: up by', 'Clamshells reps: up to']);
		expect(screen.getByLabelText('Clamshells reps: up to')).toHaveProperty('max', '500');
	});
});
