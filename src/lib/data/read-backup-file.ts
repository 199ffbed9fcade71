/**
 * Reading a backup file the user chose, all of it, before anything is restored: a part at a time with
 * a pause between parts, so a backup of ten years never freezes the page, and with progress to show.
 */
import {
	BACKUP_FORMAT,
	BACKUP_SECTIONS,
	findRepeat,
	openBackup,
	readBackupRecord,
	summarizeBackup,
	type Backup,
	type BackupSummary,
	type Refusal
} from '$lib/core/backup';

/** Records read between two pauses. */
const PART = 250;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads and checks a whole backup; refused with the reason when any of it cannot be read. */
export async function readBackupFile(
	text: string,
	onProgress: (done: number, total: number) => void = () => {}
): Promise<{ ok: true; backup: Backup; summary: BackupSummary } | Refusal> {
	const opened = openBackup(text);
	if (!opened.ok) return opened;
	const { sections, version, exportedAt } = opened.opened;
	const total = BACKUP_SECTIONS.reduce((sum, section) => sum + sections[section].length, 0);
	const backup: Backup = { format: BACKUP_FORMAT, version, exportedAt: exportedAt ?? '', sessions: [], routines: [], routineContents: [], settings: [], planEntries: [], runDays: [] };
	let done = 0;
	for (const section of BACKUP_SECTIONS) {
		const values = sections[section];
		const records: unknown[] = [];
		for (const [index, value] of values.entries()) {
			const read = readBackupRecord(section, value, index, values.length);
			if (!read.ok) return read;
			records.push(read.record);
			done += 1;
			if (done % PART === 0) {
				onProgress(done, total);
				await pause();
			}
		}
		(backup[section] as unknown[]) = records;
		const twice = findRepeat(section, records as never[]);
		if (twice) return twice;
	}
	onProgress(total, total);
	return { ok: true, backup, summary: summarizeBackup(backup) };
}
