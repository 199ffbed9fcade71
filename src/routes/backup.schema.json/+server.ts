import { buildBackupJsonSchema } from '$lib/core/backup-json-schema';

// Written to a static file at build time; the service worker precaches it with the app.
export const prerender = true;

export function GET(): Response {
	return new Response(JSON.stringify(buildBackupJsonSchema(), null, '\t'), {
		headers: { 'content-type': 'application/schema+json' }
	});
}
