import { describe, expect, it, vi } from 'vitest';
import type { Routine } from '$lib/core/routine-schema';
import type { SessionRecord } from '$lib/platform/db';
import { Player, type PlayerDeps } from './player.svelte';

const routine: Routine = {
	schemaVersion: 1,
	id: 'two-holds',
	title: 'Two holds',
	steps: [
		{ kind: 'timed', name: 'Hold', seconds: 10, getReadySeconds: 2 },
		{ kind: 'timed', name: 'Plank', seconds: 5, getReadySeconds: 0 }
	]
};

function setup(recordSession: PlayerDeps['recordSession'] = vi.fn(async () => {})) {
	let time = 1_000_000;
	const deps: PlayerDeps = {
		now: () => time,
		newId: () => 'session-1',
		recordSession,
		everyFrame: () => () => {}
	};
	const player = new Player(routine, deps);
	const at = (ms: number) => {
		time = 1_000_000 + ms;
		player.tick(time);
	};
	return { player, at, recordSession, setTime: (ms: number) => (time = 1_000_000 + ms) };
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

	it('pauses and resumes on toggle, holding the time', () => {
		const { player, at, setTime } = setup();
		player.start();
		at(4000);
		setTime(4000);
		player.togglePause();
		at(60_000);
		expect(player.position).toMatchObject({ status: 'paused', remainingMs: 8000 });
		setTime(60_000);
		player.togglePause();
		at(61_000);
		expect(player.position).toMatchObject({ status: 'running', remainingMs: 7000 });
	});

	it('records a completed session once when the routine runs out', async () => {
		const { player, at, recordSession } = setup();
		player.start();
		at(30_000);
		at(31_000);
		await vi.waitFor(() => expect(player.saveStatus).toBe('saved'));
		expect(recordSession).toHaveBeenCalledTimes(1);
		const record = vi.mocked(recordSession).mock.calls[0]![0] as SessionRecord;
		expect(record).toMatchObject({
			id: 'session-1',
			routineId: 'two-holds',
			status: 'completed',
			startedAt: 1_000_000,
			endedAt: 1_017_000,
			activeSeconds: 17
		});
		expect(record.steps.map((s) => s.status)).toEqual(['done', 'done']);
	});

	it('records a partial session when ended early', async () => {
		const { player, setTime, recordSession } = setup();
		player.start();
		setTime(5000);
		player.end();
		await vi.waitFor(() => expect(player.saveStatus).toBe('saved'));
		const record = vi.mocked(recordSession).mock.calls[0]![0] as SessionRecord;
		expect(record.status).toBe('partial');
		expect(record.steps.map((s) => s.status)).toEqual(['partial', 'skipped']);
	});

	it('shows why saving failed and saves on retry', async () => {
		const recordSession = vi
			.fn<PlayerDeps['recordSession']>()
			.mockRejectedValueOnce(new Error('Your phone is out of storage space.'))
			.mockResolvedValueOnce(undefined);
		const { player } = setup(recordSession);
		player.start();
		player.end();
		await vi.waitFor(() => expect(player.saveStatus).toBe('failed'));
		expect(player.saveError).toMatch(/out of storage/);
		player.retrySave();
		await vi.waitFor(() => expect(player.saveStatus).toBe('saved'));
		expect(recordSession).toHaveBeenCalledTimes(2);
	});
});
