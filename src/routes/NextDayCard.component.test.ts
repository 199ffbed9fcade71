import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { buildSessionRecord } from '$lib/core/testing/records';
import type { dismissNextDay, editSession } from '$lib/history/check-in';
import NextDayCard from './NextDayCard.svelte';
import { NextDayQuestions } from './next-day-questions.svelte';

const ended = Date.parse('2026-11-21T18:10:00Z');
const session = buildSessionRecord('s', ended - 600_000, { checkIns: [{ spot: 'Left hip', moment: 'after', score: 4, at: ended }] });

describe('NextDayCard', () => {
	it('asks inline, saves one tap, and thanks the user with the score after the session beside it', async () => {
		const save = vi.fn<typeof editSession>(async () => session);
		const questions = new NextDayQuestions(session, undefined, 'UTC', () => ended + 15 * 3_600_000, save, vi.fn<typeof dismissNextDay>());
		render(NextDayCard, { card: questions });
		expect(screen.queryByRole('dialog')).toBeNull();
		const group = screen.getByRole('group', { name: 'How does left hip feel today?' });
		await fireEvent.click(group.querySelector('input[value="2"]')!);
		await vi.waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Saved: left hip\s+2\/10 today \(4 after the session\)\./));
		expect(save).toHaveBeenCalledTimes(1);
		await fireEvent.click(screen.getByRole('button', { name: 'Close' }));
		expect(screen.queryByRole('region')).toBeNull();
	});

	it('shows nothing outside the next-day window', () => {
		const questions = new NextDayQuestions(session, undefined, 'UTC', () => ended + 60_000);
		const { container } = render(NextDayCard, { card: questions });
		expect(container.textContent?.trim()).toBe('');
	});
});
