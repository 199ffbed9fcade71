/**
 * The settings screen's "Your data" part: exporting the history and a backup, when the last backup was
 * made, how much Unknot stores and whether the browser keeps it, and deleting everything behind a
 * typed confirmation. A failure says why; a failed delete deletes nothing.
 */
import { exportBackup, exportHistoryCsv, type ExportOutcome } from '$lib/data/export';
import { recentlyDeleted } from '$lib/history/recently-deleted.svelte';
import { recentlyDeletedRoutine } from '$lib/routines/recently-deleted-routine.svelte';
import { deleteEverything } from '$lib/platform/backup-store';
import { isPlayerHeld } from '$lib/platform/tab-lock';
import { now, timeZoneOfDevice } from '$lib/platform/clock';
import { checkPersistence, estimateUsage, type Persistence } from '$lib/platform/persistent-storage';

/** The word to type before everything is deleted. */
export const DELETE_WORD = 'DELETE';

/** What the panel reaches out to; tests pass stand-ins. */
export interface YourDataDeps {
	exportHistoryCsv: (nowMs: number, timeZone: string) => Promise<ExportOutcome>;
	exportBackup: (nowMs: number, timeZone: string) => Promise<ExportOutcome>;
	deleteEverything: () => Promise<void>;
	/** Whether a routine is playing in some tab (it would write its session back after a delete). */
	isPlayerHeld: () => Promise<boolean>;
	checkPersistence: () => Promise<Persistence>;
	estimateUsage: () => Promise<number | null>;
	now: () => number;
	timeZone: string;
}

export class YourData {
	/** When the last backup was exported from this phone, or null. */
	lastBackupAt: number | null = $state(null);
	/** Bytes the browser says Unknot stores; null while unknown. */
	usage: number | null = $state(null);
	/** Whether the browser keeps the data; null until asked. */
	persistence: Persistence | null = $state(null);
	/** The export or delete under way. */
	busy: 'csv' | 'backup' | 'delete' | null = $state(null);
	/** What the last export said. */
	exportMessage: string | null = $state(null);
	exportFailed = $state(false);
	/** What is typed in the confirmation field. */
	confirmation = $state('');
	/** What deleting said. */
	deleteMessage: string | null = $state(null);
	deleteFailed = $state(false);

	readonly #deps: YourDataDeps;

	readonly #onDeleted: () => unknown;

	/** `onDeleted` runs once everything was deleted (the screen reads its settings again). */
	constructor(
		lastBackupAt: number | null,
		{ onDeleted = () => {}, deps = {} }: { onDeleted?: () => unknown; deps?: Partial<YourDataDeps> } = {}
	) {
		this.lastBackupAt = lastBackupAt;
		this.#onDeleted = onDeleted;
		this.#deps = {
			exportHistoryCsv,
			exportBackup: (nowMs, timeZone) => exportBackup(nowMs, timeZone),
			deleteEverything,
			isPlayerHeld,
			checkPersistence,
			estimateUsage,
			now,
			timeZone: timeZoneOfDevice(),
			...deps
		};
	}

	/**
	 * Whether the confirmation matches. Letter case is not asked for: a phone's keyboard capitalises
	 * only the first letter, and typing the word at all is the deliberate act.
	 */
	get confirmed(): boolean {
		return this.confirmation.trim().toUpperCase() === DELETE_WORD;
	}

	/** Asks the browser how much is stored and whether it keeps it. */
	load = async (): Promise<void> => {
		const [persistence, usage] = await Promise.all([this.#deps.checkPersistence(), this.#deps.estimateUsage()]);
		this.persistence = persistence;
		this.usage = usage;
	};

	/** Exports the history as a CSV file. */
	exportCsv = (): Promise<void> => this.#export('csv', () => this.#deps.exportHistoryCsv(this.#deps.now(), this.#deps.timeZone));

	/** Exports a backup of everything; once handed over it is the last backup. */
	exportBackup = (): Promise<void> => this.#export('backup', () => this.#deps.exportBackup(this.#deps.now(), this.#deps.timeZone));

	async #export(kind: 'csv' | 'backup', run: () => Promise<ExportOutcome>): Promise<void> {
		if (this.busy) return;
		this.busy = kind;
		this.exportFailed = false;
		this.exportMessage = kind === 'csv' ? 'Making the CSV…' : 'Making the backup…';
		try {
			const outcome = await run();
			this.exportFailed = !outcome.ok;
			this.exportMessage = outcome.message;
			if (outcome.ok && outcome.backedUpAt !== null) this.lastBackupAt = outcome.backedUpAt;
		} catch (error) {
			// The exports answer in words; this is only for what they did not foresee.
			this.exportFailed = true;
			this.exportMessage = `Nothing was exported. ${error instanceof Error ? error.message : String(error)}`;
		} finally {
			this.busy = null;
		}
	}

	/** Deletes everything stored, once the confirmation matches; on failure nothing is deleted. */
	deleteAll = async (): Promise<void> => {
		if (!this.confirmed || this.busy) return;
		this.busy = 'delete';
		this.deleteFailed = false;
		this.deleteMessage = 'Deleting…';
		try {
			if (await this.#deps.isPlayerHeld()) {
				throw new Error('A routine is playing in another Unknot tab, and would save its session again. End it there first.');
			}
			await this.#deps.deleteEverything();
		} catch (error) {
			this.deleteFailed = true;
			this.deleteMessage = `Nothing was deleted: ${error instanceof Error ? error.message : String(error)}`;
			this.busy = null;
			return;
		}
		// A session deleted a moment ago must not come back with Undo: everything means everything.
		recentlyDeleted.dismiss();
		recentlyDeletedRoutine.dismiss();
		this.confirmation = '';
		this.lastBackupAt = null;
		this.exportMessage = null;
		this.deleteMessage = 'All your data on this phone was deleted: your history, your routines and your settings.';
		this.busy = null;
		await this.#onDeleted();
		this.usage = await this.#deps.estimateUsage();
	};
}
