/** The settings store: one record per setting. Reading fails soft to the defaults, so the app always starts. */
import { DEFAULT_SETTINGS, parseSettingRecord, parseSettings, type Settings } from '$lib/core/settings';
import { RECORD_VERSION, type UnreadableRecord } from '$lib/core/stored-record';
import { listParsed, withDb } from './db';

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/** The user's settings, with the defaults wherever storage is missing or holds nonsense. */
export interface ReadSettings {
	settings: Settings;
	unreadable: UnreadableRecord[];
	/** Set when storage could not be read at all; the defaults are in use. */
	error: string | null;
}

/** Reads every setting; never rejects. */
export async function getSettings(): Promise<ReadSettings> {
	try {
		const { records, unreadable } = await listParsed('settings', 'setting', parseSettingRecord);
		const stored = Object.fromEntries(records.filter((r) => (KEYS as string[]).includes(r.key)).map((r) => [r.key, r.value]));
		const settings = parseSettings(stored);
		// A well-formed record holding a value out of range is unreadable too: its default is used.
		for (const key of KEYS) {
			if (key in stored && settings[key] !== stored[key]) unreadable.push({ kind: 'setting', key, reason: 'value out of range' });
		}
		return { settings, unreadable, error: null };
	} catch (error) {
		console.warn('Settings could not be read; using defaults.', error);
		return { settings: { ...DEFAULT_SETTINGS }, unreadable: [], error: error instanceof Error ? error.message : String(error) };
	}
}

/** Saves one setting; rejects with a StorageError a user can read. */
export function putSetting<K extends keyof Settings>(key: K, value: Settings[K], nowMs = Date.now()): Promise<void> {
	return withDb(async (database) => {
		await database.put('settings', { key, value, recordVersion: RECORD_VERSION, updatedAt: nowMs });
	});
}
