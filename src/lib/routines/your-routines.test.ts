import { describe, expect, it, vi } from 'vitest';
import { buildRoutine } from '$lib/core/testing/records';
import { closeDb, openUnknotDb } from '$lib/platform/db';
import { useFreshDatabase } from '$lib/platform/testing/fresh-database';
import { listYourRoutines } from './your-routines';

useFreshDatabase();

async function store(...records: unknown[]) {
	const db = await openUnknotDb();
	for (const record of records) await db.put('routines', record);
	db.close();
}

const record = (id: string, title: string) => ({ recordVersion: 1, updatedAt: 0, createdAt: 0, id, routine: buildRoutine({ id, title }) });
const noBuiltins = () => false;

describe("the user's own routines", () => {
	it('lists them by title', async () => {
		await store(record('b', 'Zed'), record('a', 'Alpha'));
		const yours = await listYourRoutines(noBuiltins);
		expect(yours.routines.map((routine) => routine.title)).toEqual(['Alpha', 'Zed']);
		expect(yours).toMatchObject({ unreadable: [], error: null });
	});

	it("reports one stored under a built-in's id instead of listing it, and one that cannot be read", async () => {
		await store(record('desk-break', 'Shadow'), record('mine', 'Mine'), { id: 'broken', recordVersion: 1, updatedAt: 0, createdAt: 0, routine: { title: 'no steps' } });
		const yours = await listYourRoutines((id) => id === 'desk-break');
		expect(yours.routines.map((routine) => routine.id)).toEqual(['mine']);
		expect(yours.unreadable.map((unreadable) => [unreadable.key, unreadable.reason === 'has the id of a built-in routine'])).toEqual([
			['broken', false],
			['desk-break', true]
		]);
	});

	it('never rejects: without storage it lists none and says why', async () => {
		vi.stubGlobal('indexedDB', undefined);
		await closeDb();
		try {
			const yours = await listYourRoutines(noBuiltins);
			expect(yours.routines).toEqual([]);
			expect(yours.error).toMatch(/no storage/);
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
