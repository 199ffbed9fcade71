/**
 * The player's clock and a per-frame callback. The engine only ever sees the numbers this returns, so
 * tests (and Playwright's fake clock) control time completely.
 *
 * One rule for time: while the page lives, time moves with the monotonic clock (`performance.now()`),
 * so setting the device clock back or forward mid-routine changes nothing on screen or in the record.
 * The reading is anchored to the wall clock once, when the page loads, so instants stay comparable
 * across reloads (checkpoints, history); the gap across a reload is handled by `restoreAfterGap`.
 */

const hasMonotonic = typeof performance !== 'undefined' && typeof performance.now === 'function';
const wallAtLoad = Date.now();
const monotonicAtLoad = hasMonotonic ? performance.now() : 0;

/** Current time in ms: wall-clock time at page load plus monotonic time since. */
export function now(): number {
	return hasMonotonic ? wallAtLoad + (performance.now() - monotonicAtLoad) : Date.now();
}

/**
 * Calls `callback` on every animation frame and, because frames stop in hidden tabs, at least every
 * `fallbackMs` from a timer too. Returns a function that stops both.
 */
export function everyFrame(callback: (nowMs: number) => void, fallbackMs = 250): () => void {
	let frame = 0;
	let stopped = false;
	const hasFrames = typeof requestAnimationFrame === 'function';
	const loop = () => {
		if (stopped) return;
		callback(now());
		frame = requestAnimationFrame(loop);
	};
	if (hasFrames) frame = requestAnimationFrame(loop);
	const timer = setInterval(() => callback(now()), fallbackMs);
	return () => {
		stopped = true;
		if (hasFrames) cancelAnimationFrame(frame);
		clearInterval(timer);
	};
}

/** The phone's time zone (IANA name), for local days in the history; UTC where the browser will not say. */
export function timeZoneOfDevice(): string {
	try {
		return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
	} catch {
		return 'UTC';
	}
}
