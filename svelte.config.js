import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** The static fallback page every unknown URL is served from (by the host and by the service worker). */
export const FALLBACK_PAGE = 'index.html';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ fallback: FALLBACK_PAGE }),
		// Absolute asset URLs: a deep link served from the fallback page must still load /_app/...
		paths: { relative: false },
		// The service worker is ours (src/service-worker.ts); it is registered through virtual:pwa-register.
		serviceWorker: { register: false }
	}
};

export default config;
