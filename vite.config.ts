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
				// The dark theme's background (app.html's theme-color gives light and dark by media query).
				background_color: '#0b1f20',
				theme_color: '#0b1f20',
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
				// A long press on the installed icon starts a routine people come back to.
				shortcuts: [
					{ name: 'Post-run hip reset', short_name: 'Hip reset', url: '/routines/post-run-hip-reset', icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
					{ name: 'Desk break', short_name: 'Desk break', url: '/routines/desk-break', icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }] },
					{ name: 'Soleus and calf care', short_name: 'Calf care', url: '/routines/soleus-calf-care', icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }] }
				],
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
