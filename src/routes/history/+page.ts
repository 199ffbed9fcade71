import { timeZoneOfDevice } from '$lib/platform/clock';
import { countSessionsOutsideIndex, listSessionPage, type SessionPage } from '$lib/platform/session-store';
import type { PageLoad } from './$types';
import { sessionsToRead } from './history-list.svelte';

export const load: PageLoad = async () => {
	const timeZone = timeZoneOfDevice();
	try {
		// The first page (or as many as were shown last, coming back): the rest only on "Show older".
		const [first, outside] = await Promise.all([listSessionPage(null, sessionsToRead()), countSessionsOutsideIndex()]);
		return { first, outside, timeZone, loadedAt: Date.now(), error: null };
	} catch (error) {
		const message = error instanceof Error ? error.message : 'Your history could not be read.';
		const empty: SessionPage = { records: [], unreadable: [], next: null };
		return { first: empty, outside: 0, timeZone, loadedAt: Date.now(), error: message };
	}
};

