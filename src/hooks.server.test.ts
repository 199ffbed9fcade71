import { describe, expect, it } from 'vitest';
import { lowerPreloadPriority } from './hooks.server';

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
