import { describe, expect, it } from 'vitest';
import { buildRoutine } from '$lib/core/testing/records';
import { listRoutineRecords } from '$lib/platform/routine-store';
import { useFreshDatabase } from '$lib/platform/testing/fresh-database';
import { addRoutine, getRoutine } from './library';
import { recentlyDeletedRoutine } from './recently-deleted-routine.svelte';

useFreshDatabase();

describe('undoing the delete of a routine of your own', () => {
	it('puts the deleted routine back beside one imported under its id since, never over it', async () => {
		await addRoutine(buildRoutine({ id: 'mine', title: 'Old plan' }), 1);
		await recentlyDeletedRoutine.delete('mine');
		// Before Undo, the same routine, updated by the physiotherapist, is imported again.
		await addRoutine(buildRoutine({ id: 'mine', title: 'New plan' }), 2);
		expect(await recentlyDeletedRoutine.undo()).toBe(true);
		expect((await getRoutine('mine'))?.routine.title).toBe('New plan');
		const { records } = await listRoutineRecords();
		expect(records.map((record) => [record.id, record.routine.id, record.routine.title, record.createdAt]).sort()).toEqual([
			['mine', 'mine', 'New plan', 2],
			['mine-2', 'mine-2', 'Old plan', 1]
		]);
	});
});
