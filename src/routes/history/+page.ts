import { timeZoneOfDevice } from '$lib/platform/clock';
import { countSessionsOutsideIndex, listSessionPage, type SessionPage } from '$lib/platform/session-store';
import type { PageLoad } from './$types';
import { PAGE_SIZE } from './history-list.svelte';

export const load: PageLoad = async () => {
	const timeZone = timeZoneOfDevice();
	try {
		// The first page only: the rest is read as the user scrolls back ("Show older").
		const [first, outside] = await Promise.all([listSessionPage(null, PAGE_SIZE), countSessionsOutsideIndex()]);
		return { first, outside, timeZone, error: null };
	} catch (error) {
		const message = error instanceof Error ? error.message : 'Your history could not be read.';
		const empty: SessionPage = { records: [], unreadable: [], next: null };
		return { first: empty, outside: 0, timeZone, error: message };
	}
};

