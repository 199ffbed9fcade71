/**
 * Wall-clock time and a per-frame callback. The engine only ever sees the numbers this returns, so tests
 * (and Playwright's fake clock) control time completely.
 */

/** Current wall-clock time in ms. Wall-clock, not performance.now(): it must survive reloads. */
export function now(): number {
	return Date.now();
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
