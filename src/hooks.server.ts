/**
 * Runs only while the site is built (it is static: there is no server). A prerendered page (the
 * library, each built-in's overview) is whole as HTML: its links work and its text is all there
 * before any script runs. The scripts that make it interactive are still preloaded, but at low
 * priority, so on a slow network they never compete with the page itself for the first paint, and
 * they start only once the page has painted its content, so their evaluation never delays that first
 * paint. The fallback page (every other screen) is nothing without its scripts, and keeps both.
 */
import { createHash } from 'node:crypto';
import type { Handle } from '@sveltejs/kit';

/** The page's module preloads, marked low priority. */
export function lowerPreloadPriority(html: string): string {
	return html.replaceAll(/<link ([^>]*)rel="modulepreload"([^>]*)>/g, (link, before: string, after: string) =>
		/fetchpriority=/.test(link) ? link : `<link ${before}rel="modulepreload" fetchpriority="low"${after}>`
	);
}

/**
 * Waits for the page's first contentful paint (or goes at once where that cannot be known: a hidden
 * page paints nothing, an old browser has no paint timing); never more than 3 s.
 */
const AFTER_FIRST_PAINT =
	"new Promise(function(go){try{if(document.visibilityState!=='visible'||typeof PerformanceObserver!=='function'||performance.getEntriesByName('first-contentful-paint').length)return go();" +
	"var o=new PerformanceObserver(function(l){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();go()}});o.observe({type:'paint'});" +
	"document.addEventListener('visibilitychange',function(){go()},{once:true});setTimeout(go,3000)}catch(e){go()}})";

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/**
 * SvelteKit's boot script made to start the app after the first contentful paint, and the page's
 * CSP changed to allow the changed script by its new hash (and no longer the old one). A page
 * without the boot script, or with one of another shape, is returned as it was.
 */
export function startAfterFirstPaint(html: string): string {
	const body = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!).find((script) => /Promise\.all\(\[\s*import\(/.test(script));
	if (!body) return html;
	const changed = body.replace(/Promise\.all\(\[/, `${AFTER_FIRST_PAINT}.then(function(){return Promise.all([`).replace(/\]\)\.then\(\(\[kit, app\]\)/, ']);}).then(([kit, app])');
	if (changed === body || !changed.includes('}).then(([kit, app])')) return html;
	const oldHash = `'${sha256(body)}'`;
	if (!html.includes(oldHash)) return html;
	return html.replace(oldHash, `'${sha256(changed)}'`).replace(body, changed);
}

export const handle: Handle = ({ event, resolve }) =>
	// The fallback page is rendered without a route.
	event.route.id === null ? resolve(event) : resolve(event, { transformPageChunk: ({ html }) => startAfterFirstPaint(lowerPreloadPriority(html)) });
