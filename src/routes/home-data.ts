/**
 * The library's reads from this phone's storage, loaded only after the first paint (a dynamic import
 * from `home.svelte.ts`): the built-ins' files, the validator and the database code are not needed to
 * show the prerendered list, so they stay out of the first load.
 */
import { summarizeRoutine } from '$lib/core/routine-summary';
import { compileOptionsFrom } from '$lib/core/settings';
import { describeUnreadable } from '$lib/core/stored-record';
import { timeZoneOfDevice } from '$lib/platform/clock';
import { getLatestSession } from '$lib/platform/session-store';
import { getSettings } from '$lib/platform/settings-store';
import { readSessionsInProgress } from '$lib/player/sessions-in-progress';
import { listRoutines } from '$lib/routines/library';
import type { ListedInProgress, ListedRoutine } from './home.svelte';
import { NextDayQuestions } from './next-day-questions.svelte';

/** Everything the library shows beyond the prerendered built-ins. */
export interface HomeReading {
	routines: ListedRoutine[];
	inProgress: ListedInProgress[];
	nextDay: NextDayQuestions;
	timeZone: string;
	storageError: string | null;
	unreadableRoutines: string | null;
	unreadable: { text: string | null; keys: unknown[] };
}

/** Reads the phone's part of the library. Never rejects: a storage failure is said in `storageError`. */
export async function readHome(): Promise<HomeReading> {
	const [settings, inProgress, library, latest] = await Promise.all([
		getSettings().then(
			({ settings }) => settings,
			() => null
		),
		readSessionsInProgress(),
		listRoutines(),
		// The next-day card asks about the latest session; without storage there is simply no card.
		getLatestSession().catch(() => undefined)
	]);
	const options = settings ? compileOptionsFrom(settings) : {};
	const timeZone = timeZoneOfDevice();
	return {
		routines: library.entries.map(({ routine, origin }) => ({ ...summarizeRoutine(routine, options), origin })),
		inProgress: [...inProgress.records]
			.sort((a, b) => b.updatedAt - a.updatedAt)
			.map((session) => ({ sessionId: session.sessionId, id: session.routine.id, title: session.routine.title })),
		nextDay: new NextDayQuestions(latest ?? null, settings?.soreSpots[0], timeZone),
		timeZone,
		storageError: inProgress.error ?? library.error,
		unreadableRoutines: describeUnreadable(library.unreadable, 'routine'),
		unreadable: { text: describeUnreadable(inProgress.unreadable, 'session in progress'), keys: inProgress.unreadable.map((record) => record.key) }
	};
}
