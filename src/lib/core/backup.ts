/**
 * The backup file: everything Unknot keeps (sessions with their check-ins, the contents they ran, the
 * user's own routines, the plan and the days the user ran, settings) as one JSON document with a format name and version. Pure: building
 * one, reading one back as strictly as storage is read, and deciding what a restore writes.
 *
 * A restore never deletes: each record is added when new, replaces the stored one when its `updatedAt`
 * is later, and is otherwise left alone, so restoring the same backup twice changes nothing.
 */
import type { DayKey } from './local-time';
import { parsePlanEntry, parseRunDay, type PlanEntry, type RunDay } from './plan';
import { parseSessionRecord, type SessionRecord } from './session-record';
import { parseSettingRecord, type SettingRecord } from './settings';
import { clipped, isRecord, type Parsed } from './stored-record';
import { parseRoutineContent, parseUserRoutine, type RoutineContentRecord, type UserRoutineRecord } from './user-routine';

/** The `format` every backup file names, so another app's JSON is never taken for one. */
export const BACKUP_FORMAT = 'unknot-backup';
/**
 * The backup version this build writes. Every earlier version keeps restoring. 2 added the plan
 * (`planEntries`, `runDays`, and the `planPauses` setting); a version 1 file simply has none.
 */
export const BACKUP_VERSION = 2;

/** Where the app publishes the backup format's JSON Schema, relative to its base. */
export const BACKUP_SCHEMA_PATH = '/backup.schema.json';

/** A backup, as written and as read back. */
export interface Backup {
	/**
	 * The published JSON Schema's address, so an editor can check the file; written when the app knows
	 * its own address, and ignored when read (a backup opens without it).
	 */
	$schema?: string;
	format: typeof BACKUP_FORMAT;
	version: number;
	/** When it was made, ISO 8601 in UTC. */
	exportedAt: string;
	sessions: SessionRecord[];
	routines: UserRoutineRecord[];
	routineContents: RoutineContentRecord[];
	settings: SettingRecord[];
	/** Since version 2. */
	planEntries: PlanEntry[];
	/** Since version 2. */
	runDays: RunDay[];
}

/** The parts of a backup that hold records, in the order they are read. */
export const BACKUP_SECTIONS = ['sessions', 'routines', 'routineContents', 'settings', 'planEntries', 'runDays'] as const;
export type BackupSection = (typeof BACKUP_SECTIONS)[number];

/** The words for one record of each section, in messages. */
const RECORD_NAMES: Record<BackupSection, string> = {
	sessions: 'session',
	routines: 'routine',
	routineContents: 'routine content',
	settings: 'setting',
	planEntries: 'plan entry',
	runDays: 'run day'
};

type SectionRecord = { [S in BackupSection]: Backup[S][number] };

const PARSERS: { [S in BackupSection]: (value: unknown) => Parsed<SectionRecord[S]> } = {
	sessions: parseSessionRecord,
	routines: parseUserRoutine,
	routineContents: parseRoutineContent,
	settings: parseSettingRecord,
	planEntries: parsePlanEntry,
	runDays: parseRunDay
};

/** The key each section's records are stored under. */
export function recordKey<S extends BackupSection>(section: S, record: SectionRecord[S]): string {
	if (section === 'routineContents') return (record as RoutineContentRecord).hash;
	if (section === 'settings') return (record as SettingRecord).key;
	if (section === 'runDays') return (record as RunDay).day;
	return (record as SessionRecord | UserRoutineRecord | PlanEntry).id;
}

/** The records a backup holds, without its envelope; the sections added since version 1 may be left out (none). */
export type BackupParts = Omit<Backup, '$schema' | 'format' | 'version' | 'exportedAt' | 'planEntries' | 'runDays'> &
	Partial<Pick<Backup, 'planEntries' | 'runDays'>>;

/** Builds the backup of what was read from storage, at `nowMs`; `schemaUrl` becomes its `$schema`. */
export function buildBackup(parts: BackupParts, nowMs: number, schemaUrl?: string): Backup {
	return {
		...(schemaUrl ? { $schema: schemaUrl } : {}),
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: new Date(nowMs).toISOString(),
		...parts,
		planEntries: parts.planEntries ?? [],
		runDays: parts.runDays ?? []
	};
}

/** The backup file's name for the local day it was made: `unknot-backup-2026-11-22.json`. */
export function backupFileName(day: DayKey): string {
	return `unknot-backup-${day}.json`;
}

/** A file that opened as a backup: its records not yet read. */
export interface OpenedBackup {
	version: number;
	exportedAt: string | null;
	sections: Record<BackupSection, unknown[]>;
}

/** Why a file is refused, in words for the user; nothing is restored from it. */
export type Refusal = { ok: false; message: string };

/**
 * Opens the text of a file as a backup: complete JSON, named as Unknot's, of a version this build
 * reads, with a list for each section. Its records are read afterwards (`readBackupRecord`), so a
 * large backup can be read a part at a time.
 */
