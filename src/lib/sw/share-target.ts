/**
 * The installed app as a share target (Android): the phone POSTs a shared routine or backup file (or
 * text) to `/import/share`; the service worker keeps it in a cache and redirects to the import
 * screen, which takes it from there (`platform/shared-file.ts`). No server ever sees it.
 */

/** Where the share target posts, as the manifest's `share_target.action` says (below the app's base path). */
export const SHARE_TARGET_PATH = '/import/share';
/** The cache and key a shared file waits under until the import screen takes it. */
export const SHARED_CACHE = 'unknot-shared';
export const SHARED_KEY = '/import/shared-file';
/** Where the import screen is told to look (below the app's base path). */
export const SHARED_REDIRECT = '/import?shared=1';

/** The part of Cache Storage the handler needs. */
export interface SharedCache {
	put(key: string, response: Response): Promise<void>;
}

/**
 * Keeps what was shared and answers with a redirect to the import screen (under `base`, the app's
 * base path): the first file if any,
 * else the shared text or link as a file of text. Anything unreadable still redirects, and the
 * import screen says nothing arrived.
 */
export async function handleShareTarget(request: Request, cache: SharedCache, base = ''): Promise<Response> {
	try {
		const form = await request.formData();
		const file = form.getAll('file').find((value): value is File => typeof value !== 'string');
		const text = [form.get('text'), form.get('url')].find((value): value is string => typeof value === 'string' && value.trim() !== '');
		const name = file?.name || 'shared.json';
		const body = file ?? (text === undefined ? null : new Blob([text], { type: 'text/plain' }));
		if (body) await cache.put(SHARED_KEY, new Response(body, { headers: { 'x-file-name': encodeURIComponent(name) } }));
	} catch (error) {
		console.warn('A shared file could not be kept.', error);
	}
	return Response.redirect(new URL(`${base}${SHARED_REDIRECT}`, request.url).href, 303);
}
