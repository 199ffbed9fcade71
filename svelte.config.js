import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The static fallback page every URL without a prerendered page is served from (by the host and by
 * the service worker). Not index.html, which is the prerendered library; 404.html is the name GitHub
 * Pages and most static hosts serve for an unknown path.
 */
export const FALLBACK_PAGE = '404.html';

/**
 * Where the site is served: '' at the root of its host (the default), or a sub-path such as
 * '/unknot' for a GitHub Pages project site: `BASE_PATH=/unknot npm run build`. Checked here, as
 * SvelteKit wants it: starting with a slash, not ending with one.
 */
/** @type {'' | `/${string}`} */
export const BASE_PATH = (() => {
	const base = process.env.BASE_PATH ?? '';
	if (base !== '' && !/^(\/[\w.~-]+)+$/.test(base)) throw new Error(`BASE_PATH must look like /unknot (a slash, no slash at the end); got ${JSON.stringify(base)}.`);
	return /** @type {'' | `/${string}`} */ (base);
})();

/** Where the static site is written: `build/` unless BUILD_DIR says (the sub-path test builds apart). */
const BUILD_DIR = process.env.BUILD_DIR || 'build';

/** @typedef {NonNullable<NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>['style-src-attr']>} Sources */

/**
 * The hash of each inline script in app.html (the theme before the first paint), so the CSP allows
 * exactly those and no other inline script. Read from the file, so an edit cannot leave a stale hash.
 */
/** @returns {Sources} */
function appHtmlScriptHashes() {
	const html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, body]) => /** @type {Sources[number]} */ (`sha256-${createHash('sha256').update(body ?? '', 'utf8').digest('base64')}`));
}

/**
 * SvelteKit's route announcer carries one fixed inline style (sveltejs/kit#11993, open in 2.x). The
 * CSP allows that exact style attribute by its hash ('unsafe-hashes' admits only the listed hashes,
 * unlike 'unsafe-inline'); read from the installed kit, so an upgrade that drops it adds nothing.
 */
/** @returns {Sources} */
function announcerStyleHashes() {
	try {
		const root = readFileSync(new URL('./node_modules/@sveltejs/kit/src/core/sync/write_root.js', import.meta.url), 'utf8');
		const style = /id="svelte-announcer"[^>]*style="([^"]*)"/.exec(root)?.[1];
		return style ? ['unsafe-hashes', /** @type {Sources[number]} */ (`sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}`)] : [];
	} catch {
		return [];
	}
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: BUILD_DIR, assets: BUILD_DIR, fallback: FALLBACK_PAGE }),
		// Absolute asset URLs: a deep link served from the fallback page must still load /_app/...
		paths: { relative: false, base: BASE_PATH },
		// The CSS comes inside the HTML (hashed into the CSP by SvelteKit), so nothing blocks the first
		// paint of the prerendered library but the page itself.
		inlineStyleThreshold: 20_000,
		// The service worker is ours (src/service-worker.ts); it is registered through virtual:pwa-register.
		serviceWorker: { register: false },
		// A meta tag in every page: SvelteKit hashes its own boot script; nothing else inline runs, no
		// inline style applies, and nothing loads from another origin.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...appHtmlScriptHashes()],
				'style-src': ['self'],
				'style-src-attr': announcerStyleHashes(),
				'img-src': ['self', 'data:', 'blob:'],
				'media-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
