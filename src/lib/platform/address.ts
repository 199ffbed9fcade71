/**
 * The page's own address, checked before the router reads it. A link cut short mid-escape (a shared
 * `/routines/%E0%A4%A`) cannot be decoded, and the router would fail on it with a blank page.
 */

/**
 * True when every segment of `pathname` decodes. The decoded text is used, not thrown away: a
 * minifier may drop a call to a built-in whose result is unused, and with it the check.
 */
export function isDecodable(pathname: string): boolean {
	try {
		return pathname.split('/').map(decodeURIComponent).join('/').length >= 0;
	} catch {
		return false;
	}
}

/** Replaces an address that cannot be decoded with `fallback` (one no route matches: Not found). */
export function replaceUndecodableAddress(fallback: string): void {
	if (typeof location === 'undefined' || isDecodable(location.pathname)) return;
	history.replaceState(history.state, '', fallback);
}

let appBase = '';

/**
 * Tells this module where the app is served: SvelteKit's `paths.base` ('' at the root of its host,
 * '/unknot' under a sub-path), set once at the app's start by hooks.client.ts.
 */
export function setAppBase(base: string): void {
	appBase = base;
}

/** `path`, written from the app's root ('/sounds/silence.wav'), as the site serves it. */
export function appPath(path: string): string {
	return `${appBase}${path}`;
}

/**
 * The absolute address of `path` (written from the app's root: a file the app publishes, a screen)
 * on this site, or null outside a page.
 */
export function absoluteUrl(path: string): string | null {
	if (typeof location === 'undefined') return null;
	try {
		return new URL(appPath(path), location.href).href;
	} catch {
		return null;
	}
}
