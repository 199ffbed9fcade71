/**
 * How lengths of time read on screen. Apart from the timeline so that a screen which only shows
 * lengths (the library's list) loads neither the timeline nor the routine schema it depends on.
 */

/** "m:ss" for a number of milliseconds, rounding partial seconds up as a countdown does. */
export function formatClock(ms: number): string {
	const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
	const minutes = Math.floor(totalSeconds / 60);
	const seconds = totalSeconds % 60;
	return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** "12 min" or "45 s" for a routine's planned length. */
export function formatDuration(ms: number): string {
	const seconds = Math.round(ms / 1000);
	if (seconds < 60) return `${seconds} s`;
	const minutes = Math.round(seconds / 60);
	return `${minutes} min`;
}
