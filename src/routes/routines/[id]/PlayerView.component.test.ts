import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { buildRoutine } from '$lib/core/testing/records';
import { Player } from '$lib/player/player.svelte';
import { fakePlayerDeps } from '$lib/player/testing/fake-deps';
import PlayerView from './PlayerView.svelte';

const routine = buildRoutine({}, [
	{ kind: 'reps', name: 'Clamshells', reps: 15, secondsPerRep: 2, sides: 'each', sets: 3, getReadySeconds: 0, instructions: 'Knees bent.' },
	{ kind: 'reps', name: 'Lunges', reps: 10 }
]);

async function playerAt(ms: number) {
	const { deps, setTime, takeOverElsewhere } = fakePlayerDeps(0);
	const player = new Player({ routine }, deps);
	await player.start();
	setTime(ms);
	player.tick(ms);
	return { player, setTime, deps, takeOverElsewhere };
}

describe('PlayerView', () => {
	it('shows the exercise, side and set, the countdown, the rep and what comes next', async () => {
		const { player } = await playerAt(12_500);
		render(PlayerView, { player });
		expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Clamshells — left, set 1 of 3');
		expect(screen.getByRole('timer').textContent).toBe('0:18');
		expect(screen.getByText('rep 7 of 15')).toBeTruthy();
		expect(screen.getByText('Knees bent.')).toBeTruthy();
		expect(screen.getByText('Next: Switch sides (0:05)')).toBeTruthy();
	});

	it('offers Done instead of a countdown for self-paced reps', async () => {
		const { player, setTime } = await playerAt(0);
		// Skip to the lunges: six work segments, five switches and two rests, then its get-ready.
		while (player.segment?.name !== 'Lunges' || player.segment.kind !== 'work') player.skip();
		render(PlayerView, { player });
		expect(screen.getByRole('timer').textContent).toBe('10 reps');
		setTime(1000);
		await fireEvent.click(screen.getByRole('button', { name: 'Done' }));
		expect(player.state.status).toBe('finished');
	});

	it('pauses from its button and asks before ending the session', async () => {
		const { player } = await playerAt(1000);
		render(PlayerView, { player });
		await fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
		expect(player.state.status).toBe('paused');
		expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
		await fireEvent.click(screen.getByRole('button', { name: 'End session' }));
		expect(player.state.status).toBe('paused');
		await fireEvent.click(screen.getByRole('button', { name: 'Yes, end and save' }));
		expect(player.state.status).toBe('finished');
	});

	it('gives every control an accessible name', async () => {
		const { player } = await playerAt(1000);
		render(PlayerView, { player });
		const names = screen.getAllByRole('button').map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim());
		expect(names).toEqual(['Previous', 'Pause', 'Skip', '+10 s', 'End session']);
	});

	it('pauses on Space, skips on the right arrow and goes back on the left', async () => {
		const { player, setTime } = await playerAt(12_500);
		render(PlayerView, { player });
		await fireEvent.keyDown(document.body, { key: ' ' });
		expect(player.state.status).toBe('paused');
		await fireEvent.keyDown(document.body, { key: ' ' });
		expect(player.state.status).toBe('running');
		setTime(13_000);
		await fireEvent.keyDown(document.body, { key: 'ArrowRight' });
		expect(player.segment?.kind).toBe('switch');
		await fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
		expect(player.segment?.kind).toBe('work');
		expect(player.position.elapsedMs).toBe(0);
	});

	it('leaves Space to a focused button', async () => {
		const { player } = await playerAt(1000);
		render(PlayerView, { player });
		await fireEvent.keyDown(screen.getByRole('button', { name: 'Skip' }), { key: ' ' });
		expect(player.state.status).toBe('running');
	});

	it('welcomes a user back to a session restored paused, offering Resume and End', async () => {
		const { deps } = await playerAt(0);
		const checkpoint = deps.putInProgress.mock.lastCall![0];
		const { deps: later } = fakePlayerDeps(checkpoint.updatedAt + 5 * 60_000);
		const player = new Player({ routine, from: checkpoint }, later);
		render(PlayerView, { player });
		expect(screen.getByText('Welcome back. Your routine is paused where you left it.')).toBeTruthy();
		expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
		expect(screen.getByRole('button', { name: 'End session' })).toBeTruthy();
	});

	it('says another tab is playing, offers to take over, and plays here once taken', async () => {
		const { deps } = fakePlayerDeps(0);
		deps.tabLock.claim.mockResolvedValueOnce(false);
		const player = new Player({ routine }, deps);
		await player.start();
		render(PlayerView, { player });
		expect(screen.getByRole('heading', { name: 'Playing in another tab' })).toBeTruthy();
		await fireEvent.click(screen.getByRole('button', { name: 'Start here instead' }));
		await vi.waitFor(() => expect(screen.getByRole('timer')).toBeTruthy());
	});

	it('says the routine moved when another tab took it over', async () => {
		const { player, takeOverElsewhere } = await playerAt(1000);
		render(PlayerView, { player });
		takeOverElsewhere();
		await vi.waitFor(() => expect(screen.getByRole('heading', { name: 'Continued in another tab' })).toBeTruthy());
		expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
	});
});
