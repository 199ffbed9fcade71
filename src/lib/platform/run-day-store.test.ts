import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, withDb } from './db';
import { changeRuns, listRunDays } from './run-day-store';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
	await closeDb();
});

describe('the run days store', () => {
	it('counts runs a day, between none and three, and forgets a day back at none', async () => {
		expect(await changeRuns('2026-11-22', 1, 10)).toBe(1);
		expect(await Promise.all([changeRuns('2026-11-22', 1, 20), changeRuns('2026-11-22', 1, 30)])).toEqual([2, 3]);
		expect(await changeRuns('2026-11-22', 1, 40)).toBe(3);
		expect((await listRunDays()).records).toEqual([{ recordVersion: 1, updatedAt: 30, day: '2026-11-22', count: 3 }]);
		expect(await changeRuns('2026-11-22', -3)).toBe(0);
		expect((await listRunDays()).records).toEqual([]);
	});

	it('replaces a day changed by hand into nonsense, and reports it until then', async () => {
		await withDb((database) => database.put('runDays', { day: '2026-11-22', count: 'many' }));
		expect((await listRunDays()).unreadable).toEqual([{ kind: 'run day', key: '2026-11-22', reason: expect.any(String) }]);
		expect(await changeRuns('2026-11-22', 1, 5)).toBe(1);
		expect((await listRunDays()).records).toEqual([{ recordVersion: 1, updatedAt: 5, day: '2026-11-22', count: 1 }]);
	});
});
