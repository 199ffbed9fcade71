import { describe, expect, it, vi } from 'vitest';
import { buildSessionRecord } from '$lib/core/testing/records';
import type { dismissNextDay, editSession } from '$lib/history/check-in';
import { NextDayQuestions } from './next-day-questions.svelte';

const ended = Date.parse('2026-11-21T18:10:00Z');
const session = buildSessionRecord('s', ended - 600_000, {
	checkIns: [
		{ spot: 'Left hip', moment: 'after', score: 4, at: ended },
		{ spot: 'Lower back', moment: 'before', score: 2, at: ended - 600_000 }
	]
});
const morning = Date.parse('2026-11-22T08:00:00Z');

function setup(now = morning) {
	const save = vi.fn<typeof editSession>(async (_id, edit) => ({ ...session, checkIns: [...session.checkIns, ...(edit.set ?? [])] }));
	const dismiss = vi.fn<typeof dismissNextDay>(async () => session);
	const card = new NextDayQuestions(session, undefined, 'Europe/London', () => now, save, dismiss);
	return { card, save, dismiss };
}

describe('the next-day card', () => {
	it('asks about each spot of the latest session the morning after, and saves a tap onto it', async () => {
		const { card, save } = setup();
		const answered = vi.fn();
		card.onanswered = answered;
		expect(card.spots).toEqual(['Left hip', 'Lower back']);
		await card.answer('Left hip', 3);
		// The library hears of it, to read the plan's proposals again.
		expect(answered).toHaveBeenCalledTimes(1);
		expect(save).toHaveBeenCalledWith('s', { set: [{ spot: 'Left hip', moment: 'next-day', score: 3, at: morning }] }, morning);
		expect(card.spots).toEqual(['Lower back']);
		expect(card.answered).toEqual([{ spot: 'Left hip', score: 3, after: 4 }]);
	});

	it('is not shown the evening of the session, nor after 72 hours, nor with no history', () => {
		expect(setup(ended + 3_600_000).card.visible).toBe(false);
		expect(setup(ended + 72 * 3_600_000).card.visible).toBe(false);
		expect(new NextDayQuestions(null, 'Left hip', 'UTC').visible).toBe(false);
	});

	it('stops asking about a dismissed spot', async () => {
		const { card, dismiss } = setup();
		await card.dismiss('Lower back');
		expect(dismiss).toHaveBeenCalledWith('s', 'Lower back', morning);
		expect(card.spots).toEqual(['Left hip']);
	});

	it('keeps asking, and says why, when the answer cannot be saved', async () => {
		const { card, save } = setup();
		const answered = vi.fn();
		card.onanswered = answered;
		save.mockRejectedValueOnce(new Error('Your phone is out of storage space for Unknot.'));
		await card.answer('Left hip', 3);
		expect(answered).not.toHaveBeenCalled();
		expect(card.error).toMatch(/out of storage/);
		expect(card.spots).toEqual(['Left hip', 'Lower back']);
		expect(card.saving).toBeNull();
	});
});
