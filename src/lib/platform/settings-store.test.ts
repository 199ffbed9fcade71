import { describe, expect, it, vi } from 'vitest';
import { useFreshDatabase } from './testing/fresh-database';
import { DEFAULT_SETTINGS } from '$lib/core/settings';
import { closeDb, openUnknotDb } from './db';
import { getSettings, putSetting } from './settings-store';

useFreshDatabase();

/** Writes a raw record into the settings store. */
async function writeSettingRecord(value: unknown) {
	const db = await openUnknotDb();
	await db.put('settings', value);
	db.close();
}

describe('the settings store', () => {
	it('gives the defaults on a fresh install and keeps what is saved, stamped', async () => {
		expect(await getSettings()).toEqual({ settings: DEFAULT_SETTINGS, unreadable: [], error: null });
		await putSetting('getReadyOverrideSeconds', 10, 1234);
		await closeDb();
		expect((await getSettings()).settings.getReadyOverrideSeconds).toBe(10);
		const db = await openUnknotDb();
		expect(await db.get('settings', 'getReadyOverrideSeconds')).toEqual({ key: 'getReadyOverrideSeconds', value: 10, recordVersion: 1, updatedAt: 1234 });
		db.close();
	});

	it('uses the default for a malformed or out-of-range setting and reports it', async () => {
		await putSetting('voice', false);
		const db = await openUnknotDb();
		await db.put('settings', { key: 'volume', value: 7, recordVersion: 1, updatedAt: 0 });
		await db.put('settings', { key: 'sound', value: false });
		db.close();
		await writeSettingRecord({ key: 'fontSize', value: 'huge', recordVersion: 1, updatedAt: 0 }); // a setting this version does not know
		const { settings, unreadable } = await getSettings();
		expect(settings).toEqual({ ...DEFAULT_SETTINGS, voice: false });
		expect(unreadable.map((u) => u.key).sort()).toEqual(['sound', 'volume']);
		expect(unreadable.find((u) => u.key === 'volume')).toEqual({ kind: 'setting', key: 'volume', reason: 'value out of range' });
	});

	it('falls back to the defaults, and says why, when storage cannot be read', async () => {
		vi.stubGlobal('indexedDB', undefined);
		try {
			const read = await getSettings();
			expect(read.settings).toEqual(DEFAULT_SETTINGS);
			expect(read.error).toMatch(/no storage/);
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
