/**
 * Files that reach the import screen from outside a page: shared to the installed app (kept by the
 * service worker, see `sw/share-target.ts`) or opened with it (`launchQueue`, where the installed app
 * handles `.json` files). Feature-detecting and failing soft: no such file is simply none.
 */
import { SHARED_CACHE, SHARED_KEY } from '$lib/sw/share-target';

/** The file shared to the app, taken (so it is read once), or null when there is none. */
export async function takeSharedFile(): Promise<File | null> {
	if (typeof caches === 'undefined') return null;
	try {
		const cache = await caches.open(SHARED_CACHE);
		const response = await cache.match(SHARED_KEY);
		if (!response) return null;
		await cache.delete(SHARED_KEY);
		const name = decodeURIComponent(response.headers.get('x-file-name') ?? 'shared.json');
		// Routines and backups are text: read as text, which every File implementation takes as it is.
		return new File([await response.text()], name, { type: 'application/json' });
	} catch (error) {
		console.warn('A shared file could not be read.', error);
		return null;
	}
}

interface LaunchParams {
	files: readonly { getFile(): Promise<File> }[];
}

/** Calls `open` with the first file the installed app was opened with, where the browser says. */
export function onLaunchedFile(open: (file: File) => void): void {
	const queue = (globalThis as { launchQueue?: { setConsumer(consumer: (params: LaunchParams) => void): void } }).launchQueue;
	if (!queue || typeof queue.setConsumer !== 'function') return;
	queue.setConsumer((params) => {
		const [handle] = params.files;
		if (!handle) return;
		handle.getFile().then(open, (error: unknown) => console.warn('An opened file could not be read.', error));
	});
}
