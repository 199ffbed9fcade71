/**
 * Restoring a backup on the import screen: choose a file, see what it holds (read and checked whole,
 * with progress), then restore it in one transaction. A refused file, or a restore that fails, leaves
 * everything stored as it was, and says why.
 */
import type { Backup, BackupSummary } from '$lib/core/backup';
import { readBackupFile } from '$lib/data/read-backup-file';
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
	readonly #read: typeof readBackupFile;
	readonly #restore: typeof restoreBackup;

	constructor(read = readBackupFile, restore = restoreBackup) {
		this.#read = read;
		this.#restore = restore;
	}

	/** Reads and checks the chosen file; nothing is stored yet. */
	choose = async (file: File): Promise<void> => {
		this.#start(file.name);
		let text: string;
		try {
			text = await file.text();
		} catch {
			this.#refuse('This file could not be opened. Choose it again, or export the backup again.');
			return;
		}
		await this.open(file.name, text);
	};

	/** Checks a backup's text already read (the import screen reads a file once, then tells what it is). */
	open = async (fileName: string, text: string): Promise<void> => {
		this.#start(fileName);
		const read = await this.#read(text, (done, total) => (this.progress = total === 0 ? 1 : done / total));
		if (!read.ok) {
			this.#refuse(read.message);
			return;
		}
		this.#backup = read.backup;
		this.summary = read.summary;
		this.status = 'ready';
	};

	#start(fileName: string): void {
		this.fileName = fileName;
		this.status = 'reading';
		this.progress = 0;
		this.summary = null;
		this.counts = null;
		this.message = null;
		this.#backup = null;
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
		} catch (error) {
			this.status = 'failed';
			this.message = `${error instanceof Error ? error.message : String(error)} Nothing was restored, and nothing stored was changed.`;
		}
	};

	/** Back to choosing a file. */
	reset = (): void => {
		this.status = 'choosing';
		this.#backup = null;
		this.summary = null;
		this.counts = null;
		this.message = null;
	};
}
