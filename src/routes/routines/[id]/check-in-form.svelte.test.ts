import { describe, expect, it, vi } from 'vitest';
import { buildSessionRecord } from '$lib/core/testing/records';
import type { editSession } from '$lib/history/check-in';
import { CheckInForm } from './check-in-form.svelte';

describe('the finish screen check-in', () => {
	it('keeps the scores and note through a failed save, and saves them on Try again', async () => {
		const save = vi
			.fn<typeof editSession>()
			.mockRejectedValueOnce(new Error('Your phone is out of storage space for Unknot.'))
			.mockResolvedValueOnce(buildSessionRecord('s1', 0));
		const form = new CheckInForm('s1', ['Left hip'], save, () => 5000);
		form.draft.entries[0]!.score = 4;
		form.notes = 'tight after the hill';
		await form.save();
		expect(form.status).toBe('failed');
		expect(form.error).toMatch(/out of storage/);
		expect(form.draft.entries[0]?.score).toBe(4);
		expect(form.notes).toBe('tight after the hill');
		await form.save();
		expect(form.status).toBe('saved');
		expect(save).toHaveBeenLastCalledWith(
			's1',
			{ set: [{ spot: 'Left hip', moment: 'after', score: 4, at: 5000 }], notes: 'tight after the hill' },
			5000
		);
	});

	it('has something to save only once answered', () => {
		const form = new CheckInForm('s1', [], vi.fn());
		expect(form.hasAnswer).toBe(false);
		form.notes = '  ';
		expect(form.hasAnswer).toBe(false);
		form.draft.entries[0]!.score = 0;
		expect(form.hasAnswer).toBe(false); // no spot chosen yet
		form.draft.entries[0]!.spot = 'Lower back';
		expect(form.hasAnswer).toBe(true);
	});
});
