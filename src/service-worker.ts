/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Unknot's own service worker: precaches every built asset (manifest injected at build time by
 * @vite-pwa/sveltekit), answers every navigation with the app shell so deep links open offline, and
 * activates a waiting update only when the page asks (so an update never interrupts a routine).
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { handleShareTarget, SHARE_TARGET_PATH, SHARED_CACHE } from '$lib/sw/share-target';
import { FALLBACK_PAGE } from '$lib/sw/fallback-page';

declare const self: ServiceWorkerGlobalScope;

// The app's base path ('' at the root of its host, '/unknot' under a sub-path): the worker's scope
// is the app's root, whatever path the site is served from.
const BASE = new URL(self.registration.scope).pathname.replace(/\/$/, '');

// A file shared to the installed app (Android share sheet) arrives as a POST: keep it, then open the
// import screen. Registered first, as the precache and navigation routes answer GETs only.
self.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method === 'POST' && url.origin === self.location.origin && url.pathname === BASE + SHARE_TARGET_PATH) {
		event.respondWith(caches.open(SHARED_CACHE).then((cache) => handleShareTarget(event.request, cache, BASE)));
	}
});

// The router asks for a prerendered page's data (`__data.json`) with SvelteKit's own query
// parameters, which say what to load again; the file is the same whatever they say, so the precached
// one answers (offline too). Workbox's default list (campaign tags) is kept.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^x-sveltekit-/] });
cleanupOutdatedCaches();

// A prerendered page (the library) is answered by the precache above; every other page is the app
// shell (the adapter's fallback page), routed in the browser.
registerRoute(new NavigationRoute(createHandlerBoundToURL(FALLBACK_PAGE)));

self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
