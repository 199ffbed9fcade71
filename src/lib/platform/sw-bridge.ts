/**
 * Registers the service worker through vite-plugin-pwa's virtual module (no inline script, so a strict
 * CSP stays possible). Fails soft: without service-worker support the app still runs online.
 */

/** Registers the worker once; later issues hook update prompts onto the returned updater. */
export async function registerServiceWorker(): Promise<void> {
	if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
	try {
		const { registerSW } = await import('virtual:pwa-register');
		registerSW({ immediate: true });
	} catch (error) {
		console.warn('Service worker registration failed; the app will not work offline.', error);
	}
}
