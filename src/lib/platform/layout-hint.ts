/**
 * How much room the library's dynamic part took last time (sessions in progress, the next-day card,
 * search), kept in localStorage so the script in `app.html` can reserve it before the first paint and
 * the prerendered list does not jump when that part fills in. Fails soft: no storage, no reservation.
 */

/** The localStorage key the script in `app.html` reads (keep the two in step). */
export const HOME_TOP_KEY = 'unknot-home-top';

/** Remembers the room the dynamic part took, in CSS pixels. */
export function rememberHomeTop(px: number): void {
	try {
		localStorage.setItem(HOME_TOP_KEY, String(Math.max(0, Math.round(px))));
	} catch {
		// No localStorage: the next first paint reserves nothing, and the list moves once.
	}
}
