/**
 * Noticing that a new local day has begun while a screen stays open (a library left open overnight
 * must offer the next-day card in the morning; "Today" in the history must move on): at the next
 * midnight, and whenever the page is shown again after a day changed while it was hidden.
 */
import { dayKeyOf, nextDayStart } from '$lib/core/local-time';
import { onShow } from '$lib/platform/lifecycle';

/** Calls `callback` once the local day in `timeZone` is no longer the day it was when this was called. */
export function whenDayChanges(timeZone: string, callback: () => void, now = () => Date.now()): () => void {
	const day = dayKeyOf(now(), timeZone);
	let done = false;
	const check = () => {
		if (done || dayKeyOf(now(), timeZone) === day) return;
		done = true;
		stop();
		callback();
	};
	// A timer may fire late (or never, in a frozen page); showing the page again checks too.
	const timer = setTimeout(check, Math.max(0, nextDayStart(now(), timeZone) - now()) + 1000);
	const stopShow = onShow(check);
	const stop = () => {
		clearTimeout(timer);
		stopShow();
	};
	return stop;
}
