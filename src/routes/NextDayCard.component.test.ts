import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { buildSessionRecord } from '$lib/core/testing/records';
import type { dismissNextDay, editSession } from '$lib/history/check-in';
import { StorageError } from '$lib/platform/db';
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
		await fireEvent.pointerDown(group.querySelector('input[value="2"]')!);
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

describe('NextDayCard with a keyboard', () => {
	it('lets the arrow keys choose without saving, and saves on Save', async () => {
		const save = vi.fn<typeof editSession>(async () => session);
		const questions = new NextDayQuestions(session, undefined, 'UTC', () => ended + 15 * 3_600_000, save, vi.fn<typeof dismissNextDay>());
		render(NextDayCard, { card: questions });
		const group = screen.getByRole('group', { name: 'How does left hip feel today?' });
		const three = group.querySelector<HTMLInputElement>('input[value="3"]')!;
		await fireEvent.keyDown(three, { key: 'ArrowRight' });
		await fireEvent.click(three); // what an arrow key does to a radio group: checks, and fires change
		expect(save).not.toHaveBeenCalled();
		await fireEvent.click(screen.getByRole('button', { name: 'Save 3 for left hip' }));
		await vi.waitFor(() => expect(save).toHaveBeenCalledWith('s', { set: [expect.objectContaining({ score: 3, moment: 'next-day' })] }, expect.any(Number)));
	});

	it('clears a score whose save failed, so tapping it again tries again', async () => {
		const save = vi.fn<typeof editSession>().mockRejectedValueOnce(new Error('Your phone is out of storage space for Unknot.')).mockResolvedValueOnce(session);
		const questions = new NextDayQuestions(session, undefined, 'UTC', () => ended + 15 * 3_600_000, save, vi.fn<typeof dismissNextDay>());
		render(NextDayCard, { card: questions });
		const two = () => screen.getByRole('group', { name: 'How does left hip feel today?' }).querySelector<HTMLInputElement>('input[value="2"]')!;
		await fireEvent.pointerDown(two());
		await fireEvent.click(two());
		await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/out of storage/));
		expect(two().checked).toBe(false);
		await fireEvent.pointerDown(two());
		await fireEvent.click(two());
		await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(2));
	});

	it('says so, and stops asking, when the session was deleted in another tab', async () => {
		const gone = new StorageError('This session is no longer in your history, so it could not be changed.', 'gone');
		const questions = new NextDayQuestions(session, undefined, 'UTC', () => ended + 15 * 3_600_000, vi.fn<typeof editSession>().mockRejectedValue(gone));
		render(NextDayCard, { card: questions });
		const group = screen.getByRole('group', { name: 'How does left hip feel today?' });
		await fireEvent.pointerDown(group.querySelector('input[value="2"]')!);
		await fireEvent.click(group.querySelector('input[value="2"]')!);
		await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/no longer in your history/));
		expect(screen.queryByRole('group')).toBeNull();
	});
});
