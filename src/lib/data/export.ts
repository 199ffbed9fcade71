/**
 * Taking the data off the phone: the history as a CSV file for a spreadsheet, and a backup of
 * everything as one JSON file that restores on any phone (`/import`). Each is shared through the
 * phone's share sheet where it can be, and downloaded otherwise. Records that cannot be read are left
 * out, and the answer says how many. Papaparse is loaded here, when a CSV is made, and nowhere else.
 */
import { backupFileName, buildBackup, BACKUP_SCHEMA_PATH } from '$lib/core/backup';
import { historyFileName, historyRows, type Cell } from '$lib/core/history-csv';
import { dayKeyOf } from '$lib/core/local-time';
import type { UnreadableRecord } from '$lib/core/stored-record';
import { absoluteUrl } from '$lib/platform/address';
import { readEverything } from '$lib/platform/backup-store';
import { timeZoneOfDevice } from '$lib/platform/clock';
import { listSessions } from '$lib/platform/session-store';
import { putSetting } from '$lib/platform/settings-store';
import { shareFile, type ShareOutcome } from '$lib/platform/share-file';

/** How a file leaves the phone: `shareFile`, or a stand-in in tests. */
export type SaveFile = (fileName: string, contents: string, type: string) => Promise<ShareOutcome>;

/** What an export did, in words for the user. */
export type ExportOutcome =
	| {
			ok: true;
			how: 'shared' | 'downloaded' | 'cancelled';
			fileName: string;
			message: string;
			/** When a backup was made and handed over (it is noted as the last backup); null otherwise. */
			backedUpAt: number | null;
	  }
	| { ok: false; message: string };

/**
 * Excel reads a CSV without a byte order mark in the computer's legacy code page, so a note's "é",
 * "–" or emoji would come out garbled; with the mark it reads UTF-8. Google Sheets, Numbers and
 * LibreOffice read the file the same either way, and papaparse skips the mark when parsing.
 */
const BOM = '\uFEFF';

/**
 * A cell a spreadsheet may take for a formula. Papaparse's own pattern for `escapeFormulae: true`
 * ends in `.*$`, which misses a cell whose text goes on after a line break.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The rows as CSV text (RFC 4180: CRLF line ends, a field quoted when it holds a comma, a quote or a
 * line break, quotes doubled), with the byte order mark. A text cell starting with `=`, `+`, `-`, `@`
 * or a tab is prefixed with `'`, so a spreadsheet never runs a routine title from someone else's file
 * as a formula; numbers are left as they are.
 */
export async function csvText(rows: Cell[][]): Promise<string> {
	const { default: Papa } = await import('papaparse');
	return BOM + Papa.unparse(rows, { newline: '\r\n', escapeFormulae: FORMULA_START });
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "Left out because they could not be read: 1 history entry, 2 settings.", or "" when none were. */
function leftOut(unreadable: readonly UnreadableRecord[]): string {
	if (unreadable.length === 0) return '';
	const count = (kind: UnreadableRecord['kind']) => unreadable.filter((record) => record.kind === kind).length;
	const parts = [
		[count('session'), 'history entry', 'history entries'],
		[count('routine'), 'routine record'],
		[count('setting'), 'setting']
	] as const;
	const named = parts.filter(([n]) => n > 0).map(([n, one, many]) => plural(n, one, many));
	const all = unreadable.length === 1 ? 'it could' : 'they could';
	return ` Left out because ${all} not be read: ${named.join(', ')}.`;
}

function handedOver(how: 'shared' | 'downloaded', fileName: string): string {
	return how === 'shared' ? `Shared ${fileName}` : `Saved ${fileName} to your downloads`;
}

function readFailure(error: unknown, what: string): { ok: false; message: string } {
	const reason = error instanceof Error ? error.message : String(error);
	return { ok: false, message: `${what} could not be read, so nothing was exported. ${reason}` };
}

/** Exports the history as `unknot-history-YYYY-MM-DD.csv` (the local day), one row per session. */
export async function exportHistoryCsv(nowMs: number, timeZone: string, save: SaveFile = shareFile): Promise<ExportOutcome> {
	let read: Awaited<ReturnType<typeof listSessions>>;
	try {
		read = await listSessions();
	} catch (error) {
		return readFailure(error, 'Your history');
	}
	let text: string;
	try {
		text = await csvText(historyRows(read.records, timeZone));
	} catch (error) {
		console.warn('The CSV could not be made.', error);
		return { ok: false, message: 'The CSV could not be made: part of Unknot did not load. Reload Unknot and try again.' };
	}
	const fileName = historyFileName(dayKeyOf(nowMs, timeZone));
	const outcome = await save(fileName, text, 'text/csv;charset=utf-8');
	if (!outcome.ok) return outcome;
	if (outcome.how === 'cancelled') return { ok: true, how: 'cancelled', fileName, message: 'Not shared: the CSV was not sent anywhere.', backedUpAt: null };
	const message = `${handedOver(outcome.how, fileName)}: ${plural(read.records.length, 'session')}.${leftOut(read.unreadable)}`;
	return { ok: true, how: outcome.how, fileName, message, backedUpAt: null };
}

/** How a backup is made beyond the defaults. */
export interface BackupExportOptions {
	save?: SaveFile;
}

/**
 * Exports a backup of everything (`unknot-backup-YYYY-MM-DD.json`, the local day) and, once it was
 * shared or saved, notes the time as this phone's last backup.
 */
export async function exportBackup(
	nowMs: number,
	timeZone = timeZoneOfDevice(),
	{ save = shareFile }: BackupExportOptions = {}
): Promise<ExportOutcome> {
	let everything: Awaited<ReturnType<typeof readEverything>>;
	try {
		everything = await readEverything();
	} catch (error) {
		return readFailure(error, 'Your data');
	}
	// The schema's address on this site: absoluteUrl adds the app's base path, so the path goes in bare.
	const backup = buildBackup(everything.parts, nowMs, absoluteUrl(BACKUP_SCHEMA_PATH) ?? undefined);
	const fileName = backupFileName(dayKeyOf(nowMs, timeZone));
	// Compact: for 10,000 sessions the file is 9.3 MB rather than 13.5 MB indented, and opens as fast.
	const outcome = await save(fileName, JSON.stringify(backup), 'application/json');
	if (!outcome.ok) return outcome;
	if (outcome.how === 'cancelled') return { ok: true, how: 'cancelled', fileName, message: 'Not shared: no backup was made.', backedUpAt: null };
	const { sessions, routines, settings, planEntries = [] } = everything.parts;
	const held = [
		plural(sessions.length, 'session'),
		...(routines.length > 0 ? [`${plural(routines.length, 'routine')} of your own`] : []),
		...(planEntries.length > 0 ? [`${plural(planEntries.length, 'routine')} in your plan`] : []),
		plural(settings.length, 'setting')
	];
	let message = `${handedOver(outcome.how, fileName)}: ${held.join(', ')}.${leftOut(everything.unreadable)}`;
	try {
		await putSetting('lastBackupAt', nowMs, nowMs);
	} catch (error) {
		console.warn('The time of the backup could not be noted.', error);
		message += ' This phone could not note the date of this backup.';
	}
	return { ok: true, how: outcome.how, fileName, message, backedUpAt: nowMs };
}
