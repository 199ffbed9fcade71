import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { webManifestFor, webManifest as manifest } from './web-manifest';

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(path: string): string {
	const bytes = readFileSync(path);
	return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

/** The file a manifest URL names, as the static site serves it. */
const file = (src: string) => `static${src}`;

describe('the web app manifest', () => {
	it('has every field an installable app needs', () => {
		expect(manifest).toMatchObject({ id: '/', short_name: 'Unknot', start_url: '/', scope: '/', display: 'standalone' });
		expect(manifest.name).toContain('Unknot');
		expect(manifest.description?.length).toBeGreaterThan(20);
		expect(manifest.categories).toContain('health');
	});

	it('takes its colours from the dark theme’s background, as app.html’s dark theme-color does', () => {
		const dark = /:root\s*{[^}]*--bg:\s*(#[0-9a-f]{6})/i.exec(readFileSync('src/app.css', 'utf8'))?.[1];
		expect(dark).toBe('#0b1f20');
		expect(manifest.theme_color).toBe(dark);
		expect(manifest.background_color).toBe(dark);
		expect(readFileSync('src/app.html', 'utf8')).toContain(`media="(prefers-color-scheme: dark)" content="${dark}"`);
	});

	it('has icons of 192 and 512 pixels, plain and maskable, each file of the size it says', () => {
		const icons = manifest.icons ?? [];
		for (const purpose of ['any', 'maskable'])
			for (const sizes of ['192x192', '512x512']) expect(icons.some((icon) => icon.purpose === purpose && icon.sizes === sizes)).toBe(true);
		for (const icon of icons) expect(pngSize(file(icon.src))).toBe(icon.sizes);
	});

	it('has shortcuts to three built-in routines, each with a short name and the 192 icon', () => {
		const shortcuts = manifest.shortcuts ?? [];
		expect(shortcuts.map((shortcut) => shortcut.url)).toEqual(['/routines/post-run-hip-reset', '/routines/desk-break', '/routines/soleus-calf-care']);
		for (const shortcut of shortcuts) {
			expect(existsSync(`src/lib/routines/${shortcut.url.split('/').pop()}.json`)).toBe(true);
			expect(shortcut.short_name?.length).toBeLessThanOrEqual(12);
			expect(shortcut.icons?.map((icon) => icon.src)).toEqual(['/icons/icon-192.png']);
		}
	});

	it('has narrow and wide screenshots with labels, each file of the size it says and small', () => {
		const screenshots = manifest.screenshots ?? [];
		expect(new Set(screenshots.map((shot) => shot.form_factor))).toEqual(new Set(['narrow', 'wide']));
		for (const shot of screenshots) {
			expect(shot.label?.length).toBeGreaterThan(10);
			expect(pngSize(file(shot.src))).toBe(shot.sizes);
			expect(statSync(file(shot.src)).size).toBeLessThan(150 * 1024);
		}
	});

	it('served under a sub-path, names every address inside it, and at the root exactly as before', () => {
		const addresses = (value: unknown): string[] =>
			typeof value === 'string' ? (value.startsWith('/') ? [value] : []) : typeof value === 'object' && value ? Object.values(value).flatMap(addresses) : [];
		const under = addresses(webManifestFor('/unknot'));
		expect(under.length).toBeGreaterThan(15);
		expect(under.filter((address) => !address.startsWith('/unknot/'))).toEqual([]);
		expect(addresses(webManifestFor('/unknot')).map((address) => address.slice('/unknot'.length))).toEqual(addresses(manifest));
		expect(webManifestFor('/unknot')).toMatchObject({ id: '/unknot/', start_url: '/unknot/', scope: '/unknot/' });
		expect(manifest).toMatchObject({ id: '/', start_url: '/', scope: '/' });
	});
});
