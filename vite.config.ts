import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vite';
import { FALLBACK_PAGE } from './svelte.config.js';
import { webManifest } from './src/web-manifest';

export default defineConfig({
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
