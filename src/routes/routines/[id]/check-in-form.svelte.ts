/**
 * The finish screen's check-in: how each sore spot feels now, and a note. Its answers stay in the
 * form until they are saved, so a failed save can be tried again without tapping anything twice.
 */
import { CheckInDraft } from '$lib/history/check-in-draft.svelte';
import { editSession } from '$lib/history/check-in';

export type CheckInStatus = 'editing' | 'saving' | 'saved' | 'failed';

export class CheckInForm {
	readonly draft: CheckInDraft;
	notes = $state('');
	status: CheckInStatus = $state('editing');
	error: string | null = $state(null);

	readonly #sessionId: string;
	readonly #save: typeof editSession;
	readonly #now: () => number;

	/** `spots`: those checked in before the session, else the one used last; none, and the user picks. */
	constructor(sessionId: string, spots: readonly string[], save = editSession, now = () => Date.now()) {
		this.#sessionId = sessionId;
		this.draft = new CheckInDraft(spots);
		this.#save = save;
		this.#now = now;
	}

	/** True when there is something to save. */
	get hasAnswer(): boolean {
		return this.draft.hasScore || this.notes.trim() !== '';
	}

	/** Saves the answers onto the filed session; on failure they stay here for another try. */
	save = async (): Promise<void> => {
		if (this.status === 'saving') return;
		this.status = 'saving';
		this.error = null;
		try {
			const nowMs = this.#now();
			await this.#save(this.#sessionId, { set: this.draft.toCheckIns('after', nowMs), notes: this.notes }, nowMs);
			this.status = 'saved';
		} catch (error) {
			this.status = 'failed';
			this.error = error instanceof Error ? error.message : String(error);
		}
	};
}
