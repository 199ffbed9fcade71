import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { lowerPreloadPriority, startAfterFirstPaint } from './hooks.server';

describe("a prerendered page's preloads", () => {
	it('marks each module preload low priority and leaves everything else alone', () => {
		const html = '<link href="/_app/a.js" rel="modulepreload">\n<link href="/_app/b.css" rel="stylesheet"><link rel="modulepreload" href="/_app/c.js">';
		expect(lowerPreloadPriority(html)).toBe(
			'<link href="/_app/a.js" rel="modulepreload" fetchpriority="low">\n<link href="/_app/b.css" rel="stylesheet"><link rel="modulepreload" fetchpriority="low" href="/_app/c.js">'
		);
	});

	it('keeps a priority already chosen', () => {
		const html = '<link href="/_app/a.js" rel="modulepreload" fetchpriority="high">';
		expect(lowerPreloadPriority(html)).toBe(html);
	});
});

describe("a prerendered page's start", () => {
	const boot = `
				{
					__sveltekit_x = { base: "" };
					const element = document.currentScript.parentElement;
					Promise.all([
						import("/_app/immutable/entry/start.js"),
						import("/_app/immutable/entry/app.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {});
					});
				}
			`;
	const hash = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
	const theme = '(function(){document.documentElement.dataset.theme="dark"})()';
	const page = (script: string) =>
		`<meta http-equiv="content-security-policy" content="script-src 'self' '${hash(theme)}' '${hash(script)}'"><script>${theme}</script><p>Hi</p><script>${script}</script>`;

	it('waits for the first contentful paint, and the CSP allows the changed script by its new hash only', () => {
		const changed = startAfterFirstPaint(page(boot));
		const script = [...changed.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!)[1]!;
		expect(script).toContain("getEntriesByName('first-contentful-paint')");
		expect(script).toMatch(/\.then\(function\(\)\{return Promise\.all\(\[[\s\S]*\]\);\}\)\.then\(\(\[kit, app\]\)/);
		expect(changed).toContain(`'${hash(script)}'`);
		expect(changed).not.toContain(`'${hash(boot)}'`);
		// The theme's script and its hash are left alone.
		expect(changed).toContain(`<script>${theme}</script>`);
		expect(changed).toContain(`'${hash(theme)}'`);
		// The changed script is still JavaScript.
		expect(() => new Function(script)).not.toThrow();
	});

	it('leaves a page alone without the boot script, with one of another shape, or without its hash', () => {
		const other = boot.replace('.then(([kit, app])', '.then((modules)');
		for (const html of ['<p>No scripts</p>', page(other), page(boot).replace(/'sha256-[^']*'(?=")/, "'sha256-other'")]) {
			expect(startAfterFirstPaint(html)).toBe(html);
		}
	});
});
