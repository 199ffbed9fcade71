import { describe, expect, it, vi } from 'vitest';
import { buildSessionRecord } from '$lib/core/testing/records';
import { CheckInForm } from './check-in-form.svelte';

describe('the finish screen check-in', () => {
	it('keeps the pain score and note through a failed save, and saves them on Try again', async () => {
		const save = vi
			.fn<(id: string, checkIn: { painAfter?: number; notes?: string }) => Promise<ReturnType<typeof buildSessionRecord>>>()
			.mockRejectedValueOnce(new Error('Your phone is out of storage space for Unknot.'))
			.mockResolvedValueOnce(buildSessionRecord('s1', 0));
		const form = new CheckInForm('s1', save);
		form.pain = 4;
		form.notes = 'tight after the hill';
		await form.save();
		expect(form.status).toBe('failed');
		expect(form.error).toMatch(/out of storage/);
		expect(form.pain).toBe(4);
		expect(form.notes).toBe('tight after the hill');
		await form.save();
		expect(form.status).toBe('saved');
		expect(save).toHaveBeenLastCalledWith('s1', { painAfter: 4, notes: 'tight after the hill' });
	});

	it('has something to save only once answered', () => {
		const form = new CheckInForm('s1', vi.fn());
		expect(form.hasAnswer).toBe(false);
		form.notes = '  ';
		expect(form.hasAnswer).toBe(false);
		form.pain = 0;
		expect(form.hasAnswer).toBe(true);
	});
});
