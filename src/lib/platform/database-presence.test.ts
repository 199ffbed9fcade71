import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeDb, openUnknotDb } from './db';
import { databaseMayExist } from './database-presence';
import { useFreshDatabase } from './testing/fresh-database';

useFreshDatabase();

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('whether the database may exist', () => {
	it('says no before the app has opened it, and asking does not create it', async () => {
		expect(await databaseMayExist()).toBe(false);
		expect(await indexedDB.databases()).toEqual([]);
	});

	it('says yes once the app has opened it', async () => {
		(await openUnknotDb()).close();
		await closeDb();
		expect(await databaseMayExist()).toBe(true);
	});

	it('says yes where the browser cannot tell, so the caller reads storage and reports any trouble', async () => {
		vi.stubGlobal('indexedDB', undefined);
		expect(await databaseMayExist()).toBe(true);
		vi.stubGlobal('indexedDB', { open: () => undefined });
		expect(await databaseMayExist()).toBe(true);
		vi.stubGlobal('indexedDB', { databases: () => Promise.reject(new Error('denied')) });
		expect(await databaseMayExist()).toBe(true);
	});
});
