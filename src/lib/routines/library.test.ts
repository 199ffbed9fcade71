import { describe, expect, it, vi } from 'vitest';
import { useFreshDatabase } from '$lib/platform/testing/fresh-database';
import { buildRoutine } from '$lib/core/testing/records';
import { closeDb, openUnknotDb } from '$lib/platform/db';
import { builtinRoutines } from './index';
import { addRoutine, getRoutine, listRoutines, replaceRoutine } from './library';
import { getRoutineRecord } from '$lib/platform/routine-store';

useFreshDatabase();

describe('the routine library', () => {
	it('lists the built-ins in display order and finds each by id', async () => {
		const { entries } = await listRoutines();
		expect(entries.map((e) => e.routine)).toEqual(builtinRoutines);
		expect(entries.every((e) => e.origin === 'built-in')).toBe(true);
		expect((await getRoutine('post-run-hip-reset'))?.routine.title).toBe('Post-run hip reset');
		expect(await getRoutine('nope')).toBeUndefined();
	});

	it("adds the user's own routines after the built-ins, by title, and finds them by id", async () => {
		await addRoutine(buildRoutine({ id: 'zz', title: 'Zed' }), 1);
		await addRoutine(buildRoutine({ id: 'aa', title: 'Desk break' }), 2);
		const { entries } = await listRoutines();
		expect(entries.slice(builtinRoutines.length).map((e) => [e.routine.title, e.origin])).toEqual([
			['Desk break', 'yours'],
			['Zed', 'yours']
		]);
		expect((await getRoutine('aa'))?.origin).toBe('yours');
	});

	it("replaces the user's routine of the same id, keeping when it was added, and never a built-in", async () => {
		await addRoutine(buildRoutine({ id: 'mine', title: 'Old' }), 1);
		expect(await replaceRoutine(buildRoutine({ id: 'mine', title: 'New' }), 5)).toMatchObject({ id: 'mine', title: 'New' });
		expect(await getRoutineRecord('mine')).toMatchObject({ createdAt: 1, updatedAt: 5, routine: { title: 'New' } });
		expect((await replaceRoutine(buildRoutine({ id: 'desk-break', title: 'My desk break' }), 6)).id).toBe('desk-break-2');
		expect((await getRoutine('desk-break'))?.routine.title).toBe('Desk break');
	});

	it("gives a fresh id to a routine whose id a built-in or another of the user's has", async () => {
		const first = await addRoutine(buildRoutine({ id: 'post-run-hip-reset', title: 'My hip reset' }));
		const second = await addRoutine(buildRoutine({ id: 'post-run-hip-reset', title: 'My other hip reset' }));
		expect([first.id, second.id]).toEqual(['post-run-hip-reset-2', 'post-run-hip-reset-3']);
		expect((await getRoutine('post-run-hip-reset'))?.routine.title).toBe('Post-run hip reset');
	});

	it("never writes over a routine of the user's that cannot be read: one saved under its id is kept beside it", async () => {
		const broken = { id: 'mine', recordVersion: 1, updatedAt: 0, createdAt: 0, routine: { id: 'mine', title: 'hand-edited', steps: 'none' } };
		const db = await openUnknotDb();
		await db.put('routines', broken);
		db.close();
		expect((await addRoutine(buildRoutine({ id: 'mine', title: 'Imported' }), 1)).id).toBe('mine-2');
		expect((await replaceRoutine(buildRoutine({ id: 'mine', title: 'Imported again' }), 2)).id).toBe('mine-3');
		const again = await openUnknotDb();
		expect(await again.get('routines', 'mine')).toEqual(broken);
		again.close();
	});

	it("shows the built-ins, says why, and reports an unreadable routine of the user's without hiding the rest", async () => {
		await addRoutine(buildRoutine({ id: 'mine' }));
		const db = await openUnknotDb();
		await db.put('routines', { id: 'broken', recordVersion: 1, updatedAt: 0, createdAt: 0, routine: { title: 'no steps' } });
		db.close();
		const library = await listRoutines();
		expect(library.entries.map((e) => e.routine.id)).toContain('mine');
		expect(library.unreadable.map((u) => u.key)).toEqual(['broken']);
		vi.stubGlobal('indexedDB', undefined);
		await closeDb();
		try {
			const offline = await listRoutines();
			expect(offline.entries).toHaveLength(builtinRoutines.length);
			expect(offline.error).toMatch(/no storage/);
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it("reports a routine of the user's stored under a built-in's id instead of listing the id twice", async () => {
		const db = await openUnknotDb();
		const shadow = { ...builtinRoutines[0]!, title: 'Shadow' };
		await db.put('routines', { recordVersion: 1, updatedAt: 1, createdAt: 1, id: shadow.id, routine: shadow });
		db.close();
		const library = await listRoutines();
		expect(library.entries.filter((e) => e.routine.id === shadow.id).map((e) => e.routine.title)).toEqual([builtinRoutines[0]!.title]);
		expect(library.unreadable).toEqual([expect.objectContaining({ key: shadow.id, reason: 'has the id of a built-in routine' })]);
	});
});
