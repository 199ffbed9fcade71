/**
 * Runs only while the site is built (it is static: there is no server). A prerendered page (the
 * library, each built-in's overview) is whole as HTML: its links work and its text is all there
 * before any script runs. The scripts that make it interactive are still preloaded, but at low
 * priority, so on a slow network they never compete with the page itself for the first paint. The
 * fallback page (every other screen) is nothing without its scripts, and keeps their priority.
 */
import type { Handle } from '@sveltejs/kit';

/** The page's module preloads, marked low priority. */
export function lowerPreloadPriority(html: string): string {
	return html.replaceAll(/<link ([^>]*)rel="modulepreload"([^>]*)>/g, (link, before: string, after: string) =>
		/fetchpriority=/.test(link) ? link : `<link ${before}rel="modulepreload" fetchpriority="low"${after}>`
	);
}

export const handle: Handle = ({ event, resolve }) =>
	// The fallback page is rendered without a route.
	event.route.id === null ? resolve(event) : resolve(event, { transformPageChunk: ({ html }) => lowerPreloadPriority(html) });
