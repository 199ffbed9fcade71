/**
 * Registers the service worker and hands on what updates need: a new version is waiting, or has taken
 * over (from this tab or another) and this page should reload. Written against the browser's own API
 * rather than through workbox-window: the three things needed (register, notice a waiting worker,
 * notice a change of controller) take a few lines, and the library's 2 kB were a twentieth of a first
 * visit's JavaScript. Fails soft: without service-worker support the app still runs online, and no
 * update is ever offered.
 */
/** What the app is told about updates. */
export interface UpdateEvents {
	/** A new version is installed and waiting for the user's word. */
	waiting: () => void;
	/** A new version has taken over this page (the user's word here or in another tab): reload when it is safe. */
	reloadNeeded: () => void;
}

/** The message our worker (src/service-worker.ts) answers by taking over. */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

let registration: ServiceWorkerRegistration | null = null;

/**
 * Registers the worker once, from `base` (the app's path, '' at the root of its site); `container` is
 * the browser's, replaceable in tests. A page the worker
 * did not control when it opened (a first visit) gets its first worker, which is no update; a worker
 * that installs while another controls the page is one, whichever tab fetched it.
 */
export async function registerServiceWorker(
	events: UpdateEvents,
	base = '',
	container: ServiceWorkerContainer | undefined = globalThis.navigator?.serviceWorker
): Promise<void> {
	if (!container) return;
	let controlled = container.controller !== null;
	container.addEventListener('controllerchange', () => {
		if (controlled) events.reloadNeeded();
		controlled = true;
	});
	const noteIfWaiting = () => {
		if (registration?.waiting && container.controller) events.waiting();
	};
	const watch = (worker: ServiceWorker | null) =>
		worker?.addEventListener('statechange', () => {
			if (worker.state === 'installed') noteIfWaiting();
		});
	try {
		registration = await container.register(`${base}/service-worker.js`, { scope: `${base}/` });
		// Left waiting by an earlier visit, or installing right now.
		noteIfWaiting();
		watch(registration.installing);
		registration.addEventListener('updatefound', () => watch(registration?.installing ?? null));
	} catch (error) {
		console.warn('Service worker registration failed; the app will not work offline.', error);
	}
}

/** Lets the waiting version take over; `reloadNeeded` follows once it has. */
export async function applyWaitingUpdate(): Promise<void> {
	registration?.waiting?.postMessage(SKIP_WAITING);
}

/** Reloads the page into the new version. */
export function reloadPage(): void {
	location.reload();
}
