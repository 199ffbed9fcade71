import type { SessionRecord } from '$lib/core/session-record';
import { describeUnreadable } from '$lib/core/stored-record';
import { listSessions } from '$lib/platform/session-store';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	try {
		const { records, unreadable } = await listSessions();
		return { sessions: records, unreadable: describeUnreadable(unreadable, 'session'), error: null };
	} catch (error) {
		const message = error instanceof Error ? error.message : 'Your history could not be read.';
		return { sessions: [] as SessionRecord[], unreadable: null, error: message };
	}
};
