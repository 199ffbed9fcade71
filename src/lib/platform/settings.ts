/** Settings kept in IndexedDB. Reading fails soft to the defaults, so the app always starts. */
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '$lib/core/settings';
import { readSetting, writeSetting } from './db';

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/** The user's settings; the defaults wherever storage is missing, broken or holds nonsense. */
export async function loadSettings(): Promise<Settings> {
	try {
		const values = await Promise.all(KEYS.map((key) => readSetting(key)));
		return parseSettings(Object.fromEntries(KEYS.map((key, i) => [key, values[i]])));
	} catch (error) {
		console.warn('Settings could not be read; using defaults.', error);
		return { ...DEFAULT_SETTINGS };
	}
}

/** Saves one setting; rejects with a StorageError a user can read. */
export function saveSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
	return writeSetting(key, value);
}
