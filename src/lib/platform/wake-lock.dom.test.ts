import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWakeLock } from './wake-lock';

function setVisibility(state: 'visible' | 'hidden') {
	Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
	document.dispatchEvent(new Event('visibilitychange'));
}

function fakeWakeLock() {
	const sentinels: (EventTarget & { release: () => Promise<void> })[] = [];
	const request = vi.fn(async () => {
		const sentinel = Object.assign(new EventTarget(), {
			release: vi.fn(async () => {
				sentinel.dispatchEvent(new Event('release'));
			})
		});
		sentinels.push(sentinel);
		return sentinel;
	});
	Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true });
	return { request, sentinels };
}

afterEach(() => {
	setVisibility('visible');
	Reflect.deleteProperty(navigator, 'wakeLock');
	vi.restoreAllMocks();
});

describe('wake lock', () => {
	it('requests the screen lock and requests it again when the page comes back into view', async () => {
		const { request, sentinels } = fakeWakeLock();
		const lock = createWakeLock();
		lock.acquire();
		await vi.waitFor(() => expect(request).toHaveBeenCalledTimes(1));
		// The browser drops the lock when the page is hidden…
		setVisibility('hidden');
		sentinels[0]!.dispatchEvent(new Event('release'));
		// …and the app asks again as soon as it is visible.
		setVisibility('visible');
		await vi.waitFor(() => expect(request).toHaveBeenCalledTimes(2));
		expect(request).toHaveBeenLastCalledWith('screen');
	});

	it('releases the lock and stops asking once released', async () => {
		const { request, sentinels } = fakeWakeLock();
		const lock = createWakeLock();
		lock.acquire();
		await vi.waitFor(() => expect(request).toHaveBeenCalledTimes(1));
		lock.release();
		expect(sentinels[0]!.release).toHaveBeenCalled();
		setVisibility('hidden');
		setVisibility('visible');
		await Promise.resolve();
		expect(request).toHaveBeenCalledTimes(1);
	});

	it('fails soft where there is no Wake Lock API or the request is refused', async () => {
		const lock = createWakeLock();
		expect(() => lock.acquire()).not.toThrow();
		lock.release();
		Object.defineProperty(navigator, 'wakeLock', {
			value: { request: vi.fn(async () => Promise.reject(new DOMException('battery', 'NotAllowedError'))) },
			configurable: true
		});
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		createWakeLock().acquire();
		await vi.waitFor(() => expect(warn).toHaveBeenCalled());
	});
});
