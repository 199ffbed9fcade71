/**
 * The questions of the next-day card on the library: how each sore spot of the latest session feels today. Asked from
 * the local midnight after the session until 72 hours after it (`nextDaySpots`); one tap on a score
 * saves it onto that session, "Not now" stops asking about that spot.
 */
import { nextDaySpots, scoreOf } from '$lib/core/check-in';
import type { SessionRecord } from '$lib/core/session-record';
import { dismissNextDay, editSession } from '$lib/history/check-in';
import { StorageError } from '$lib/platform/db';

/** A spot answered on the card, with the session's after score to compare. */
export interface NextDayAnswer {
	spot: string;
	score: number;
	after: number | undefined;
}

export class NextDayQuestions {
	/** The session asked about, as last saved. */
	session: SessionRecord | null = $state.raw(null);
	/** The spots still to ask about. */
	spots: string[] = $state([]);
	answered: NextDayAnswer[] = $state([]);
	/** The score chosen for each spot and not yet saved (a keyboard choice waits for Save; a failed save clears it). */
	chosen: Record<string, number | undefined> = $state({});
	/** The spot whose answer is being saved, for the buttons. */
	saving: string | null = $state(null);
	error: string | null = $state(null);

	/** Called after each answer is saved (the library then reads the plan's proposals again). */
	onanswered: (() => void) | null = null;

	readonly #now: () => number;
	readonly #save: typeof editSession;
	readonly #dismiss: typeof dismissNextDay;

	constructor(
		latest: SessionRecord | null,
		lastSpot: string | undefined,
		timeZone: string,
		now = () => Date.now(),
		save = editSession,
		dismiss = dismissNextDay
	) {
		this.#now = now;
		this.#save = save;
		this.#dismiss = dismiss;
		this.session = latest;
		this.spots = latest ? nextDaySpots(latest, now(), timeZone, lastSpot) : [];
	}

	/** True while there is anything to show: a question or a thank-you. */
	get visible(): boolean {
		return this.spots.length > 0 || this.answered.length > 0 || this.error !== null;
	}

	/** Saves how `spot` feels today onto the session. */
	answer = async (spot: string, score: number): Promise<void> => {
		const session = this.session;
		if (!session || this.saving) return;
		this.chosen[spot] = score;
		this.saving = spot;
		this.error = null;
		try {
			const nowMs = this.#now();
			this.session = await this.#save(session.id, { set: [{ spot, moment: 'next-day', score, at: nowMs }] }, nowMs);
			this.spots = this.spots.filter((other) => other !== spot);
			this.answered.push({ spot, score, after: scoreOf(session.checkIns, spot, 'after') });
			this.onanswered?.();
		} catch (error) {
			// Cleared, so tapping the same score again tries again.
			this.chosen[spot] = undefined;
			if (error instanceof StorageError && error.reason === 'gone') {
				this.spots = [];
				this.error = 'That session is no longer in your history, so there is nothing to answer.';
			} else {
				this.error = error instanceof Error ? error.message : String(error);
			}
		} finally {
			this.saving = null;
		}
	};

	/** Stops asking about `spot` for this session. A failure to save that only means it asks again. */
	dismiss = async (spot: string): Promise<void> => {
		const session = this.session;
		if (!session) return;
		this.spots = this.spots.filter((other) => other !== spot);
		try {
			this.session = await this.#dismiss(session.id, spot, this.#now());
		} catch (error) {
			console.warn('Dismissing the next-day question could not be saved; it will be asked again.', error);
		}
	};

	/** Hides the thank-you (or the message). */
	close = (): void => {
		this.answered = [];
		this.error = null;
	};
}
