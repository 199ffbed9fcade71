import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './testing/fresh-database';
import { buildRoutine } from '$lib/core/testing/records';
import { buildUserRoutineRecord } from '$lib/core/user-routine';
import { openUnknotDb } from './db';
import { deleteRoutineRecord, getRoutineRecord, hasRoutineRecord, listRoutineRecords, putRoutineRecord, takeRoutineRecord } from './routine-store';

useFreshDatabase();

describe("the user's routines store", () => {
	it('keeps, replaces under the same id, lists and deletes routines', async () => {
		const routine = buildRoutine({ id: 'desk-break', title: 'Desk break' });
		await putRoutineRecord(buildUserRoutineRecord(routine, 1));
		await putRoutineRecord(buildUserRoutineRecord({ ...routine, title: 'Desk break, longer' }, 2, 1));
		expect((await getRoutineRecord('desk-break'))?.routine.title).toBe('Desk break, longer');
		expect((await listRoutineRecords()).records).toHaveLength(1);
		await deleteRoutineRecord('desk-break');
		expect(await getRoutineRecord('desk-break')).toBeUndefined();
	});

	it('reports a routine that no longer validates, by its key, and keeps it', async () => {
		const db = await openUnknotDb();
		const broken = { ...buildUserRoutineRecord(buildRoutine({ id: 'broken' }), 1), routine: { id: 'broken', steps: 'none' } };
		await db.put('routines', broken);
		db.close();
		const read = await listRoutineRecords();
		expect(read.records).toEqual([]);
		expect(read.unreadable).toEqual([expect.objectContaining({ kind: 'routine', key: 'broken' })]);
		expect(await getRoutineRecord('broken')).toBeUndefined();
		expect(await hasRoutineRecord('broken')).toBe(true);
		expect(await hasRoutineRecord('never-stored')).toBe(false);
	});
});

describe('taking a routine for undo', () => {
	it('deletes it and hands back the record as stored, or refuses when it is gone', async () => {
		const record = buildUserRoutineRecord(buildRoutine({ id: 'mine' }), 5);
		await putRoutineRecord(record);
		expect(await takeRoutineRecord('mine')).toEqual(record);
		expect(await getRoutineRecord('mine')).toBeUndefined();
		await expect(takeRoutineRecord('mine')).rejects.toMatchObject({ reason: 'gone' });
	});
});
