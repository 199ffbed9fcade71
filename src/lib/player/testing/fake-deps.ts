/** Player dependencies for tests: a hand-driven clock and spies on every side effect. */
import { vi } from 'vitest';
import type { PlayerDeps } from '../player.svelte';

export function fakePlayerDeps(startMs = 1_000_000, overrides: Partial<PlayerDeps> = {}) {
	let time = startMs;
	const spies = {
		now: () => time,
		newId: () => 'session-1',
		everyFrame: vi.fn<PlayerDeps['everyFrame']>(() => () => {}),
		onHide: vi.fn<PlayerDeps['onHide']>(() => () => {}),
		completeSession: vi.fn<PlayerDeps['completeSession']>(async () => {}),
		updateSession: vi.fn<PlayerDeps['updateSession']>(async () => {}),
		saveProgress: vi.fn<PlayerDeps['saveProgress']>(async () => {}),
		cues: {
			unlock: vi.fn(async () => {}),
			update: vi.fn(),
			reset: vi.fn(),
			stop: vi.fn()
		},
		wakeLock: { acquire: vi.fn(), release: vi.fn() },
		media: { activate: vi.fn(), update: vi.fn(), deactivate: vi.fn() }
	} satisfies PlayerDeps;
	// Typed as the spies: a test reads `.mock` only on the dependencies it did not replace.
	const deps = { ...spies, ...overrides } as typeof spies;
	return {
		deps,
		/** Sets the clock to `ms` after the start time. */
		setTime: (ms: number) => (time = startMs + ms)
	};
}
