import { describe, expect, it, vi } from 'vitest';
import { CARRY_ON_WITHIN_MS } from '$lib/core/session';
import type { SessionInProgress } from '$lib/core/session-in-progress';
import { DEFAULT_SETTINGS } from '$lib/core/settings';
import { buildRoutine } from '$lib/core/testing/records';
import { CHECKPOINT_EVERY_MS, Player, RELEASE_WAKE_LOCK_AFTER_PAUSE_MS } from './player.svelte';
import { fakePlayerDeps } from './testing/fake-deps';

const routine = buildRoutine();

function setup(overrides: Parameters<typeof fakePlayerDeps>[1] = {}) {
	const { deps, setTime, takeOverElsewhere } = fakePlayerDeps(1_000_000, overrides);
	const player = new Player({ routine }, deps);
	/** Moves the clock to `ms` after the start and lets a frame happen. */
	const at = (ms: number) => {
		setTime(ms);
		player.tick(1_000_000 + ms);
	};
	return { player, deps, at, setTime, takeOverElsewhere };
}

describe('Player', () => {
	it('shows the get-ready, then the exercise, from the time it is given', async () => {
		const { player, at } = setup();
		await player.start();
		at(1500);
		expect(player.segment?.kind).toBe('get-ready');
		expect(player.position.remainingMs).toBe(500);
		at(2000);
		expect(player.segment?.name).toBe('Hold');
		expect(player.next?.name).toBe('Plank');
	});

	it('unlocks audio, starts the media session and takes the wake lock on Start', async () => {
		const { player, deps } = setup();
		await player.start();
		expect(deps.cues.unlock).toHaveBeenCalledTimes(1);
		expect(deps.media.activate).toHaveBeenCalledTimes(1);
		expect(deps.wakeLock.acquire).toHaveBeenCalledTimes(1);
	});

	it('pauses and resumes on toggle, holding the time, and unlocks audio again on Resume', async () => {
		const { player, at, setTime, deps } = setup();
		await player.start();
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

	it('lets the screen sleep after a minute of pause, and takes the lock again on Resume', async () => {
		const { player, at, setTime, deps } = setup();
		await player.start();
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

	it('tells the cue player about every frame and resets it on every event', async () => {
		const { player, at, deps } = setup();
		await player.start();
		at(1000);
		expect(deps.cues.update).toHaveBeenLastCalledWith(player.timeline, player.state, 1_001_000, player.settings);
		player.skip();
		expect(deps.cues.reset).toHaveBeenLastCalledWith(1_001_000);
	});

	it('checkpoints on every event and at least every 5 s while running', async () => {
		const { player, at, deps } = setup();
		await player.start();
		expect(deps.putInProgress).toHaveBeenCalledTimes(1);
		expect(deps.putInProgress.mock.calls[0]![0]).toMatchObject({ sessionId: 'session-1', updatedAt: 1_000_000, recordVersion: 1 });
		at(CHECKPOINT_EVERY_MS - 1);
		expect(deps.putInProgress).toHaveBeenCalledTimes(1);
		at(CHECKPOINT_EVERY_MS);
		expect(deps.putInProgress).toHaveBeenCalledTimes(2);
		player.pause();
		expect(deps.putInProgress).toHaveBeenCalledTimes(3);
		expect(deps.putInProgress.mock.calls[2]![0].state.status).toBe('paused');
	});

	it('checkpoints when the page is hidden', async () => {
		const { player, deps, setTime } = setup();
		await player.start();
		player.attach();
		setTime(2500);
		const onHidden = deps.onHide.mock.calls[0]![0];
		onHidden();
		expect(deps.putInProgress).toHaveBeenLastCalledWith(expect.objectContaining({ updatedAt: 1_002_500 }));
	});

	it('files a completed session once when the routine runs out, and lets go of the wake lock', async () => {
		const { player, at, deps } = setup();
		await player.start();
		at(30_000);
		at(31_000);
		await vi.waitFor(() => expect(player.saveStatus).toBe('saved'));
		expect(deps.fileSession).toHaveBeenCalledTimes(1);
		expect(deps.fileSession.mock.calls[0]![0]).toMatchObject({
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
		await player.start();
		setTime(5000);
		player.end();
		await vi.waitFor(() => expect(player.saveStatus).toBe('saved'));
		const record = deps.fileSession.mock.calls[0]![0];
		expect(record.status).toBe('partial');
		expect(record.steps.map((s) => s.status)).toEqual(['partial', 'skipped']);
	});

	it('shows why saving failed and saves on retry', async () => {
		const fileSession = vi
			.fn<(record: unknown) => Promise<'filed'>>()
			.mockRejectedValueOnce(new Error('Your phone is out of storage space.'))
			.mockResolvedValueOnce('filed');
		const { player } = setup({ fileSession });
		await player.start();
		player.end();
		await vi.waitFor(() => expect(player.saveStatus).toBe('failed'));
		expect(player.saveError).toMatch(/out of storage/);
		player.retrySave();
		await vi.waitFor(() => expect(player.saveStatus).toBe('saved'));
		expect(fileSession).toHaveBeenCalledTimes(2);
	});

	it('keeps running and says so when checkpoints cannot be saved', async () => {
		const { player, at } = setup({ putInProgress: vi.fn(async () => Promise.reject(new Error('Storage is full.'))) });
		await player.start();
		await vi.waitFor(() => expect(player.progressError).toBe('Storage is full.'));
		at(3000);
		expect(player.position.status).toBe('running');
	});
});


describe('one player across tabs', () => {
	it('starts nothing and checkpoints nothing while another tab plays, and takes over on request', async () => {
		const { player, deps } = setup();
		deps.tabLock.claim.mockResolvedValueOnce(false);
		await player.start();
		expect(player.tab).toBe('elsewhere');
		expect(player.state.status).toBe('ready');
		expect(deps.putInProgress).not.toHaveBeenCalled();
		await player.takeOver();
		expect(deps.tabLock.claim).toHaveBeenLastCalledWith(true, expect.any(Function));
		expect(player.tab).toBe('here');
		expect(player.state.status).toBe('running');
		expect(deps.putInProgress).toHaveBeenCalledTimes(1);
	});

	it('stops at once, silently, and never records when another tab takes over', async () => {
		const { player, deps, at, takeOverElsewhere } = setup();
		await player.start();
		player.attach();
		at(1000);
		const checkpoints = deps.putInProgress.mock.calls.length;
		takeOverElsewhere();
		expect(player.tab).toBe('moved');
		expect(deps.cues.stop).toHaveBeenCalled();
		expect(deps.wakeLock.release).toHaveBeenCalled();
		player.skip();
		player.end();
		at(60_000);
		deps.onHide.mock.calls[0]![0](); // hiding the page saves nothing over the other tab's session
		expect(player.state.status).toBe('running');
		expect(deps.putInProgress).toHaveBeenCalledTimes(checkpoints);
		expect(deps.fileSession).not.toHaveBeenCalled();
	});

	it('checkpoints nothing for a routine not yet started, whether hidden or left', () => {
		const { player, deps } = setup();
		const detach = player.attach();
		deps.onHide.mock.calls[0]![0]();
		detach();
		expect(deps.putInProgress).not.toHaveBeenCalled();
	});

	it('stops when a checkpoint finds the session already filed by another tab', async () => {
		const { player, deps } = setup();
		deps.putInProgress.mockResolvedValue('already-filed');
		await player.start();
		await vi.waitFor(() => expect(player.tab).toBe('moved'));
		expect(deps.fileSession).not.toHaveBeenCalled();
	});

	it('files the other sessions in progress after its own first checkpoint, naming itself', async () => {
		const { player, deps } = setup();
		await player.start();
		expect(deps.fileOthersInProgress).toHaveBeenCalledWith('session-1');
		expect(deps.putInProgress.mock.invocationCallOrder[0]).toBeLessThan(deps.fileOthersInProgress.mock.invocationCallOrder[0]!);
	});

	it('says so when the routine left in progress could not be filed, and keeps playing', async () => {
		const { player } = setup({ fileOthersInProgress: vi.fn(async () => Promise.reject(new Error('Disk full.'))) });
		await player.start();
		await vi.waitFor(() => expect(player.filingError).toMatch(/could not be saved to your history: Disk full\./));
		expect(player.state.status).toBe('running');
	});

	it('keeps the latest position when the player is left inside the app', async () => {
		const { player, deps, setTime } = setup();
		await player.start();
		const detach = player.attach();
		setTime(4000);
		detach();
		expect(deps.putInProgress.mock.lastCall![0].updatedAt).toBe(1_004_000);
	});

	it('writes no checkpoint once the routine has run out; the next frame files it', async () => {
		const { player, deps, setTime } = setup();
		await player.start();
		player.attach();
		setTime(60_000);
		deps.onHide.mock.calls[0]![0]();
		expect(deps.putInProgress.mock.lastCall![0].updatedAt).toBe(1_000_000);
	});

	it('continuing a session sets the others in progress aside', async () => {
		const { player, deps, setTime } = setup();
		await player.start();
		setTime(1000);
		player.pause();
		const saved = deps.putInProgress.mock.lastCall![0];
		const later = fakePlayerDeps(1_002_000);
		const resumed = new Player({ routine, from: saved }, later.deps);
		resumed.attach();
		await vi.waitFor(() => expect(later.deps.fileOthersInProgress).toHaveBeenCalledWith('session-1'));
	});

	it('lets the tab go when it is no longer shown, and claims it again when shown', async () => {
		const { player, deps } = setup();
		await player.start();
		const detach = player.attach();
		detach();
		expect(deps.tabLock.release).toHaveBeenCalledTimes(1);
		expect(player.tab).toBe('unclaimed');
		player.attach();
		await vi.waitFor(() => expect(player.tab).toBe('here'));
	});
});

describe('the time rule while the page lives', () => {
	it('carries on through a silence of up to 2 minutes (a throttled page)', async () => {
		const { player, at } = setup();
		await player.start();
		at(1000);
		at(1000 + CARRY_ON_WITHIN_MS);
		expect(player.position.status).toBe('finished');
	});

	it('comes back paused at the last checkpoint after a longer silence (a thawed page), like a reload', async () => {
		const long = buildRoutine({}, [{ kind: 'timed', name: 'Long hold', seconds: 3600, getReadySeconds: 0 }]);
		const { deps, setTime } = fakePlayerDeps(1_000_000);
		const player = new Player({ routine: long }, deps);
		await player.start();
		setTime(4000);
		player.tick(1_004_000);
		player.pause();
		player.resume(); // checkpoint at 4 s
		setTime(4000 + CARRY_ON_WITHIN_MS + 1);
		player.tick(1_004_000 + CARRY_ON_WITHIN_MS + 1);
		expect(player.position).toMatchObject({ status: 'paused', elapsedMs: 4000 });
		expect(player.cameBackPaused).toBe(true);
		expect(deps.putInProgress.mock.lastCall![0].state.status).toBe('paused');
		player.resume();
		expect(player.cameBackPaused).toBe(false);
	});
});

describe('a player continued from a session in progress', () => {
	async function checkpointAfter(ms: number): Promise<SessionInProgress> {
		const { player, setTime, deps } = setup();
		await player.start();
		setTime(ms);
		player.tick(1_000_000 + ms);
		player.skip(); // an event: checkpoint at `ms`
		return deps.putInProgress.mock.lastCall![0];
	}

	it('carries on as if never stopped when reopened within 2 minutes', async () => {
		const saved = await checkpointAfter(1000); // skipped from the get-ready into Hold at 1 s
		const { deps } = fakePlayerDeps(1_000_000 + 6000);
		const player = new Player({ routine, from: saved }, deps);
		expect(player.sessionId).toBe('session-1');
		expect(player.position).toMatchObject({ status: 'running', index: 1, remainingMs: 5000 });
		expect(player.cameBackPaused).toBe(false);
	});

	it('comes back paused at the checkpoint after a longer gap', async () => {
		const saved = await checkpointAfter(1000);
		const { deps } = fakePlayerDeps(saved.updatedAt + 10 * 60_000);
		const player = new Player({ routine, from: saved }, deps);
		expect(player.position).toMatchObject({ status: 'paused', index: 1, remainingMs: 10_000 });
		expect(player.cameBackPaused).toBe(true);
	});

	it('carries on from the checkpoint when the clock was set back an hour', async () => {
		const saved = await checkpointAfter(1000);
		const { deps } = fakePlayerDeps(saved.updatedAt - 3_600_000);
		const player = new Player({ routine, from: saved }, deps);
		expect(player.position).toMatchObject({ status: 'running', index: 1, remainingMs: 10_000 });
	});

	it('plays nothing until it has the tab, then takes over from the latest checkpoint', async () => {
		const saved = await checkpointAfter(1000);
		const { deps, setTime } = fakePlayerDeps(1_000_000 + 2000);
		deps.tabLock.claim.mockResolvedValueOnce(false);
		const player = new Player({ routine, from: saved }, deps);
		player.attach();
		await vi.waitFor(() => expect(player.tab).toBe('elsewhere'));
		player.tick();
		expect(deps.cues.update).not.toHaveBeenCalled();
		// Meanwhile the other tab paused at 3 s.
		const paused = { ...saved, state: { ...saved.state, status: 'paused' as const, pausedAtMs: 1_003_000, anchorMs: 1_003_000, elapsedMs: 2000 }, updatedAt: 1_003_000 };
		deps.getInProgress.mockResolvedValueOnce(paused);
		setTime(4000);
		await player.takeOver();
		expect(player.tab).toBe('here');
		expect(player.position).toMatchObject({ status: 'paused', index: 1, remainingMs: 8000 });
	});

	it('says the session moved when the other tab finished it before the take-over', async () => {
		const saved = await checkpointAfter(1000);
		const { deps } = fakePlayerDeps(1_000_000 + 2000);
		deps.tabLock.claim.mockResolvedValueOnce(false);
		const player = new Player({ routine, from: saved }, deps);
		player.attach();
		await vi.waitFor(() => expect(player.tab).toBe('elsewhere'));
		await player.takeOver();
		expect(player.tab).toBe('moved');
		expect(deps.fileSession).not.toHaveBeenCalled();
	});
});

describe('what the player tells the phone', () => {
	it('starts with the defaults and nothing to welcome back from', () => {
		const { player } = setup();
		expect(player.settings).toEqual(DEFAULT_SETTINGS);
		expect(player.options).toEqual({});
		expect(player.cameBackPaused).toBe(false);
		expect(player.saveStatus).toBe('idle');
	});

	it('names the segment and whether it plays on the lock screen, and wires the headphone buttons to the verbs', async () => {
		const { player, deps, at, setTime } = setup();
		await player.start();
		at(3000);
		expect(deps.media.update).toHaveBeenLastCalledWith('Hold', 'Two holds', true);
		const handlers = deps.media.activate.mock.calls[0]![0];
		setTime(3500);
		handlers.pause();
		expect(player.state.status).toBe('paused');
		expect(deps.media.update).toHaveBeenLastCalledWith('Hold', 'Two holds', false);
		handlers.play();
		expect(player.state.status).toBe('running');
		handlers.next();
		expect(player.segment?.name).toBe('Plank');
		handlers.previous();
		expect(player.segment?.name).toBe('Hold');
	});

	it('adds ten seconds to the current hold', async () => {
		const { player, at } = setup();
		await player.start();
		at(3000);
		player.addTime();
		expect(player.position.remainingMs).toBe(19_000);
	});

	it('retries nothing unless a save failed', async () => {
		const { player, deps } = setup();
		await player.start();
		player.retrySave();
		player.end();
		await vi.waitFor(() => expect(player.saveStatus).toBe('saved'));
		player.retrySave();
		expect(deps.fileSession).toHaveBeenCalledTimes(1);
	});

	it('checkpoints nothing once finished, and a late "already filed" answer does not say it moved', async () => {
		const { player, deps } = setup();
		await player.start();
		player.attach();
		let answer: (outcome: 'already-filed') => void = () => {};
		deps.putInProgress.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
		player.pause(); // its checkpoint is still being written…
		player.end(); // …when the session is filed
		const calls = deps.putInProgress.mock.calls.length;
		deps.onHide.mock.calls[0]![0]();
		expect(deps.putInProgress).toHaveBeenCalledTimes(calls);
		answer('already-filed');
		await vi.waitFor(() => expect(player.saveStatus).toBe('saved'));
		expect(player.tab).not.toBe('moved');
	});

	it('lets the closing words be spoken when it is left after a natural finish, and silences them otherwise', async () => {
		const finished = setup();
		await finished.player.start();
		const detachFinished = finished.player.attach();
		finished.at(60_000);
		detachFinished();
		expect(finished.deps.cues.stop).not.toHaveBeenCalled();
		const left = setup();
		await left.player.start();
		const detach = left.player.attach();
		detach();
		expect(left.deps.cues.stop).toHaveBeenCalledTimes(1);
	});
});

describe('continuing in this tab', () => {
	async function runningCheckpoint(): Promise<SessionInProgress> {
		const { player, deps, setTime } = setup();
		await player.start();
		setTime(1000);
		player.skip();
		return deps.putInProgress.mock.lastCall![0];
	}

	it('a running session claims the tab when shown, keeps the screen on and shows on the lock screen', async () => {
		const saved = await runningCheckpoint();
		const { deps } = fakePlayerDeps(1_002_000);
		const player = new Player({ routine, from: saved }, deps);
		expect(deps.wakeLock.acquire).not.toHaveBeenCalled();
		player.attach();
		await vi.waitFor(() => expect(player.tab).toBe('here'));
		expect(deps.tabLock.claim).toHaveBeenCalledWith(false, expect.any(Function));
		expect(deps.wakeLock.acquire).toHaveBeenCalledTimes(1);
		expect(deps.media.activate).toHaveBeenCalledTimes(1);
	});

	it('a paused session claims the tab but lets the screen sleep until Resume', async () => {
		const saved = await runningCheckpoint();
		const { deps } = fakePlayerDeps(saved.updatedAt + 10 * 60_000);
		const player = new Player({ routine, from: saved }, deps);
		player.attach();
		await vi.waitFor(() => expect(player.tab).toBe('here'));
		expect(deps.wakeLock.acquire).not.toHaveBeenCalled();
		expect(deps.media.activate).not.toHaveBeenCalled();
	});

	it('a fresh player claims nothing until Start', () => {
		const { player, deps } = setup();
		player.attach();
		expect(deps.tabLock.claim).not.toHaveBeenCalled();
		expect(player.tab).toBe('unclaimed');
	});

	it('taking over a running session keeps the screen on; taking over a paused one does not', async () => {
		const saved = await runningCheckpoint();
		const running = fakePlayerDeps(1_002_000);
		running.deps.tabLock.claim.mockResolvedValueOnce(false);
		running.deps.getInProgress.mockResolvedValue(saved);
		const player = new Player({ routine, from: saved }, running.deps);
		player.attach();
		await vi.waitFor(() => expect(player.tab).toBe('elsewhere'));
		await player.takeOver();
		expect(player.state.status).toBe('running');
		expect(running.deps.wakeLock.acquire).toHaveBeenCalledTimes(1);
		expect(running.deps.media.activate).toHaveBeenCalled();
		expect(player.cameBackPaused).toBe(false);

		const paused = fakePlayerDeps(1_002_000);
		paused.deps.tabLock.claim.mockResolvedValueOnce(false);
		const pausedSave = { ...saved, state: { ...saved.state, status: 'paused' as const, pausedAtMs: saved.updatedAt } };
		paused.deps.getInProgress.mockResolvedValue(pausedSave);
		const other = new Player({ routine, from: saved }, paused.deps);
		other.attach();
		await vi.waitFor(() => expect(other.tab).toBe('elsewhere'));
		await other.takeOver();
		expect(other.state.status).toBe('paused');
		expect(other.cameBackPaused).toBe(true);
		expect(paused.deps.wakeLock.acquire).not.toHaveBeenCalled();
	});
});

describe('Player briefs: instructions read aloud before a get-ready', () => {
	const briefed = buildRoutine({}, [{ kind: 'timed', name: 'Pigeon', seconds: 30, getReadySeconds: 5, instructions: 'Shin across the mat.' }]);

	function briefing() {
		const finishes: (() => void)[] = [];
		const cancel = vi.fn();
		const brief = vi.fn(() => ({ finished: new Promise<void>((resolve) => finishes.push(resolve)), cancel }));
		const { deps, setTime } = fakePlayerDeps(0, { brief });
		const player = new Player({ routine: briefed, options: { briefings: true } }, deps);
		const at = (ms: number) => {
			setTime(ms);
			player.tick(ms);
		};
		return { player, brief, cancel, at, finish: (which = finishes.length - 1) => finishes[which]?.() };
	}

	it('reads the instructions once, and starts the get-ready when the voice is done', async () => {
		const { player, brief, at, finish } = briefing();
		await player.start();
		at(1000);
		at(2000);
		expect(brief).toHaveBeenCalledTimes(1);
		expect(brief).toHaveBeenCalledWith('Shin across the mat.', expect.objectContaining({ voice: true }));
		expect(player.segment?.kind).toBe('brief');
		finish();
		await Promise.resolve();
		expect(player.segment?.kind).toBe('get-ready');
		expect(player.position.elapsedMs).toBe(0);
	});

	it('never holds the routine longer than the cap when the voice never says it is done', async () => {
		const { player, at } = briefing();
		await player.start();
		at(19_999);
		expect(player.segment?.kind).toBe('brief');
		at(20_000);
		expect(player.segment?.kind).toBe('get-ready');
	});

	it('stops reading on pause, and reads again from the top on resume', async () => {
		const { player, brief, cancel, at } = briefing();
		await player.start();
		at(1000);
		player.pause();
		expect(cancel).toHaveBeenCalledTimes(1);
		at(5000);
		player.resume();
		expect(brief).toHaveBeenCalledTimes(2);
	});

	it('ignores a reading that ends after the user skipped on and came back to the brief', async () => {
		const { player, brief, at, finish } = briefing();
		await player.start();
		at(1000);
		player.skip();
		expect(player.segment?.kind).toBe('get-ready');
		player.back();
		expect(player.segment?.kind).toBe('brief');
		expect(brief).toHaveBeenCalledTimes(2);
		finish(0);
		await Promise.resolve();
		expect(player.segment?.kind).toBe('brief');
		finish(1);
		await Promise.resolve();
		expect(player.segment?.kind).toBe('get-ready');
	});
});

describe('how the sore spot felt before Start', () => {
	const before = [{ spot: 'Left hip', moment: 'before' as const, score: 5, at: 999_000 }];

	it('is checkpointed with the session and filed with it', async () => {
		const { player, at, deps } = setup();
		player.noteCheckInsBefore(before);
		await player.start();
		at(1000);
		player.skip();
		expect(deps.putInProgress.mock.lastCall?.[0].checkIns).toEqual(before);
		player.end();
		at(1100);
		await vi.waitFor(() => expect(deps.fileSession).toHaveBeenCalled());
		expect(deps.fileSession.mock.lastCall?.[0].checkIns).toEqual(before);
	});

	it('is not changed once the routine has started', async () => {
		const { player, at, deps } = setup();
		player.noteCheckInsBefore(before);
		await player.start();
		player.noteCheckInsBefore([]);
		at(1000);
		player.skip();
		expect(deps.putInProgress.mock.lastCall?.[0].checkIns).toEqual(before);
	});

	it('is kept by a session continued after a reload, and absent when none was given', async () => {
		const first = setup();
		await first.player.start();
		first.player.skip();
		expect('checkIns' in first.deps.putInProgress.mock.lastCall![0]).toBe(false);
		const saved = { ...first.deps.putInProgress.mock.lastCall![0], checkIns: before };
		const { deps } = fakePlayerDeps(1_000_000 + 2000);
		const player = new Player({ routine, from: saved }, deps);
		player.attach();
		await vi.waitFor(() => expect(player.tab).toBe('here'));
		player.end();
		player.tick(1_000_000 + 2100);
		await vi.waitFor(() => expect(deps.fileSession).toHaveBeenCalled());
		expect(deps.fileSession.mock.lastCall?.[0].checkIns).toEqual(before);
	});
});
