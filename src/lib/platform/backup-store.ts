/**
 * Everything at once, against the database: reading all a backup holds, restoring one in a single
 * transaction (it lands whole or changes nothing), and deleting all of it.
 */
import { BACKUP_SECTIONS, mergeOutcome, recordKey, type Backup, type BackupParts, type BackupSection, type StoredVersion } from '$lib/core/backup';
import { parsePlanEntry, parseRunDay } from '$lib/core/plan';
import { parseSessionRecord } from '$lib/core/session-record';
import { DEFAULT_SETTINGS, DEVICE_SETTINGS, parseSettingRecord, parseSettings } from '$lib/core/settings';
import type { Parsed, UnreadableRecord } from '$lib/core/stored-record';
import { parseRoutineContent, parseUserRoutine } from '$lib/core/user-routine';
import { listParsed, withDb, type StoreName } from './db';

/** Everything a backup holds, as read from storage, and the records that could not be read (left out). */
export interface StoredEverything {
	parts: BackupParts;
	unreadable: UnreadableRecord[];
}

/** Reads every store a backup holds. Records that cannot be read are left out and counted. */
export async function readEverything(): Promise<StoredEverything> {
	const [sessions, routines, routineContents, settings, planEntries, runDays] = await Promise.all([
		listParsed('sessions', 'session', parseSessionRecord),
		listParsed('routines', 'routine', parseUserRoutine),
		listParsed('routineContents', 'routine', parseRoutineContent),
		listParsed('settings', 'setting', parseSettingRecord),
		listParsed('planEntries', 'plan entry', parsePlanEntry),
		listParsed('runDays', 'run day', parseRunDay)
	]);
	runDays.records.sort((a, b) => a.day.localeCompare(b.day));
	sessions.records.sort((a, b) => a.startedAt - b.startedAt);
	const known = backedUpSettingKeys();
	return {
		parts: {
			sessions: sessions.records,
			routines: routines.records,
			routineContents: routineContents.records,
			// Only the user's choices this version knows: this phone's own marks, the storage probe's
			// record and old keys stay behind.
			settings: settings.records.filter((record) => known.has(record.key)),
			planEntries: planEntries.records,
			runDays: runDays.records
		},
		unreadable: [...sessions.unreadable, ...routines.unreadable, ...routineContents.unreadable, ...settings.unreadable, ...planEntries.unreadable, ...runDays.unreadable]
	};
}

/** What a restore did, section by section. */
export type RestoreCounts = Record<BackupSection, { added: number; replaced: number; kept: number }>;

const PARSE_STORED: Record<BackupSection, (value: unknown) => Parsed<{ updatedAt: number }>> = {
	sessions: parseSessionRecord,
	routines: parseUserRoutine,
	routineContents: parseRoutineContent,
	settings: parseSettingRecord,
	planEntries: parsePlanEntry,
	runDays: parseRunDay
};

/**
 * Restores a backup's records in one transaction over every store it touches: each is added when
 * new, replaces the stored one only when its change is later, and is otherwise left alone; nothing is
 * deleted. Settings are written only when `replaceSettings` is set, and then each known, valid one
 * replaces what is stored. `onProgress` hears how many records have been dealt with. Rejects with a
 * StorageError (the transaction is then undone: nothing changes).
 */
export function restoreBackup(
	backup: Pick<Backup, BackupSection>,
	options: { replaceSettings: boolean; onProgress?: (done: number, total: number) => void }
): Promise<RestoreCounts> {
	return withDb(async (database) => {
		const counts = Object.fromEntries(BACKUP_SECTIONS.map((s) => [s, { added: 0, replaced: 0, kept: 0 }])) as RestoreCounts;
		const settings = options.replaceSettings ? validSettings(backup.settings) : [];
		const total = BACKUP_SECTIONS.reduce((sum, section) => sum + (section === 'settings' ? settings : backup[section]).length, 0);
		let done = 0;
		const transaction = database.transaction([...BACKUP_SECTIONS] as StoreName[], 'readwrite');
		const jobs: { section: BackupSection; record: Backup[BackupSection][number] }[] = [];
		for (const section of BACKUP_SECTIONS) {
			for (const record of section === 'settings' ? settings : backup[section]) jobs.push({ section, record });
		}
		const pending: Promise<unknown>[] = [];
		try {
			// A part at a time, each part's requests issued at once: the page gets its turn between
			// parts (no long freeze for ten years of sessions), and the transaction stays open because
			// nothing but IndexedDB's own requests is awaited.
			for (let start = 0; start < jobs.length; start += RESTORE_PART) {
				const part = jobs.slice(start, start + RESTORE_PART).map(async ({ section, record }) => {
					const store = transaction.objectStore(section);
					const value: unknown = await store.get(recordKey(section, record as never));
					const outcome =
						section === 'settings' ? (value === undefined ? 'add' : 'replace') : mergeOutcome(storedVersion(section, value), record.updatedAt);
					if (outcome !== 'keep') await store.put(record);
					counts[section][outcome === 'add' ? 'added' : outcome === 'replace' ? 'replaced' : 'kept'] += 1;
					done += 1;
					options.onProgress?.(done, total);
				});
				pending.push(...part);
				await Promise.all(part);
			}
			await transaction.done;
		} catch (error) {
			// One failed request (a full disk) must undo all.
			await abortAll(transaction, pending);
			throw error;
		}
		return counts;
	});
}

/** Records restored per part. */
const RESTORE_PART = 200;

/**
 * Aborts a transaction if it is still open, and waits for it to end: nothing it did is kept. Its
 * other requests fail with the abort, which is expected and not reported again.
 */
async function abortAll(transaction: { abort(): void; done: Promise<void> }, pending: readonly Promise<unknown>[]): Promise<void> {
	for (const request of pending) request.catch(() => {});
	try {
		transaction.abort();
	} catch {
		// Already finished or aborted.
	}
	await transaction.done.catch(() => {});
}

function storedVersion(section: BackupSection, value: unknown): StoredVersion {
	if (value === undefined) return undefined;
	const parsed = PARSE_STORED[section](value);
	return parsed.ok ? parsed.value.updatedAt : 'unreadable';
}

/** The backup's settings this version knows and whose values are valid. */
function validSettings(records: Backup['settings']): Backup['settings'] {
	const known = backedUpSettingKeys();
	return records.filter((record) => {
		if (!known.has(record.key)) return false;
		const parsed = parseSettings({ [record.key]: record.value }) as unknown as Record<string, unknown>;
		return parsed[record.key] === record.value;
	});
}

/** The settings a backup carries and restores: every setting but this phone's own marks. */
function backedUpSettingKeys(): Set<string> {
	return new Set<string>(Object.keys(DEFAULT_SETTINGS).filter((key) => !(DEVICE_SETTINGS as string[]).includes(key)));
}

/**
 * Deletes everything Unknot stores on this phone (sessions, sessions in progress, the user's routines,
 * routine contents, drafts, the plan, run days, settings) in one transaction: all of it, or, on failure, none of it.
 */
export function deleteEverything(): Promise<void> {
	return withDb(async (database) => {
		const stores: StoreName[] = ['sessions', 'inProgress', 'routines', 'routineContents', 'drafts', 'planEntries', 'runDays', 'settings'];
		const transaction = database.transaction(stores, 'readwrite');
		const pending: Promise<unknown>[] = [];
		try {
			for (const store of stores) pending.push(transaction.objectStore(store).clear());
			await Promise.all([...pending, transaction.done]);
		} catch (error) {
			// A clear that throws at once would otherwise let the ones before it commit.
			await abortAll(transaction, pending);
			throw error;
		}
	});
}
