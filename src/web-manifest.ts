/**
 * The web app manifest (written to manifest.webmanifest by the PWA plugin in vite.config.ts). Apart
 * from the build config so a unit test can check it, and that every file it names exists.
 */
import type { ManifestOptions } from 'vite-plugin-pwa';

/**
 * What the browser reads to install Unknot, and what the installed app looks like, for the site served
 * at `base` ('' at the root of its host, or a sub-path such as '/unknot': `paths.base`). Every address
 * in it is absolute, so it is built with the base rather than written relative to the manifest.
 */
export function webManifestFor(base = ''): Partial<ManifestOptions> {
	return {
		id: `${base}/`,
		name: 'Unknot — guided rehab routines',
		short_name: 'Unknot',
		description:
			'Timed, hands-free rehab routines for cranky hips, glutes and calves: foam rolling, release work, stretches and strength. Works offline.',
		start_url: `${base}/`,
		scope: `${base}/`,
		display: 'standalone',
		orientation: 'any',
		// The dark theme's background (app.html's theme-color gives light and dark by media query).
		background_color: '#0b1f20',
		theme_color: '#0b1f20',
		categories: ['health', 'fitness', 'medical'],
		// The installed app opens routine and backup files, and receives them from the share
		// sheet (Android): `sw/share-target.ts` keeps a shared file for the import screen.
		file_handlers: [{ action: `${base}/import`, accept: { 'application/json': ['.json'] } }],
		share_target: {
			action: `${base}/import/share`,
			method: 'POST',
			enctype: 'multipart/form-data',
			params: { title: 'title', text: 'text', url: 'url', files: [{ name: 'file', accept: ['application/json', '.json'] }] }
		},
		// A long press on the installed icon starts a routine people come back to.
		shortcuts: [
			{ name: 'Post-run hip reset', short_name: 'Hip reset', url: `${base}/routines/post-run-hip-reset`, icons: [{ src: `${base}/icons/icon-192.png`, sizes: '192x192', type: 'image/png' }] },
			{ name: 'Desk break', short_name: 'Desk break', url: `${base}/routines/desk-break`, icons: [{ src: `${base}/icons/icon-192.png`, sizes: '192x192', type: 'image/png' }] },
			{ name: 'Soleus and calf care', short_name: 'Calf care', url: `${base}/routines/soleus-calf-care`, icons: [{ src: `${base}/icons/icon-192.png`, sizes: '192x192', type: 'image/png' }] }
		],
		// Shown in the richer install dialog (Android: narrow; desktop: wide). Taken from the real app by
		// scripts/screenshots.js, at one pixel per CSS pixel to keep each small.
		screenshots: [
			{ src: `${base}/screenshots/library-narrow.png`, sizes: '540x1200', type: 'image/png', form_factor: 'narrow', label: 'The library of built-in routines, with their length and equipment' },
			{ src: `${base}/screenshots/player-narrow.png`, sizes: '540x1200', type: 'image/png', form_factor: 'narrow', label: 'The player, read from the floor: the time left fills the screen' },
			{ src: `${base}/screenshots/routine-wide.png`, sizes: '1280x800', type: 'image/png', form_factor: 'wide', label: 'A routine’s overview: what it does, its caution, and Start' }
		],
		icons: [
			{ src: `${base}/icons/icon-192.png`, sizes: '192x192', type: 'image/png', purpose: 'any' },
			{ src: `${base}/icons/icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
			{ src: `${base}/icons/maskable-192.png`, sizes: '192x192', type: 'image/png', purpose: 'maskable' },
			{ src: `${base}/icons/maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' }
		]
	};
}

/** The manifest at the root of its host. */
export const webManifest = webManifestFor();
