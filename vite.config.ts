import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vite';
import { FALLBACK_PAGE } from './svelte.config.js';

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
			manifest: {
				id: '/',
				name: 'Unknot — guided rehab routines',
				short_name: 'Unknot',
				description:
					'Timed, hands-free rehab routines for cranky hips, glutes and calves: foam rolling, release work, stretches and strength. Works offline.',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				orientation: 'any',
				background_color: '#0f3d3e',
				theme_color: '#0f3d3e',
				categories: ['health', 'fitness', 'medical'],
				// The installed app opens routine and backup files, and receives them from the share
				// sheet (Android): `sw/share-target.ts` keeps a shared file for the import screen.
				file_handlers: [{ action: '/import', accept: { 'application/json': ['.json'] } }],
				share_target: {
					action: '/import/share',
					method: 'POST',
					enctype: 'multipart/form-data',
					params: { title: 'title', text: 'text', url: 'url', files: [{ name: 'file', accept: ['application/json', '.json'] }] }
				},
				icons: [
					{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
					{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
					{ src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
					{ src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
				]
			},
			injectManifest: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest,json,wav}',
					'prerendered/**/*.{html,json}'
				]
			},
			kit: { adapterFallback: FALLBACK_PAGE, trailingSlash: 'never', spa: true }
		})
	]
});
