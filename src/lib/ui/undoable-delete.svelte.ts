/**
 * Deleting with undo: the record deleted last is held here (in memory, for this visit) until the
 * user undoes it, dismisses the notice or deletes another. It outlives the screen it was deleted
 * from, so the list it belonged to can offer Undo after going back to it. One per kind of record.
 */
export class UndoableDelete<T> {
	/** The record deleted last, as it was stored when deleted. */
	record: T | null = $state.raw(null);
	/** Why the last undo failed, for the notice. */
	error: string | null = $state(null);

	readonly #take: (id: string) => Promise<T>;
	readonly #put: (record: T) => Promise<void>;

	/**
	 * `take` deletes a record and hands it back as stored at that moment (not as a screen last read
	 * it: another tab may have changed it since); `put` puts it back.
	 */
	constructor(take: (id: string) => Promise<T>, put: (record: T) => Promise<void>) {
		this.#take = take;
		this.#put = put;
	}

	/** Deletes the record and holds it for Undo; rejects with a message a user can read. */
	delete = async (id: string): Promise<void> => {
		this.record = await this.#take(id);
		this.error = null;
	};

	/** Puts the deleted record back exactly as it was. Resolves true once it is back. */
	undo = async (): Promise<boolean> => {
		const record = this.record;
		if (!record) return false;
		try {
			await this.#put(record);
			this.record = null;
			this.error = null;
			return true;
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
			return false;
		}
	};

	/** Forgets the deleted record: it stays deleted. */
	dismiss = (): void => {
		this.record = null;
		this.error = null;
	};
}
