import { listSessions, StorageError, type SessionRecord } from '$lib/platform/db';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	try {
		return { sessions: await listSessions(), error: null };
	} catch (error) {
		const message = error instanceof StorageError ? error.message : 'Your history could not be read.';
		return { sessions: [] as SessionRecord[], error: message };
	}
};
