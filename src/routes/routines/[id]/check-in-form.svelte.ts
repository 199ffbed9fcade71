/**
 * The finish screen's check-in: how the sore spot feels and a note. Its answers stay in the form until
 * they are saved, so a failed save can be tried again without typing anything twice.
 */
import { saveCheckIn } from '$lib/history/check-in';

export type CheckInStatus = 'editing' | 'saving' | 'saved' | 'failed';

export class CheckInForm {
	pain: number | undefined = $state();
	notes = $state('');
	status: CheckInStatus = $state('editing');
	error: string | null = $state(null);

	readonly #sessionId: string;
	readonly #save: typeof saveCheckIn;

	constructor(sessionId: string, save = saveCheckIn) {
		this.#sessionId = sessionId;
		this.#save = save;
	}

	/** True when there is something to save. */
	get hasAnswer(): boolean {
		return this.pain !== undefined || this.notes.trim() !== '';
	}

	/** Saves the answers onto the filed session; on failure they stay here for another try. */
	save = async (): Promise<void> => {
		if (this.status === 'saving') return;
		this.status = 'saving';
		this.error = null;
		try {
			await this.#save(this.#sessionId, { painAfter: this.pain, notes: this.notes });
			this.status = 'saved';
		} catch (error) {
			this.status = 'failed';
			this.error = error instanceof Error ? error.message : String(error);
		}
	};
}
