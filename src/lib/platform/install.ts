/**
 * Installing Unknot to the home screen. Chromium offers installation through `beforeinstallprompt`,
 * which must be caught early (it can fire before any screen's code has loaded) and kept to be
 * replayed on the user's tap; iOS Safari has no such event, only "Add to Home Screen" in its share
 * menu, so there the app can only say the steps. The event itself is caught in `install-prompt.ts`.
 * Feature-detecting and failing soft: where neither exists, nothing is offered.
 */

export { watchInstall, type InstallEvents, type InstallPromptEvent } from './install-prompt';

/** Whether the app already runs installed (a home-screen launch on Android, iOS or desktop). */
export function isStandalone(): boolean {
	if (typeof window === 'undefined') return false;
	const iosStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
	return iosStandalone || (window.matchMedia?.('(display-mode: standalone)').matches ?? false);
}

/**
 * Whether this is Safari on an iPhone or iPad, where "Add to Home Screen" is the only way to install.
 * iPadOS Safari says it is a Mac: a Mac with a touch screen is an iPad. Chrome, Firefox and Edge on
 * iOS name themselves (CriOS, FxiOS, EdgiOS); in-app browsers lack "Safari/".
 */
export function isIosSafari(userAgent: string, maxTouchPoints: number): boolean {
	const ios = /iP(hone|od|ad)/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
	return ios && /Safari\//.test(userAgent) && !/CriOS|FxiOS|EdgiOS|OPiOS|GSA\//.test(userAgent);
}

/** `isIosSafari` for this browser. */
export function runsInIosSafari(): boolean {
	return typeof navigator !== 'undefined' && isIosSafari(navigator.userAgent, navigator.maxTouchPoints ?? 0);
}

const HINT_KEY = 'unknot-install-hint-dismissed';

/** Whether the user dismissed the library's install hint (kept across visits). */
export function installHintDismissed(): boolean {
	try {
		return localStorage.getItem(HINT_KEY) === '1';
	} catch {
		return false;
	}
}

/** Remembers that the library's install hint was dismissed. */
export function dismissInstallHint(): void {
	try {
		localStorage.setItem(HINT_KEY, '1');
	} catch {
		// No localStorage: the hint comes back next visit, and is dismissed again.
	}
}
