import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPlanEntry } from '$lib/core/plan';
import { closeDb, withDb } from './db';
import { deletePlanEntry, listPlanEntries, putPlanEntry, updatePlanEntry } from './plan-store';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
	await closeDb();
});

const entry = buildPlanEntry('e1', { id: 'hip', title: 'Hip' }, { kind: 'days', weekdays: [0, 2], times: ['08:00'] }, '2026-11-22', 1000);

describe('the plan store', () => {
	it('keeps, lists and deletes entries', async () => {
		await putPlanEntry(entry);
		await putPlanEntry({ ...entry, id: 'e2', schedule: { kind: 'runs' } });
		expect((await listPlanEntries()).records.map((record) => record.id)).toEqual(['e1', 'e2']);
		await deletePlanEntry('e1');
		expect((await listPlanEntries()).records).toEqual([{ ...entry, id: 'e2', schedule: { kind: 'runs' } }]);
	});

	it('reports an entry changed by hand and leaves it as it is', async () => {
		await putPlanEntry(entry);
		await withDb((database) => database.put('planEntries', { ...entry, id: 'bad', schedule: { kind: 'days', weekdays: [], times: [] } }));
		const read = await listPlanEntries();
		expect(read.records.map((record) => record.id)).toEqual(['e1']);
		expect(read.unreadable).toEqual([{ kind: 'plan entry', key: 'bad', reason: expect.stringContaining('choose at least one day') }]);
		expect(await withDb((database) => database.get('planEntries', 'bad'))).toMatchObject({ id: 'bad' });
	});

	it('says when storage is full and keeps what was there', async () => {
		await putPlanEntry(entry);
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		try {
			await expect(putPlanEntry({ ...entry, routineTitle: 'Changed' })).rejects.toMatchObject({ reason: 'full' });
		} finally {
			IDBObjectStore.prototype.put = put;
		}
		expect((await listPlanEntries()).records).toEqual([entry]);
	});

	it('changes an entry as stored now, so a change made elsewhere since it was read is kept', async () => {
		await putPlanEntry(entry);
		// Another tab steps the dose up after this one read the entry.
		await putPlanEntry({ ...entry, dose: { clams: { reps: 12 } } });
		expect(await updatePlanEntry('e1', (current) => ({ ...current, schedule: { kind: 'runs' } }))).toBe('changed');
		expect((await listPlanEntries()).records).toEqual([{ ...entry, schedule: { kind: 'runs' }, dose: { clams: { reps: 12 } } }]);
	});

	it('writes nothing for an entry taken out meanwhile, or left as it is', async () => {
		expect(await updatePlanEntry('e1', (current) => ({ ...current, routineTitle: 'Back' }))).toBe('gone');
		expect((await listPlanEntries()).records).toEqual([]);
		await putPlanEntry(entry);
		expect(await updatePlanEntry('e1', () => null)).toBe('kept');
		expect((await listPlanEntries()).records).toEqual([entry]);
	});
});