export function openBackup(text: string): { ok: true; opened: OpenedBackup } | Refusal {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		// A backup starts with "{": text that does not is another kind of file (a photo, a document).
		if (!text.trimStart().startsWith('{')) return { ok: false, message: 'This file is not an Unknot backup. Choose a file made with “Export a backup”.' };
		return {
			ok: false,
			message: 'This file is not a complete backup: it may have been cut short while it was saved or sent. Export the backup again.'
		};
	}
	if (!isRecord(value) || value.format !== BACKUP_FORMAT) {
		const routineFile = isRecord(value) && 'schemaVersion' in value && 'steps' in value;
		return {
			ok: false,
			message: routineFile
				? 'This is a routine file, not a backup.'
				: 'This file is not an Unknot backup. Choose a file made with “Export a backup”.'
		};
	}
	const { version } = value;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { ok: false, message: 'This backup is damaged: it does not say which version of the format it is.' };
	}
	if (version > BACKUP_VERSION) {
		return {
			ok: false,
			message: `This backup was made by a newer version of Unknot (backup version ${version}). Update Unknot, then restore it.`
		};
	}
	const sections = {} as Record<BackupSection, unknown[]>;
	for (const section of BACKUP_SECTIONS) {
		const list = value[section] ?? [];
		if (!Array.isArray(list)) return { ok: false, message: `This backup is damaged: its ${RECORD_NAMES[section]}s are not a list.` };
		sections[section] = list;
	}
	return { ok: true, opened: { version, exportedAt: typeof value.exportedAt === 'string' ? value.exportedAt : null, sections } };
}

/**
 * Reads record `index` of a section as storage is read; a record that does not parse refuses the
 * whole file, saying which one and why.
 */
export function readBackupRecord<S extends BackupSection>(
	section: S,
	value: unknown,
	index: number,
	count: number
): { ok: true; record: SectionRecord[S] } | Refusal {
	const parsed = PARSERS[section](value);
	if (parsed.ok) return { ok: true, record: parsed.value };
	return {
		ok: false,
		message: `This backup is damaged: ${RECORD_NAMES[section]} ${index + 1} of ${count} cannot be read (${parsed.reason}).`
	};
}

/** Reads a whole backup at once (tests, small files); `readBackupRecord` reads one a part at a time. */
export function readBackup(text: string): { ok: true; backup: Backup } | Refusal {
	const opened = openBackup(text);
	if (!opened.ok) return opened;
	const backup = buildBackup({ sessions: [], routines: [], routineContents: [], settings: [], planEntries: [], runDays: [] }, 0);
	backup.version = opened.opened.version;
	backup.exportedAt = opened.opened.exportedAt ?? '';
	for (const section of BACKUP_SECTIONS) {
		const values = opened.opened.sections[section];
		const records: unknown[] = [];
		for (const [index, value] of values.entries()) {
			const read = readBackupRecord(section, value, index, values.length);
			if (!read.ok) return read;
			records.push(read.record);
		}
		(backup[section] as unknown[]) = records;
		const twice = findRepeat(section, backup[section] as SectionRecord[typeof section][]);
		if (twice) return twice;
	}
	return { ok: true, backup };
}

/** A refusal when a section holds two records under one key. */
export function findRepeat<S extends BackupSection>(section: S, records: readonly SectionRecord[S][]): Refusal | null {
	const seen = new Set<string>();
	for (const record of records) {
		const key = recordKey(section, record);
		if (seen.has(key)) return { ok: false, message: `This backup is damaged: it holds ${RECORD_NAMES[section]} ${clipped(key)} twice.` };
		seen.add(key);
	}
	return null;
}

/** What a backup holds, shown before anything is restored. */
export interface BackupSummary {
	sessions: number;
	routines: number;
	settings: number;
	/** Entries of the plan (none in a version 1 backup). */
	planEntries: number;
	/** The first and last session's start, or null with no sessions. */
	firstSessionAt: number | null;
	lastSessionAt: number | null;
	exportedAt: string;
}

/** Counts what a backup holds and the period its sessions span. */
export function summarizeBackup(backup: Backup): BackupSummary {
	let first: number | null = null;
	let last: number | null = null;
	for (const { startedAt } of backup.sessions) {
		if (first === null || startedAt < first) first = startedAt;
		if (last === null || startedAt > last) last = startedAt;
	}
	return {
		sessions: backup.sessions.length,
		routines: backup.routines.length,
		settings: backup.settings.length,
		planEntries: backup.planEntries.length,
		firstSessionAt: first,
		lastSessionAt: last,
		exportedAt: backup.exportedAt
	};
}

/** What is stored under a key already: its last change, or `unreadable` (left as it is). */
export type StoredVersion = number | 'unreadable' | undefined;

/** What restoring one record does. */
export type MergeOutcome = 'add' | 'replace' | 'keep';

/**
 * Whether an incoming record is written: added when nothing is stored under its key, replacing the
 * stored one only when its change is later. A stored record that cannot be read is kept as it is:
 * a restore never overwrites what it cannot compare.
 */
export function mergeOutcome(stored: StoredVersion, incomingUpdatedAt: number): MergeOutcome {
	if (stored === undefined) return 'add';
	if (stored === 'unreadable') return 'keep';
	return incomingUpdatedAt > stored ? 'replace' : 'keep';
}
