import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vite';
import { FALLBACK_PAGE } from './svelte.config.js';
import { webManifest } from './src/web-manifest';

/**
 * What every screen runs before anything else: Svelte's and SvelteKit's runtimes and the app's start
 * (hooks.client.ts and the layout's small modules). One chunk instead of a dozen tiny ones, each of
 * which would cost a request and its headers on a first visit.
 */
const START = [
	/node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue|clsx)[\\/]/,
	/vite[\\/]preload-helper/,
	/rolldown[\\/]runtime|^\0rolldown/,
	/src[\\/]hooks\.client\.ts$/,
	/src[\\/]lib[\\/]platform[\\/](address|install-prompt|theme|database-presence|sw-bridge|layout-hint)\.ts$/,
	/src[\\/]lib[\\/]ui[\\/](app-update|full-screen|undoable-delete)\.svelte\.ts$/,
	/src[\\/]lib[\\/]routines[\\/]recently-deleted-routine\.svelte\.ts$/,
	// Tiny and used by the library, the player and the history alike.
	/src[\\/]lib[\\/]core[\\/]time-format\.ts$/
];

export default defineConfig({
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [{ name: 'start', test: (id) => START.some((pattern) => pattern.test(id)) }]
				}
			}
		}
	},
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			// Our own worker (src/service-worker.ts): later features need handlers generateSW cannot express.
			strategies: 'injectManifest',
			srcDir: 'src',
			filename: 'service-worker.ts',
			registerType: 'prompt',
			injectRegister: false,
			manifest: webManifest,
			injectManifest: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest,json,wav}',
					'prerendered/**/*.{html,json}'
				],
				// The manifest's screenshots are for the install dialog, never needed offline.
				globIgnores: ['client/screenshots/**']
			},
			kit: { adapterFallback: FALLBACK_PAGE, trailingSlash: 'never', spa: true }
		})
	]
});
