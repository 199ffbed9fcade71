/**
 * The `test` every spec uses: Playwright's, with a guard on every page of the test's context. It fails
 * the test on any Content-Security-Policy violation (the app runs under a strict CSP: no inline
 * script but the theme's, by hash; no inline style) and on any request to another origin (Unknot
 * sends nothing anywhere: no fonts, analytics or CDNs).
 */
import { expect, test as base, type BrowserContext } from '@playwright/test';

export { expect };

/**
 * Watches every page of `context` for CSP violations and for requests to an origin other than
 * `baseURL`'s, and returns the check to run at the end. Exported for the contexts a spec launches
 * itself (a persistent profile), which the fixture below never sees.
 */
export async function guardContext(context: BrowserContext, baseURL: string | undefined): Promise<() => void> {
	const home = new URL(baseURL ?? 'http://127.0.0.1').origin;
	const violations: string[] = [];
	const foreign: string[] = [];
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
		});
	});
	context.on('console', (message) => {
		const text = message.text();
		if (text.startsWith('CSP violation') || /Content Security Policy/.test(text)) violations.push(text);
	});
	context.on('request', (request) => {
		const url = new URL(request.url());
		if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== home) foreign.push(request.url());
	});
	return () => {
		expect(violations, 'Content-Security-Policy violations').toEqual([]);
		expect(foreign, 'requests to another origin').toEqual([]);
	};
}

export const test = base.extend<{ guard: void }>({
	guard: [
		async ({ context, baseURL }, use) => {
			const check = await guardContext(context, baseURL);
			await use();
			check();
		},
		{ auto: true }
	]
});
