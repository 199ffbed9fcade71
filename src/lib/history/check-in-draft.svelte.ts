/**
 * Check-ins being given on a form: one or more sore spots, each with a score once tapped. Shared by
 * the overview (before), the finish screen (after) and "Log as done"; nothing is saved from here.
 */
import { normalizeSpot, type CheckIn, type CheckInMoment } from '$lib/core/check-in';

/** One spot on the form, and its score once given. */
export interface DraftEntry {
	spot: string;
	score: number | undefined;
}

export class CheckInDraft {
	entries: DraftEntry[] = $state([]);

	/** Starts with `spots` (at least one row, its spot '' to be chosen when none is known). */
	constructor(spots: readonly string[]) {
		const start = spots.length > 0 ? spots : [''];
		this.entries = start.map((spot) => ({ spot, score: undefined }));
	}

	/** True when some spot has a score. */
	get hasScore(): boolean {
		return this.entries.some((entry) => entry.score !== undefined && normalizeSpot(entry.spot) !== null);
	}

	/** Adds a row for another spot. */
	addSpot = (): void => {
		this.entries.push({ spot: '', score: undefined });
	};

	/** Removes a row; the last one stays, emptied. */
	removeSpot = (index: number): void => {
		if (this.entries.length > 1) this.entries.splice(index, 1);
		else this.entries[0] = { spot: this.entries[0]?.spot ?? '', score: undefined };
	};

	/**
	 * The answers as check-ins at `moment`, given at `atMs`: rows with a spot and a score, the last
	 * of two rows naming the same spot winning.
	 */
	toCheckIns(moment: CheckInMoment, atMs: number): CheckIn[] {
		const checkIns: CheckIn[] = [];
		for (const { spot, score } of this.entries) {
			const name = normalizeSpot(spot);
			if (name === null || score === undefined) continue;
			const earlier = checkIns.findIndex((checkIn) => checkIn.spot.toLowerCase() === name.toLowerCase());
			if (earlier >= 0) checkIns.splice(earlier, 1);
			checkIns.push({ spot: name, moment, score, at: atMs });
		}
		return checkIns;
	}
}
