/** Haptic cues where the device can vibrate (not iOS Safari). Fails soft. */

export interface VibrationOutput {
	vibrate(pattern: number[]): void;
}

export function createVibrationOutput(): VibrationOutput {
	return {
		vibrate(pattern) {
			if (typeof navigator === 'undefined' || typeof navigator.vibrate !== 'function') return;
			try {
				navigator.vibrate(pattern);
			} catch {
				// Some browsers throw before a user gesture; a missed buzz is harmless.
			}
		}
	};
}
