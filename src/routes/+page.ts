import { queryFromParams } from '$lib/core/routine-search';
import { summarizeRoutine } from '$lib/core/routine-summary';
import { compileOptionsFrom } from '$lib/core/settings';
import { describeUnreadable } from '$lib/core/stored-record';
import { timeZoneOfDevice } from '$lib/platform/clock';
import { getLatestSession } from '$lib/platform/session-store';
import { getSettings } from '$lib/platform/settings-store';
import { readSessionsInProgress } from '$lib/player/sessions-in-progress';
import { listRoutines } from '$lib/routines/library';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ url }) => {
	const [{ settings }, inProgress, library, latest] = await Promise.all([
		getSettings(),
		readSessionsInProgress(),
		listRoutines(),
		// The next-day card asks about the latest session; without storage there is simply no card.
		getLatestSession().catch(() => undefined)
	]);
	return {
		latest: latest ?? null,
		lastSpot: settings.soreSpots[0],
		timeZone: timeZoneOfDevice(),
		loadedAt: Date.now(),
		/** The search kept in the address, so Back from a routine shows the same filtered list. */
		query: queryFromParams(url.searchParams),
		routines: library.entries.map(({ routine, origin }) => ({
			...summarizeRoutine(routine, compileOptionsFrom(settings)),
			origin
		})),
		/** Usually one; more only after a crash or two tabs. Newest first. */
		inProgress: [...inProgress.records]
			.sort((a, b) => b.updatedAt - a.updatedAt)
			.map((session) => ({ sessionId: session.sessionId, id: session.routine.id, title: session.routine.title })),
		storageError: inProgress.error ?? library.error,
		unreadableRoutines: describeUnreadable(library.unreadable, 'routine'),
		unreadable: {
			text: describeUnreadable(inProgress.unreadable, 'session in progress'),
			keys: inProgress.unreadable.map((record) => record.key)
		}
	};
};
