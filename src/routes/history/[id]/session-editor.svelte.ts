/**
 * Changing a session in the history: its scores (set, changed, added, removed) and its note, on a
 * working copy that is saved in one change, or dropped on Cancel. A failed save keeps the copy.
 */
import { checkInTimeFor, normalizeSpot, setCheckIn, type CheckIn, type CheckInMoment } from '$lib/core/check-in';
import type { SessionRecord } from '$lib/core/session-record';
import type { editSession } from '$lib/history/check-in';

export type EditorStatus = 'viewing' | 'editing' | 'saving' | 'failed';

export class SessionEditor {
	record: SessionRecord = $state.raw() as SessionRecord;
	status: EditorStatus = $state('viewing');
	error: string | null = $state(null);
	/** The working copy while editing. */
	checkIns: CheckIn[] = $state([]);
	notes = $state('');
	/** The score being added. */
	adding: { spot: string; moment: CheckInMoment; score: number | undefined } = $state({ spot: '', moment: 'after', score: undefined });

	readonly #timeZone: string;
	readonly #save: typeof editSession;
	readonly #now: () => number;

	constructor(record: SessionRecord, timeZone: string, save: typeof editSession, now = () => Date.now()) {
		this.record = record;
		this.#timeZone = timeZone;
		this.#save = save;
		this.#now = now;
	}

	/** Opens the editor on a copy of the session's scores and note. */
	edit = (): void => {
		this.checkIns = this.record.checkIns.map((checkIn) => ({ ...checkIn }));
		this.notes = this.record.notes ?? '';
		this.adding = { spot: this.checkIns[0]?.spot ?? '', moment: 'after', score: undefined };
		this.error = null;
		this.status = 'editing';
	};

	/** Drops the working copy. */
	cancel = (): void => {
		this.status = 'viewing';
		this.error = null;
	};

	/** Removes one score from the working copy. */
	remove = (index: number): void => {
		this.checkIns.splice(index, 1);
	};

	/** True when the score being added has a spot and a score. */
	get canAdd(): boolean {
		return normalizeSpot(this.adding.spot) !== null && this.adding.score !== undefined;
	}

	/** Adds the score being added (in place of one for the same spot and moment), timed by its moment. */
	add = (): void => {
		const spot = normalizeSpot(this.adding.spot);
		const { moment, score } = this.adding;
		if (spot === null || score === undefined) return;
		const at = checkInTimeFor(moment, this.record, this.#now(), this.#timeZone);
		this.checkIns = setCheckIn(this.checkIns, { spot, moment, score, at });
		this.adding = { spot, moment, score: undefined };
	};

	/**
	 * Saves what the user changed, and only that, in one change: scores added or changed, scores
	 * removed, and the note if it was edited. Whatever another tab changed meanwhile is kept.
	 */
	save = async (): Promise<void> => {
		if (this.status === 'saving') return;
		const original = this.record.checkIns;
		const kept = $state.snapshot(this.checkIns);
		const same = (a: CheckIn, b: CheckIn) => a.spot.toLowerCase() === b.spot.toLowerCase() && a.moment === b.moment;
		const set = kept.filter((checkIn) => !original.some((old) => same(old, checkIn) && old.score === checkIn.score));
		const remove = original.filter((old) => !kept.some((checkIn) => same(old, checkIn)));
		const notes = this.notes.trim() === (this.record.notes ?? '') ? undefined : this.notes;
		this.status = 'saving';
		this.error = null;
		try {
			this.record = await this.#save(this.record.id, { set, remove, ...(notes === undefined ? {} : { notes }) }, this.#now());
			this.status = 'viewing';
		} catch (error) {
			this.status = 'failed';
			this.error = error instanceof Error ? error.message : String(error);
		}
	};
}
