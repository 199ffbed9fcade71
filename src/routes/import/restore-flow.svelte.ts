/**
 * Restoring a backup on the import screen: choose a file, see what it holds (read and checked whole,
 * with progress), then restore it in one transaction. A refused file, or a restore that fails, leaves
 * everything stored as it was, and says why.
 */
import type { Backup, BackupSummary } from '$lib/core/backup';
import { askToKeepDataOnce } from '$lib/data/keep-data';
import { readBackupFile } from '$lib/data/read-backup-file';
import { builtinRoutines } from '$lib/routines/index';
import { restoreBackup, type RestoreCounts } from '$lib/platform/backup-store';

export type RestoreStatus = 'choosing' | 'reading' | 'ready' | 'refused' | 'restoring' | 'restored' | 'failed';

export class RestoreFlow {
	status: RestoreStatus = $state('choosing');
	fileName = $state('');
	/** 0–1 while reading or restoring. */
	progress = $state(0);
	summary: BackupSummary | null = $state.raw(null);
	/** Whether the backup's settings replace this phone's. */
	replaceSettings = $state(false);
	counts: RestoreCounts | null = $state.raw(null);
	message: string | null = $state(null);

	#backup: Backup | null = null;
	/** Counts files chosen: a check still running for an earlier file must not overwrite a later one's. */
	#choice = 0;
	readonly #read: typeof readBackupFile;
	readonly #restore: typeof restoreBackup;

	readonly #keepData: () => Promise<unknown>;

	constructor(read = readBackupFile, restore = restoreBackup, keepData: () => Promise<unknown> = askToKeepDataOnce) {
		this.#read = read;
		this.#restore = restore;
		this.#keepData = keepData;
	}

	/** Reads and checks the chosen file; nothing is stored yet. */
	choose = async (file: File): Promise<void> => {
		const choice = this.#start(file.name);
		let text: string;
		try {
			text = await file.text();
		} catch {
			if (choice === this.#choice) this.#refuse('This file could not be opened. Choose it again, or export the backup again.');
			return;
		}
		if (choice === this.#choice) await this.open(file.name, text);
	};

	/** Checks a backup's text already read (the import screen reads a file once, then tells what it is). */
	open = async (fileName: string, text: string): Promise<void> => {
		const choice = this.#start(fileName);
		if (text.trim() === '') {
			this.#refuse('This file is empty.');
			return;
		}
		const read = await this.#read(text, (done, total) => {
			if (choice === this.#choice) this.progress = total === 0 ? 1 : done / total;
		});
		if (choice !== this.#choice) return;
		if (!read.ok) {
			this.#refuse(read.message);
			return;
		}
		// Unknot never gives a routine of the user's own a built-in's id; a backup holding one was made
		// by hand, and the routine would be hidden behind the built-in.
		const shadowing = read.backup.routines.find((record) => builtinRoutines.some((builtin) => builtin.id === record.id));
		if (shadowing) {
			this.#refuse(`This backup is damaged: its routine “${shadowing.routine.title}” has the id of a built-in routine (${shadowing.id}).`);
			return;
		}
		this.#backup = read.backup;
		this.summary = read.summary;
		this.status = 'ready';
	};

	/** Starts checking a new file: whatever an earlier check still finds is dropped. Returns its number. */
	#start(fileName: string): number {
		this.fileName = fileName;
		this.status = 'reading';
		this.progress = 0;
		this.summary = null;
		this.counts = null;
		this.message = null;
		this.#backup = null;
		return ++this.#choice;
	}

	#refuse(message: string): void {
		this.status = 'refused';
		this.message = `${message} Nothing stored on this phone was changed.`;
	}

	/** Restores the backup that was read; on failure nothing changes and it can be tried again. */
	restore = async (): Promise<void> => {
		const backup = this.#backup;
		if (!backup || this.status === 'restoring') return;
		this.status = 'restoring';
		this.progress = 0;
		this.message = null;
		try {
			this.counts = await this.#restore(backup, {
				replaceSettings: this.replaceSettings,
				onProgress: (done, total) => (this.progress = total === 0 ? 1 : done / total)
			});
			this.status = 'restored';
			// Now there is history worth keeping on this phone: ask the browser (once) not to clear it.
			void this.#keepData().catch(() => {});
		} catch (error) {
			this.status = 'failed';
			this.message = `${error instanceof Error ? error.message : String(error)} Nothing was restored, and nothing stored was changed.`;
		}
	};

	/** Back to choosing a file. */
	reset = (): void => {
		this.#choice += 1;
		this.status = 'choosing';
		this.#backup = null;
		this.summary = null;
		this.counts = null;
		this.message = null;
	};
}
