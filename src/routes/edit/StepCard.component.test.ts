import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { buildRoutine } from '$lib/core/testing/records';
import { RoutineEditor } from './routine-editor.svelte';
import StepCard from './StepCard.svelte';

function editorOf(steps = buildRoutine().steps) {
	let key = 0;
	return new RoutineEditor(
		{ routine: { routine: buildRoutine({ id: 'mine' }, steps), origin: 'yours' } },
		{ putDraft: vi.fn(async () => {}), deleteDraft: vi.fn(async () => {}), newKey: () => `k${++key}` }
	);
}

describe('StepCard', () => {
	it('shows the step’s number, name and exact length, and opens its fields', async () => {
		const editor = editorOf();
		render(StepCard, { editor, index: 0 });
		const toggle = screen.getByRole('button', { name: '1. Hold 12 s' });
		expect(toggle.getAttribute('aria-expanded')).toBe('false');
		await fireEvent.click(toggle);
		expect(toggle.getAttribute('aria-expanded')).toBe('true');
		expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Hold');
		expect((screen.getByLabelText('Hold (seconds)') as HTMLInputElement).value).toBe('10');
	});

	it('puts the schema’s message beside a wrong field and updates the length as you type', async () => {
		const editor = editorOf();
		editor.openStep = editor.form.steps[0]!.key;
		render(StepCard, { editor, index: 0 });
		const seconds = screen.getByLabelText('Hold (seconds)') as HTMLInputElement;
		await fireEvent.input(seconds, { target: { value: '1:30' } });
		expect(screen.getByRole('button', { name: /^1\. Hold 1 min 32 s$/ })).toBeTruthy();
		await fireEvent.input(seconds, { target: { value: '9999' } });
		expect(seconds.getAttribute('aria-invalid')).toBe('true');
		const message = document.getElementById(seconds.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!);
		expect(message?.textContent).toBe('Expected a whole number from 1 to 3600, got 9999.');
		expect(screen.getByRole('button', { name: /^1\. Hold not ready 1 problem$/ })).toBeTruthy();
	});

	it('shows only the fields of its kind, and the side lines once it has sides', async () => {
		const editor = editorOf();
		editor.openStep = editor.form.steps[0]!.key;
		render(StepCard, { editor, index: 0 });
		expect(screen.queryByLabelText('Said for the left side (optional)')).toBeNull();
		await fireEvent.change(screen.getByLabelText('Sides'), { target: { value: 'each' } });
		expect(screen.getByLabelText('Said for the left side (optional)')).toBeTruthy();
		expect(screen.getByLabelText('Switch sides (s) (optional)')).toBeTruthy();
		await fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'reps' } });
		expect(screen.getByLabelText('Reps')).toBeTruthy();
		expect(screen.queryByLabelText('Hold (seconds)')).toBeNull();
	});

	it('moves with buttons (disabled at the ends), duplicates and deletes', async () => {
		const editor = editorOf();
		editor.openStep = editor.form.steps[1]!.key;
		render(StepCard, { editor, index: 1 });
		expect((screen.getByRole('button', { name: 'Move down' }) as HTMLButtonElement).disabled).toBe(true);
		await fireEvent.click(screen.getByRole('button', { name: 'Move up' }));
		await tick();
		expect(editor.form.steps.map((step) => step.name)).toEqual(['Plank', 'Hold']);
		// This card now shows the step that came to its place (Plank), closed: open it.
		editor.openStep = editor.form.steps[1]!.key;
		await tick();
		await fireEvent.click(screen.getByRole('button', { name: 'Duplicate' }));
		expect(editor.form.steps.map((step) => step.name)).toEqual(['Plank', 'Hold', 'Hold']);
		editor.openStep = editor.form.steps[1]!.key;
		await tick();
		await fireEvent.click(screen.getByRole('button', { name: 'Delete step' }));
		expect(editor.deleted).toMatchObject({ index: 1, step: { name: 'Hold' } });
	});

	it('never hides a field that still holds something: its value is saved, and its problem must show beside it', async () => {
		const editor = editorOf();
		editor.openStep = editor.form.steps[0]!.key;
		render(StepCard, { editor, index: 0 });
		await fireEvent.change(screen.getByLabelText('Sides'), { target: { value: 'each' } });
		await fireEvent.input(screen.getByLabelText('Said for the left side (optional)'), { target: { value: 'Left knee lifts' } });
		await fireEvent.input(screen.getByLabelText('Switch sides (s) (optional)'), { target: { value: 'x' } });
		// Back to both sides at once: the lines typed for each side stay in the step, and so do their problems.
		await fireEvent.change(screen.getByLabelText('Sides'), { target: { value: '' } });
		const right = screen.getByLabelText('Said for the right side (optional)');
		expect(right.getAttribute('aria-invalid')).toBe('true');
		expect(screen.getByLabelText('Switch sides (s) (optional)').getAttribute('aria-invalid')).toBe('true');
		expect(screen.getByText('Expected a whole number from 0 to 3600, got "x".')).toBeTruthy();
		// Under "More", shown open while one of its fields has a problem.
		expect(right.closest('details')?.open).toBe(true);
	});
});
