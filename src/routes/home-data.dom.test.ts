import { describe, expect, it } from 'vitest';
import { summarizeRoutine } from '$lib/core/routine-summary';
import { buildRoutine } from '$lib/core/testing/records';
import { openUnknotDb } from '$lib/platform/db';
import { putSetting } from '$lib/platform/settings-store';
import { useFreshDatabase } from '$lib/platform/testing/fresh-database';
import { builtinRoutines } from '$lib/routines/index';
import { addRoutine } from '$lib/routines/library';
import { deleteRoutineRecord } from '$lib/platform/routine-store';
import { buildPlanEntry, type Weekday } from '$lib/core/plan';
import { putPlanEntry } from '$lib/platform/plan-store';
import type { ListedRoutine } from './home.svelte';
import { readHome } from './home-data';

useFreshDatabase();

/** The built-ins as the prerendered page hands them over. */
const prerendered: ListedRoutine[] = builtinRoutines.map((routine) => ({ ...summarizeRoutine(routine), origin: 'built-in' }));

describe("the library's reading of this phone", () => {
	it("keeps the prerendered built-ins as they are and lists the user's own after them", async () => {
		await addRoutine(buildRoutine({ id: 'mine', title: 'Mine' }), 1);
		const home = await readHome(prerendered);
		expect(home.routines.slice(0, prerendered.length)).toEqual(prerendered);
		expect(home.routines.slice(prerendered.length).map((routine) => [routine.id, routine.origin])).toEqual([['mine', 'yours']]);
		expect(home).toMatchObject({ storageError: null, unreadableRoutines: null, inProgress: [] });
	});

	it('summarizes the built-ins again when a setting changes their length', async () => {
		await putSetting('getReadyOverrideSeconds', 30, 1);
		const home = await readHome(prerendered);
		const withSetting = builtinRoutines.map((routine) => summarizeRoutine(routine, { getReadySeconds: 30 }).totalMs);
		expect(home.routines.map((routine) => routine.totalMs)).toEqual(withSetting);
		expect(withSetting).not.toEqual(prerendered.map((routine) => routine.totalMs));
	});

	it("reports a routine stored under a built-in's id, which the prerendered list already shows", async () => {
		const db = await openUnknotDb();
		await db.put('routines', { recordVersion: 1, updatedAt: 1, createdAt: 1, id: 'desk-break', routine: buildRoutine({ id: 'desk-break', title: 'Shadow' }) });
		db.close();
		const home = await readHome(prerendered);
		expect(home.routines.filter((routine) => routine.id === 'desk-break').map((routine) => routine.title)).toEqual(['Desk break']);
		expect(home.unreadableRoutines).toMatch(/routine/);
	});

	it('leaves a planned routine that was deleted off Today', async () => {
		await addRoutine(buildRoutine({ id: 'mine', title: 'Mine' }), 1);
		const every = { kind: 'days' as const, weekdays: [0, 1, 2, 3, 4, 5, 6] as Weekday[], times: ['00:00'] };
		await putPlanEntry(buildPlanEntry('e1', { id: 'mine', title: 'Mine' }, every, '2020-01-01', 1));
		await putPlanEntry(buildPlanEntry('e2', { id: 'desk-break', title: 'Desk break' }, every, '2020-01-01', 1));
		expect((await readHome(prerendered)).today?.items.map((item) => item.entry.routineId).sort()).toEqual(['desk-break', 'mine']);
		await deleteRoutineRecord('mine');
		expect((await readHome(prerendered)).today?.items.map((item) => item.entry.routineId)).toEqual(['desk-break']);
	});
});
