import { describe, expect, it, vi } from 'vitest';
import type { Routine } from '$lib/core/routine-schema';
import type { ActiveSessionRecord } from '$lib/platform/db';
import { CHECKPOINT_EVERY_MS, Player, RELEASE_WAKE_LOCK_AFTER_PAUSE_MS } from './player.svelte';
import { fakePlayerDeps } from './testing/fake-deps';

const routine: Routine = {
	schemaVersion: 1,
	id: 'two-holds',
	title: 'Two holds',
	steps: [
		{ kind: 'timed', name: 'Hold', seconds: 10, getReadySeconds: 2 },
		{ kind: 'timed', name: 'Plank', seconds: 5, getReadySeconds: 0 }
	]
};

function setup(overrides: Parameters<typeof fakePlayerDeps>[1] = {}) {
	const { deps, setTime } = fakePlayerDeps(1_000_000, overrides);
	const player = new Player({ routine }, deps);
	/** Moves the clock to `ms` after the start and lets a frame happen. */
	const at = (ms: number) => {
		setTime(ms);
		player.tick(1_000_000 + ms);
	};
	return { player, deps, at, setTime };
}

describe('Player', () => {
	it('shows the get-ready, then the exercise, from the time it is given', () => {
		const { player, at } = setup();
		player.start();
		at(1500);
		expect(player.segment?.kind).toBe('get-ready');
		expect(player.position.remainingMs).toBe(500);
		at(2000);
		expect(player.segment?.name).toBe('Hold');
		expect(player.next?.name).toBe('Plank');
	});

	it('unlocks audio, starts the media session and takes the wake lock on Start', () => {
		const { player, deps } = setup();
		player.start();
		expect(deps.cues.unlock).toHaveBeenCalledTimes(1);
		expect(deps.media.activate).toHaveBeenCalledTimes(1);
		expect(deps.wakeLock.acquire).toHaveBeenCalledTimes(1);
	});

	it('pauses and resumes on toggle, holding the time, and unlocks audio again on Resume', () => {
		const { player, at, setTime, deps } = setup();
		player.start();
		at(4000);
		player.togglePause();
		at(50_000);
		expect(player.position).toMatchObject({ status: 'paused', remainingMs: 8000 });
		setTime(50_000);
		player.togglePause();
		at(51_000);
		expect(player.position).toMatchObject({ status: 'running', remainingMs: 7000 });
		expect(deps.cues.unlock).toHaveBeenCalledTimes(2);
	});

	it('lets the screen sleep after a minute of pause, and takes the lock again on Resume', () => {
		const { player, at, setTime, deps } = setup();
		player.start();
		at(3000);
		player.pause();
		at(3000 + RELEASE_WAKE_LOCK_AFTER_PAUSE_MS);
		expect(deps.wakeLock.release).not.toHaveBeenCalled();
		at(3000 + RELEASE_WAKE_LOCK_AFTER_PAUSE_MS + 1);
		expect(deps.wakeLock.release).toHaveBeenCalledTimes(1);
		setTime(200_000);
		player.resume();
		expect(deps.wakeLock.acquire).toHaveBeenCalledTimes(2);
	});

	it('tells the cue player about every frame and resets it on every event', () => {
		const { player, at, deps } = setup();
		player.start();
		at(1000);
		expect(deps.cues.update).toHaveBeenLastCalledWith(player.timeline, player.state, 1_001_000, player.settings);
		player.skip();
		expect(deps.cues.reset).toHaveBeenLastCalledWith(1_001_000);
	});

	it('checkpoints on every event and at least every 5 s while running', () => {
		const { player, at, deps } = setup();
		player.start();
		expect(deps.saveProgress).toHaveBeenCalledTimes(1);
		expect(deps.saveProgress.mock.calls[0]![0]).toMatchObject({ key: 'current', sessionId: 'session-1', savedAt: 1_000_000 });
		at(CHECKPOINT_EVERY_MS - 1);
		expect(deps.saveProgress).toHaveBeenCalledTimes(1);
		at(CHECKPOINT_EVERY_MS);
		expect(deps.saveProgress).toHaveBeenCalledTimes(2);
		player.pause();
		expect(deps.saveProgress).toHaveBeenCalledTimes(3);
		expect(deps.saveProgress.mock.calls[2]![0].state.status).toBe('paused');
	});

	it('checkpoints when the page is hidden', () => {
		const { player, deps, setTime } = setup();
		player.start();
		player.attach();
		setTime(2500);
		const onHidden = deps.onHide.mock.calls[0]![0];
		onHidden();
		expect(deps.saveProgress).toHaveBeenLastCalledWith(expect.objectContaining({ savedAt: 1_002_500 }));
	});

	it('files a completed session once when the routine runs out, and lets go of the wake lock', async () => {
		const { player, at, deps } = setup();
		player.start();
		at(30_000);
		at(31_000);
		await vi.waitFor(() => expect(player.saveStatus).toBe('saved'));
		expect(deps.completeSession).toHaveBeenCalledTimes(1);
		expect(deps.completeSession.mock.calls[0]![0]).toMatchObject({
			id: 'session-1',
			routineId: 'two-holds',
			status: 'completed',
			startedAt: 1_000_000,
			endedAt: 1_017_000,
			activeSeconds: 17
		});
		expect(deps.wakeLock.release).toHaveBeenCalled();
		expect(deps.media.deactivate).toHaveBeenCalled();
	});

	it('files a partial session when ended early', async () => {
		const { player, setTime, deps } = setup();
		player.start();
		setTime(5000);
		player.end();
		await vi.waitFor(() => expect(player.saveStatus).toBe('saved'));
		const record = deps.completeSession.mock.calls[0]![0];
		expect(record.status).toBe('partial');
		expect(record.steps.map((s) => s.status)).toEqual(['partial', 'skipped']);
	});

	it('shows why saving failed and saves on retry', async () => {
		const completeSession = vi
			.fn<(record: unknown) => Promise<void>>()
			.mockRejectedValueOnce(new Error('Your phone is out of storage space.'))
			.mockResolvedValueOnce(undefined);
		const { player } = setup({ completeSession });
		player.start();
		player.end();
		await vi.waitFor(() => expect(player.saveStatus).toBe('failed'));
		expect(player.saveError).toMatch(/out of storage/);
		player.retrySave();
		await vi.waitFor(() => expect(player.saveStatus).toBe('saved'));
		expect(completeSession).toHaveBeenCalledTimes(2);
	});

	it('adds how it feels and a note to the filed session', async () => {
		const { player, deps } = setup();
		player.start();
		player.end();
		await vi.waitFor(() => expect(player.saveStatus).toBe('saved'));
		await player.addCheckIn(3, '  hip eased off  ');
		expect(deps.updateSession).toHaveBeenCalledWith(expect.objectContaining({ id: 'session-1', painAfter: 3, notes: 'hip eased off' }));
		expect(player.record?.painAfter).toBe(3);
	});

	it('keeps running and says so when checkpoints cannot be saved', async () => {
		const { player, at } = setup({ saveProgress: vi.fn(async () => Promise.reject(new Error('Storage is full.'))) });
		player.start();
		await vi.waitFor(() => expect(player.progressError).toBe('Storage is full.'));
		at(3000);
		expect(player.position.status).toBe('running');
	});
});

describe('a player continued from a checkpoint', () => {
	function checkpointAfter(ms: number): ActiveSessionRecord {
		const { player, setTime, deps } = setup();
		player.start();
		setTime(ms);
		player.tick(1_000_000 + ms);
		player.skip(); // an event: checkpoint at `ms`
		return deps.saveProgress.mock.lastCall![0];
	}

	it('carries on as if never stopped when reopened within 2 minutes', () => {
		const saved = checkpointAfter(1000); // skipped from the get-ready into Hold at 1 s
		const { deps } = fakePlayerDeps(1_000_000 + 6000);
		const player = new Player({ routine, resume: saved }, deps);
		expect(player.sessionId).toBe('session-1');
		expect(player.position).toMatchObject({ status: 'running', index: 1, remainingMs: 5000 });
	});

	it('comes back paused at the checkpoint after a longer gap', () => {
		const saved = checkpointAfter(1000);
		const { deps } = fakePlayerDeps(saved.savedAt + 10 * 60_000);
		const player = new Player({ routine, resume: saved }, deps);
		expect(player.position).toMatchObject({ status: 'paused', index: 1, remainingMs: 10_000 });
	});
});
