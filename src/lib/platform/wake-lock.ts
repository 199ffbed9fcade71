/**
 * Keeps the screen on while a routine runs (Screen Wake Lock API). The browser drops the lock whenever
 * the page is hidden, so it is requested again when the page becomes visible while still wanted.
 */

export interface WakeLockControl {
	/** Wants the screen kept on from now until `release()`. */
	acquire(): void;
	release(): void;
}

export function createWakeLock(): WakeLockControl {
	let wanted = false;
	let sentinel: WakeLockSentinel | null = null;
	let listening = false;

	const request = async () => {
		if (!wanted || sentinel || typeof navigator === 'undefined' || !('wakeLock' in navigator)) return;
		if (document.visibilityState !== 'visible') return;
		try {
			const lock = await navigator.wakeLock.request('screen');
			if (!wanted) {
				void lock.release();
				return;
			}
			sentinel = lock;
			lock.addEventListener('release', () => {
				if (sentinel === lock) sentinel = null;
			});
		} catch (error) {
			// Low battery, a policy, or no user gesture yet: the routine still runs.
			console.warn('Wake lock was refused.', error);
		}
	};

	const onVisibility = () => {
		if (document.visibilityState === 'visible') void request();
	};

	return {
		acquire() {
			wanted = true;
			if (!listening && typeof document !== 'undefined') {
				document.addEventListener('visibilitychange', onVisibility);
				listening = true;
			}
			void request();
		},
		release() {
			wanted = false;
			if (listening) {
				document.removeEventListener('visibilitychange', onVisibility);
				listening = false;
			}
			const lock = sentinel;
			sentinel = null;
			void lock?.release().catch(() => {});
		}
	};
}
