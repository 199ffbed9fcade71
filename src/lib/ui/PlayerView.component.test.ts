import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { buildRoutine } from '$lib/core/testing/records';
import { Player } from '$lib/player/player.svelte';
import { fakePlayerDeps } from '$lib/player/testing/fake-deps';
import PlayerView from './PlayerView.svelte';

const routine = buildRoutine({ caution: 'Stop if it pinches.' }, [
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
	const controls = () => within(screen.getByRole('region', { name: /^Player/ }));

	it('shows the exercise, its side and set apart, the rep large, the time second, and the next exercise', async () => {
		const { player } = await playerAt(12_500);
		render(PlayerView, { player });
		// The heading says it all in words; the side and set are drawn as badges beside it.
		expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Clamshells — left, set 1 of 3');
		expect(screen.getByText('L').getAttribute('title')).toBe('left side');
		expect(screen.getByText('set 1 of 3')).toBeTruthy();
		expect(screen.getByRole('timer').textContent).toBe('7 / 15');
		expect(screen.getByText('0:18 left')).toBeTruthy();
		expect(screen.getByText('Knees bent.')).toBeTruthy();
		expect(screen.getByText('Clamshells — right, set 1 of 3 · 0:30')).toBeTruthy();
	});

	it('shows the time large while getting ready, and next the exercise after the one it leads into', async () => {
		const { player } = await playerAt(0);
		player.skipExercise();
		render(PlayerView, { player });
		expect(player.segment?.kind).toBe('get-ready');
		expect(screen.getByText('Get ready')).toBeTruthy();
		expect(screen.getByRole('timer').textContent).toBe('0:05');
		expect(screen.getByText('Last one')).toBeTruthy();
	});

	it("shows the routine's caution in Next's place at the first get-ready only", async () => {
		const cautious = buildRoutine({ caution: 'Stop if pain turns sharp; see a physiotherapist if it lasts.' }, [
			{ kind: 'timed', name: 'Pigeon', seconds: 30, getReadySeconds: 5 },
			{ kind: 'timed', name: 'Figure-four', seconds: 30, getReadySeconds: 5 }
		]);
		const { deps } = fakePlayerDeps(0);
		const player = new Player({ routine: cautious }, deps);
		await player.start();
		render(PlayerView, { player });
		expect(controls().getByRole('button', { name: /^Caution Stop if pain turns sharp/ })).toBeTruthy();
		expect(controls().queryByText(/^Next/)).toBeNull();
		player.skip();
		await tick();
		expect(controls().queryByRole('button', { name: /^Caution/ })).toBeNull();
	});

	it('shows a brief in the get-ready colour, says to listen, and offers to start now', async () => {
		const briefed = buildRoutine({}, [{ kind: 'timed', name: 'Pigeon', seconds: 30, instructions: 'Shin across the mat.' }]);
		const { deps } = fakePlayerDeps(0);
		const player = new Player({ routine: briefed, options: { briefings: true } }, deps);
		await player.start();
		render(PlayerView, { player });
		expect(controls().getByText('Instructions')).toBeTruthy();
		expect(screen.getByRole('timer').textContent).toBe('Listen');
		expect(screen.getByRole('region', { name: /^Player/ }).classList.contains('phase-get-ready')).toBe(true);
		await fireEvent.click(screen.getByRole('button', { name: 'Start now' }));
		expect(player.segment?.kind).toBe('get-ready');
	});

	it('names the side to switch to, and the exercise after it next', async () => {
		const { player } = await playerAt(30_500);
		render(PlayerView, { player });
		expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Switch to right');
		expect(screen.getByRole('timer').textContent).toBe('0:05');
		expect(screen.getByText('Clamshells — left, set 2 of 3 · 0:30')).toBeTruthy();
	});

	it('shows the reps to do large for a self-paced step, the time so far second, and offers Done', async () => {
		const { player, setTime } = await playerAt(0);
		player.skipExercise();
		player.skip();
		setTime(4200);
		player.tick(4200);
		render(PlayerView, { player });
		expect(screen.getByRole('timer').textContent).toBe('10');
		expect(screen.getByText('reps')).toBeTruthy();
		expect(screen.getByText('0:04 so far')).toBeTruthy();
		await fireEvent.click(screen.getByRole('button', { name: 'Done' }));
		expect(player.state.status).toBe('finished');
	});

	it('pauses and resumes with a tap on the numbers', async () => {
		const { player } = await playerAt(1000);
		const { container } = render(PlayerView, { player });
		const dial = container.querySelector<HTMLButtonElement>('.dial-tap')!;
		await fireEvent.click(dial);
		expect(player.state.status).toBe('paused');
		expect(screen.getByText('Paused')).toBeTruthy();
		await fireEvent.click(dial);
		expect(player.state.status).toBe('running');
	});

	it('skips the whole exercise in one tap, recording its sets as skipped', async () => {
		const { player } = await playerAt(1000);
		render(PlayerView, { player });
		await fireEvent.click(screen.getByRole('button', { name: 'Skip exercise' }));
		expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Lunges');
		expect(screen.getByText('Step 2 of 2')).toBeTruthy();
		// Six sides of work and three switches, every one of them skipped.
		expect(player.state.endings.filter((ending) => ending === 'skipped')).toHaveLength(9);
	});

	it('never ends the session from Skip exercise: on the last step it is disabled', async () => {
		const { player } = await playerAt(1000);
		render(PlayerView, { player });
		const skipExercise = screen.getByRole('button', { name: 'Skip exercise' }) as HTMLButtonElement;
		await fireEvent.click(skipExercise);
		expect(skipExercise.disabled).toBe(true);
		player.skipExercise();
		expect(player.state.status).toBe('running');
		expect(player.segment?.name).toBe('Lunges');
	});

	it('closes the instructions sheet when the step changes, so it never pops up over a later step', async () => {
		const twoSentences = buildRoutine({}, [
			{ kind: 'timed', name: 'Pigeon', seconds: 30, getReadySeconds: 0, instructions: 'Shin across. Hips square.' },
			{ kind: 'timed', name: 'Figure-four', seconds: 30, getReadySeconds: 0, instructions: 'Ankle on knee. Pull the thigh in.' }
		]);
		const { deps } = fakePlayerDeps(0);
		const player = new Player({ routine: twoSentences }, deps);
		await player.start();
		render(PlayerView, { player });
		await fireEvent.click(screen.getByRole('button', { name: 'More' }));
		expect(screen.getByRole('dialog', { name: 'Pigeon' })).toBeTruthy();
		player.skip();
		await tick();
		expect(screen.queryByRole('dialog', { name: 'Figure-four' })).toBeNull();
	});

	it('lists the steps with the current one marked, and jumps to any of them', async () => {
		const { player } = await playerAt(1000);
		render(PlayerView, { player });
		await fireEvent.click(screen.getByRole('button', { name: 'Step 1 of 2' }));
		const list = within(screen.getByRole('dialog', { name: /^Steps of/ }));
		expect(list.getByRole('button', { current: 'step' }).textContent).toContain('Clamshells');
		await fireEvent.click(list.getByRole('button', { name: /Lunges/ }));
		expect(player.segment).toMatchObject({ name: 'Lunges', kind: 'get-ready' });
		await fireEvent.click(screen.getByRole('button', { name: 'Step 2 of 2' }));
		await fireEvent.click(within(screen.getByRole('dialog', { name: /^Steps of/ })).getByRole('button', { name: /Clamshells/ }));
		expect(player.segment).toMatchObject({ name: 'Clamshells', kind: 'work', side: 'left', set: 1 });
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

	it('gives every control an accessible name, the same controls in every phase', async () => {
		const { player } = await playerAt(1000);
		render(PlayerView, { player });
		const names = () => controls().getAllByRole('button').map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim());
		const expected = ['Step 1 of 2', 'Previous', 'Pause', 'Skip', '+10 s', 'Skip exercise', 'End session'];
		expect(names()).toEqual(expected);
		player.skip();
		await tick();
		expect(names()).toEqual(expected);
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
		expect(controls().getByRole('button', { name: 'Caution Stop if it pinches.' })).toBeTruthy();
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
