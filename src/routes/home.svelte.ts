/**
 * What the library shows beyond the built-ins: the user's own routines, sessions in progress, the
 * next-day card and storage problems. The built-ins come with the page, prerendered at build time;
 * this fills in the rest in the browser after the first paint (the reading code arrives then too, see
 * `home-data.ts`), so the server's HTML and the first client render are the same page.
 */
import type { RoutineSummary } from '$lib/core/routine-summary';
import { databaseMayExist } from '$lib/platform/database-presence';
import { whenInstallMayBeOffered } from '$lib/platform/install-prompt';
import { rememberHomeTop } from '$lib/platform/layout-hint';
import { whenNearView } from '$lib/platform/near-view';
import type { HomeParts } from './home-data';
import type { NextDayQuestions } from './next-day-questions.svelte';
import type { TodayPlan } from '$lib/core/plan';
import type { EntryProposal } from '$lib/plan/dose-proposals';

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
	/** The next-day questions about the latest session, once read. */
	nextDay: NextDayQuestions | null = $state.raw(null);
	/** Today's part of the plan, once read; null with nothing planned. */
	today: TodayPlan | null = $state.raw(null);
	/** Why "I ran today" could not be kept, if it could not. */
	runError: string | null = $state(null);
	/** Doses the plan proposes, once read. */
	proposals: EntryProposal[] = $state.raw([]);
	/** Why answering a proposal failed, by entry id. */
	proposalError: { entryId: string; message: string } | null = $state(null);
	/**
	 * What arrives with the reading code, so a first visit (nothing stored) loads none of it: the cards
	 * that show what was read, and the watch for a new day.
	 */
	parts: HomeParts | null = $state.raw(null);
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
		this.#builtins = builtins;
		this.routines = builtins;
	}

	readonly #builtins: ListedRoutine[];

	/** Reads what only this browser knows. Never rejects: a failure is said in `storageError`. */
	refresh = async (): Promise<void> => {
		try {
			// A first visit has nothing stored: the built-ins already shown are the whole library, and
			// the reading code (most of the page's JavaScript) need not load at all.
			if (await databaseMayExist()) {
				const { readHome, parts } = await import('./home-data');
				Object.assign(this, await readHome(this.#builtins));
				this.parts = parts;
				// A next-day answer can complete the three good sessions a step up waits for.
				if (this.nextDay) this.nextDay.onanswered = () => void parts.readPlanProposals().then((proposals) => (this.proposals = proposals));
			}
		} catch (error) {
			// The reading code itself could not load (an update removed the old chunk, say).
			this.storageError = `Your own routines and sessions could not be read. Reload the page to try again. (${error instanceof Error ? error.message : String(error)})`;
		}
		this.loadedAt = Date.now();
		this.loaded = true;
	};

	/**
	 * Reads again after midnight while the library stays open, so the next-day card appears in the
	 * morning; only once storage has been read (with nothing stored there is no card to bring).
	 * Returns the stop.
	 */
	watchDay = (): (() => void) => {
		if (!this.parts) return () => {};
		return this.parts.whenDayChanges(this.timeZone, () => void this.refresh());
	};

	/**
	 * Calls `load` once there may be an installation to offer (see `whenInstallMayBeOffered`) and the
	 * end of the library, where the hint shows, comes near the screen: the hint's code loads only when
	 * it may be seen, not with a first visit. Returns the stop.
	 */
	watchInstallOffer = (end: Element, load: () => void): (() => void) => {
		let stopNear = (): void => {};
		const stopOffer = whenInstallMayBeOffered(() => (stopNear = whenNearView(end, load)));
		return () => {
			stopOffer();
			stopNear();
		};
	};

	/** "I ran today" (`change` 1) or its undo (-1): stored, then today's plan is read again. */
	changeRuns = async (change: 1 | -1): Promise<void> => {
		// The card shows the same button until Today is read again: a second tap meanwhile is the same
		// tap, not a second run.
		if (!this.parts || !this.today || this.#changingRuns) return;
		this.#changingRuns = true;
		try {
			try {
				await this.parts.changeRuns(this.today.day, change);
				this.runError = null;
			} catch (error) {
				this.runError = `It could not be kept. ${error instanceof Error ? error.message : String(error)}`;
			}
			await this.refresh();
		} finally {
			this.#changingRuns = false;
		}
	};

	#changingRuns = false;

	/** Accepts (`true`) or declines a proposed dose; then the library is read again. */
	answerProposal = async (item: EntryProposal, accept: boolean): Promise<void> => {
		if (!this.parts) return;
		try {
			const outcome = await (accept ? this.parts.acceptProposal : this.parts.declineProposal)(item.entry, item.proposal);
			const unanswered = this.parts.unansweredReason(outcome, item.entry.routineTitle);
			this.proposalError = unanswered === null ? null : { entryId: item.entry.id, message: unanswered };
		} catch (error) {
			this.proposalError = { entryId: item.entry.id, message: `It could not be saved. ${error instanceof Error ? error.message : String(error)}` };
			return;
		}
		await this.refresh();
	};

	/** Remembers how far below the dynamic part's top the list starts, for the next first paint to reserve. */
	noteListTop = (px: number): void => rememberHomeTop(px);
}
