/**
 * Chromium's offer to install Unknot (`beforeinstallprompt`), caught from the app's start (it can
 * fire before any screen's code has loaded) and kept to be replayed on the user's tap. Apart from
 * `install.ts` because it is part of the first load: kept as small as it can be.
 */

/** Chromium's install prompt event (not in TypeScript's DOM types). */
export interface InstallPromptEvent extends Event {
	prompt(): Promise<unknown>;
	readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** What the install offer is told. */
export interface InstallEvents {
	/** The browser offers installation (again); `prompt` shows its dialog and says what the user chose. */
	offered: (prompt: () => Promise<'accepted' | 'dismissed'>) => void;
	/** The app was installed (from our button or the browser's own menu). */
	installed: () => void;
}

let kept: InstallPromptEvent | null = null;
let installedHere = false;
let listener: InstallEvents | null = null;
let onFirstOffer: (() => void) | null = null;

function promptWith(event: InstallPromptEvent): () => Promise<'accepted' | 'dismissed'> {
	return async () => {
		// An event can prompt only once: forget it, and wait for the browser to offer again.
		if (kept === event) kept = null;
		await event.prompt();
		return (await event.userChoice).outcome;
	};
}

/**
 * Starts listening at once (from the app's start), so an offer made before any screen shows is kept.
 * Kept tiny on purpose: it is part of the first load.
 */
export function catchInstallPrompt(): void {
	if (typeof window === 'undefined') return;
	window.addEventListener('beforeinstallprompt', (event) => {
		// Without preventDefault, Chromium shows its own mini-infobar instead of waiting for our button.
		event.preventDefault();
		kept = event as InstallPromptEvent;
		const first = onFirstOffer;
		onFirstOffer = null;
		first?.();
		listener?.offered(promptWith(kept));
	});
	window.addEventListener('appinstalled', () => {
		kept = null;
		installedHere = true;
		listener?.installed();
	});
}

/** Tells `events` about an offer already kept, and every offer and installation from now on. */
export function watchInstall(events: InstallEvents): () => void {
	listener = events;
	// Installed while no screen was watching (from the browser's menu, say): say so to the next one.
	if (installedHere) events.installed();
	else if (kept) events.offered(promptWith(kept));
	return () => {
		if (listener === events) listener = null;
	};
}

/**
 * Calls `then` once there may be an installation to offer, so a screen loads the offer's code only
 * then: at once when the browser has offered already, or on an iPhone or iPad (which never offers:
 * their steps are shown instead; iPadOS says it is a Mac, and the offer's own code tells them apart),
 * else when the browser's offer comes. Returns the stop.
 */
export function whenInstallMayBeOffered(then: () => void): () => void {
	const apple = typeof navigator !== 'undefined' && /iP(hone|od|ad)|Macintosh/.test(navigator.userAgent);
	if (kept || apple) {
		then();
		return () => {};
	}
	onFirstOffer = then;
	return () => {
		if (onFirstOffer === then) onFirstOffer = null;
	};
}
