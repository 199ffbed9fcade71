/** Player dependencies for tests: a hand-driven clock and spies on every side effect. */
import { vi } from 'vitest';
import type { PlayerDeps } from '../player.svelte';

export function fakePlayerDeps(startMs = 1_000_000, overrides: Partial<PlayerDeps> = {}) {
	let time = startMs;
	let lost: (() => void) | undefined;
	const spies = {
		now: () => time,
		newId: () => 'session-1',
		everyFrame: vi.fn<PlayerDeps['everyFrame']>(() => () => {}),
		onHide: vi.fn<PlayerDeps['onHide']>(() => () => {}),
		fileSession: vi.fn<PlayerDeps['fileSession']>(async () => 'filed' as const),
		putInProgress: vi.fn<PlayerDeps['putInProgress']>(async () => 'saved' as const),
		getInProgress: vi.fn<PlayerDeps['getInProgress']>(async () => undefined),
		fileOthersInProgress: vi.fn<PlayerDeps['fileOthersInProgress']>(async () => {}),
		tabLock: {
			claim: vi.fn<PlayerDeps['tabLock']['claim']>(async (_takeOver, onLost) => {
				lost = onLost;
				return true;
			}),
			release: vi.fn()
		},
		cues: {
			unlock: vi.fn(async () => {}),
			update: vi.fn(),
			reset: vi.fn(),
			stop: vi.fn()
		},
		brief: vi.fn<PlayerDeps['brief']>(() => ({ finished: new Promise<void>(() => {}), cancel: vi.fn() })),
		wakeLock: { acquire: vi.fn(), release: vi.fn() },
		media: { activate: vi.fn(), update: vi.fn(), deactivate: vi.fn() }
	} satisfies PlayerDeps;
	// Typed as the spies: a test reads `.mock` only on the dependencies it did not replace.
	const deps = { ...spies, ...overrides } as typeof spies;
	return {
		deps,
		/** Sets the clock to `ms` after the start time. */
		setTime: (ms: number) => (time = startMs + ms),
		/** Another tab takes the player over. */
		takeOverElsewhere: () => lost?.()
	};
}
