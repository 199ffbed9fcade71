/**
 * Registers the service worker through vite-plugin-pwa's virtual module (no inline script, so a strict
 * CSP stays possible), and hands on what updates need: a new version is waiting, or has taken over
 * (from another tab) and this page should reload. Fails soft: without service-worker support the app
 * still runs online, and no update is ever offered.
 */

/** What the app is told about updates. */
export interface UpdateEvents {
	/** A new version is installed and waiting for the user's word. */
	waiting: () => void;
	/** A new version has taken over this page (the user's word here or in another tab): reload when it is safe. */
	reloadNeeded: () => void;
}

let applyWaiting: ((reloadPage?: boolean) => Promise<void>) | null = null;

/** Registers the worker once. */
export async function registerServiceWorker(events?: UpdateEvents): Promise<void> {
	if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
	try {
		const { registerSW } = await import('virtual:pwa-register');
		applyWaiting = registerSW({
			immediate: true,
			onNeedRefresh: () => events?.waiting(),
			// Without this the plugin reloads at once, which would cut a routine short in this tab.
			onNeedReload: () => (events ? events.reloadNeeded() : location.reload())
		});
	} catch (error) {
		console.warn('Service worker registration failed; the app will not work offline.', error);
	}
}

/** Lets the waiting version take over; `reloadNeeded` follows once it has. */
export async function applyWaitingUpdate(): Promise<void> {
	await applyWaiting?.(true);
}

/** Reloads the page into the new version. */
export function reloadPage(): void {
	location.reload();
}
