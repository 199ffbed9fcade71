/** For storage tests: every test gets a new, empty in-memory database, and the connection is closed after. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, vi } from 'vitest';
import { closeDb } from '../db';

/** Registers the hooks; warnings about unreadable records (expected in these tests) are kept quiet. */
export function useFreshDatabase(): void {
	beforeEach(() => {
		globalThis.indexedDB = new IDBFactory();
		vi.spyOn(console, 'warn').mockImplementation(() => {});
	});
	afterEach(async () => {
		vi.restoreAllMocks();
		await closeDb();
	});
}
