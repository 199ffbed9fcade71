/**
 * One routine plays at a time across every Unknot tab (Web Locks API): the tab that plays holds the
 * lock; another tab is told so and may take over, which takes the lock away from the first. Where the
 * browser has no Web Locks, every claim succeeds (the stores still refuse to let two tabs record one
 * session twice).
 */

export interface TabLock {
	/**
	 * Claims the player for this tab. With `takeOver`, takes it from the tab that has it. Resolves to
	 * false when another tab has it (and `takeOver` was not asked). `onLost` is called if another tab
	 * takes it over later.
	 */
	claim(takeOver: boolean, onLost: () => void): Promise<boolean>;
	/** Lets the player go, so another tab may claim it. */
	release(): void;
}

export const PLAYER_LOCK_NAME = 'unknot-player';

export function createTabLock(name = PLAYER_LOCK_NAME): TabLock {
	let letGo: (() => void) | null = null;
	return {
		claim(takeOver, onLost) {
			const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
			if (!locks || letGo) return Promise.resolve(true);
			return new Promise<boolean>((resolve) => {
				const options: LockOptions = takeOver ? { steal: true } : { ifAvailable: true };
				locks
					.request(name, options, (lock) => {
						if (!lock) {
							resolve(false);
							return;
						}
						resolve(true);
						// Held until released here, or taken over by another tab.
						return new Promise<void>((release) => (letGo = release));
					})
					.catch((error: unknown) => {
						// Taken over: the request that held the lock rejects with an AbortError.
						if (letGo) {
							letGo = null;
							onLost();
						} else {
							console.warn('The player lock could not be claimed; playing anyway.', error);
							resolve(true);
						}
					});
			});
		},
		release() {
			letGo?.();
			letGo = null;
		}
	};
}

/** Whether a routine is playing in some Unknot tab right now (false where the browser cannot tell). */
export async function isPlayerHeld(name = PLAYER_LOCK_NAME): Promise<boolean> {
	const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
	if (!locks || typeof locks.query !== 'function') return false;
	try {
		const { held = [] } = await locks.query();
		return held.some((lock) => lock.name === name);
	} catch {
		return false;
	}
}
