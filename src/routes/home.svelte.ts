/**
 * What the library shows beyond the built-ins: the user's own routines, sessions in progress, the
 * latest session (for the next-day card) and storage problems. The built-ins come with the page,
 * prerendered at build time; this fills in the rest in the browser after the first paint, so the
 * server's HTML and the first client render are the same page.
 */
import { summarizeRoutine, type RoutineSummary } from '$lib/core/routine-summary';
import type { SessionRecord } from '$lib/core/session-record';
import { compileOptionsFrom } from '$lib/core/settings';
import { describeUnreadable } from '$lib/core/stored-record';
import { timeZoneOfDevice } from '$lib/platform/clock';
import { rememberHomeTop } from '$lib/platform/layout-hint';
import { getLatestSession } from '$lib/platform/session-store';
import { getSettings } from '$lib/platform/settings-store';
import { readSessionsInProgress } from '$lib/player/sessions-in-progress';
import { listRoutines } from '$lib/routines/library';

/** A routine as the library lists it. */
export type ListedRoutine = RoutineSummary & { origin: 'built-in' | 'yours' };

/** A session in progress, as the library offers to continue it. */
export interface ListedInProgress {
	sessionId: string;
	id: string;
	title: string;
}

export class Home {
	routines: ListedRoutine[] = $state.raw([]);
	/** Usually none or one; more only after a crash or two tabs. Newest first. */
	inProgress: ListedInProgress[] = $state.raw([]);
	latest: SessionRecord | null = $state.raw(null);
	lastSpot: string | undefined = $state(undefined);
	timeZone = $state('UTC');
	storageError: string | null = $state(null);
	unreadableRoutines: string | null = $state(null);
	unreadable: { text: string | null; keys: unknown[] } = $state.raw({ text: null, keys: [] });
	/** Whether the browser's part has been read once (until then only the built-ins show). */
	loaded = $state(false);
	/** When it was last read (ms), to read again after midnight. */
	loadedAt = $state(0);

	/** @param builtins the built-ins as prerendered, shown until (and unless) the rest is read. */
	constructor(builtins: ListedRoutine[]) {
		this.routines = builtins;
	}

	/** Reads what only this browser knows. Never rejects: a storage failure is said in `storageError`. */
	refresh = async (): Promise<void> => {
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
		this.routines = library.entries.map(({ routine, origin }) => ({ ...summarizeRoutine(routine, options), origin }));
		this.inProgress = [...inProgress.records]
			.sort((a, b) => b.updatedAt - a.updatedAt)
			.map((session) => ({ sessionId: session.sessionId, id: session.routine.id, title: session.routine.title }));
		this.latest = latest ?? null;
		this.lastSpot = settings?.soreSpots[0];
		this.timeZone = timeZoneOfDevice();
		this.storageError = inProgress.error ?? library.error;
		this.unreadableRoutines = describeUnreadable(library.unreadable, 'routine');
		this.unreadable = { text: describeUnreadable(inProgress.unreadable, 'session in progress'), keys: inProgress.unreadable.map((record) => record.key) };
		this.loadedAt = Date.now();
		this.loaded = true;
	};

	/** Remembers how far below the dynamic part's top the list starts, for the next first paint to reserve. */
	noteListTop = (px: number): void => rememberHomeTop(px);
}
