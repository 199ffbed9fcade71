import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTabLock } from './tab-lock';

/** A Web Locks stand-in with one lock, enough for the claim, release and take-over rules. */
function fakeLocks() {
	let holder: { release: () => void; reject: (error: unknown) => void } | null = null;
	const request = vi.fn(
		(_name: string, options: LockOptions, callback: (lock: unknown) => Promise<void> | undefined) =>
			new Promise<void>((resolve, reject) => {
				if (holder && options.ifAvailable) {
					void callback(null);
					resolve();
					return;
				}
				if (holder && options.steal) {
					holder.reject(new DOMException('stolen', 'AbortError'));
					holder = null;
				}
				const held = callback({ name: _name });
				holder = { release: () => resolve(), reject };
				void held?.then(() => {
					holder = null;
					resolve();
				});
			})
	);
	Object.defineProperty(navigator, 'locks', { value: { request }, configurable: true });
	return request;
}

afterEach(() => {
	Reflect.deleteProperty(navigator, 'locks');
});

describe('one player across tabs', () => {
	it('lets one tab claim the player, refuses a second, and hands it over once released', async () => {
		fakeLocks();
		const first = createTabLock();
		const second = createTabLock();
		expect(await first.claim(false, vi.fn())).toBe(true);
		expect(await first.claim(false, vi.fn())).toBe(true); // claiming again is harmless
		expect(await second.claim(false, vi.fn())).toBe(false);
		first.release();
		await Promise.resolve();
		expect(await second.claim(false, vi.fn())).toBe(true);
	});

	it('tells the first tab when a second takes the player over', async () => {
		fakeLocks();
		const first = createTabLock();
		const lost = vi.fn();
		await first.claim(false, lost);
		expect(await createTabLock().claim(true, vi.fn())).toBe(true);
		await vi.waitFor(() => expect(lost).toHaveBeenCalledTimes(1));
	});

	it('plays anyway where the browser has no Web Locks', async () => {
		expect(await createTabLock().claim(false, vi.fn())).toBe(true);
	});
});
