import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { CheckInDraft } from '$lib/history/check-in-draft.svelte';
import CheckInRows from './CheckInRows.svelte';

const question = (spot: string) => `How does ${spot} feel?`;

describe('CheckInRows', () => {
	it('asks for the spot first, then takes a score for it in one tap', async () => {
		const draft = new CheckInDraft([]);
		render(CheckInRows, { draft, choices: ['Left hip', 'Lower back'], idPrefix: 't', question });
		const first = screen.getAllByRole('radio')[0] as HTMLInputElement;
		expect(first.matches(':disabled')).toBe(true);
		await fireEvent.change(screen.getByLabelText('Sore spot'), { target: { value: 'Lower back' } });
		const four = screen.getByRole('radio', { name: '4' });
		expect(screen.getByRole('group', { name: 'How does Lower back feel?' })).toBeTruthy();
		await fireEvent.click(four);
		expect(draft.toCheckIns('before', 1)).toEqual([{ spot: 'Lower back', moment: 'before', score: 4, at: 1 }]);
	});

	it('takes a typed spot, tidied, and remembers which was chosen last', async () => {
		const draft = new CheckInDraft(['Left hip']);
		render(CheckInRows, { draft, choices: ['Left hip'], idPrefix: 't', question });
		await fireEvent.change(screen.getByLabelText('Sore spot'), { target: { value: '\u0000other' } });
		await fireEvent.input(screen.getByLabelText('Name the spot'), { target: { value: '  left   achilles ' } });
		expect(draft.entries[0]?.spot).toBe('left achilles');
	});

	it('adds and removes spots', async () => {
		const draft = new CheckInDraft(['Left hip']);
		render(CheckInRows, { draft, choices: ['Left hip', 'Lower back'], idPrefix: 't', question });
		expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
		await fireEvent.click(screen.getByRole('button', { name: 'Add another spot' }));
		expect(screen.getAllByLabelText('Sore spot')).toHaveLength(2);
		await fireEvent.click(screen.getByRole('button', { name: 'Remove Left hip' }));
		expect(draft.entries).toEqual([{ spot: '', score: undefined }]);
	});
});
