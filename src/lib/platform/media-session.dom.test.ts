import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMediaSession } from './media-session';

function fakeMediaSession() {
	const session = { metadata: null as unknown, playbackState: 'none', setActionHandler: vi.fn() };
	Object.defineProperty(navigator, 'mediaSession', { value: session, configurable: true });
	vi.stubGlobal(
		'MediaMetadata',
		class {
			constructor(readonly init: { title: string; artist: string }) {}
		}
	);
	return session;
}

afterEach(() => {
	Reflect.deleteProperty(navigator, 'mediaSession');
	vi.unstubAllGlobals();
});

describe('the lock screen', () => {
	it('shows what is playing and whether it plays, and wires the headphone buttons', () => {
		const session = fakeMediaSession();
		const media = createMediaSession();
		const handlers = { play: vi.fn(), pause: vi.fn(), next: vi.fn(), previous: vi.fn() };
		media.activate(handlers);
		expect(session.setActionHandler).toHaveBeenCalledWith('nexttrack', handlers.next);
		media.update('Clamshells — left', 'Glute medius strength', true);
		expect(session.metadata).toMatchObject({ init: { title: 'Clamshells — left', artist: 'Glute medius strength' } });
		expect(session.playbackState).toBe('playing');
		media.update('Clamshells — left', 'Glute medius strength', false);
		expect(session.playbackState).toBe('paused');
		media.deactivate();
		expect(session.metadata).toBeNull();
		expect(session.playbackState).toBe('none');
		expect(session.setActionHandler).toHaveBeenLastCalledWith('previoustrack', null);
	});

	it('fails soft where there is no Media Session API', () => {
		const media = createMediaSession();
		expect(() => {
			media.activate({ play: vi.fn(), pause: vi.fn(), next: vi.fn(), previous: vi.fn() });
			media.update('Hold', 'Routine', true);
			media.deactivate();
		}).not.toThrow();
	});
});
