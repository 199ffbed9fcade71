import { describe, expect, it, vi } from 'vitest';
import { useFreshDatabase } from './testing/fresh-database';
import { buildRoutine, buildSessionInProgress, buildSessionRecord } from '$lib/core/testing/records';
import { hashRoutine } from '$lib/core/routine-content';
import { openUnknotDb } from './db';
import { getRoutineContent } from './routine-content-store';
import { listInProgress, putInProgress } from './in-progress-store';
import {
	countSessionsOutsideIndex,
	deleteSession,
	fileSession,
	getLatestSession,
	getSession,
	listSessionPage,
	listSessions,
	listSessionsBetween,
	listSessionStartsBetween,
	putSession,
	updateSession,
	visitSessionStarts
} from './session-store';

useFreshDatabase();

/** Writes a value straight into the sessions store, as a hand edit or another app could. */
async function writeRaw(value: unknown) {
	const db = await openUnknotDb();
	await db.put('sessions', value);
	db.close();
}

describe('the history store', () => {
	it('keeps sessions and lists them newest first', async () => {
		await putSession(buildSessionRecord('a', 1000));
		await putSession(buildSessionRecord('c', 3000, { status: 'partial' }));
		await putSession(buildSessionRecord('b', 2000));
		const { records } = await listSessions();
		expect(records.map((s) => s.id)).toEqual(['c', 'b', 'a']);
		expect(records[0]).toEqual(buildSessionRecord('c', 3000, { status: 'partial' }));
		expect(await getSession('b')).toEqual(buildSessionRecord('b', 2000));
		expect(await getSession('none')).toBeUndefined();
	});

	it('lists every good session beside a malformed one, and reports that one without touching it', async () => {
		await putSession(buildSessionRecord('good', 1000));
		const bad = { ...buildSessionRecord('bad-date', 2000), startedAt: 'last Tuesday' };
		const noSteps: Record<string, unknown> = { ...buildSessionRecord('no-steps', 3000) };
		delete noSteps.steps;
		await writeRaw(bad);
		await writeRaw(noSteps);
		const { records, unreadable } = await listSessions();
		expect(records.map((s) => s.id)).toEqual(['good']);
		expect(unreadable.map((u) => u.key).sort()).toEqual(['bad-date', 'no-steps']);
		const db = await openUnknotDb();
		expect(await db.get('sessions', 'bad-date')).toEqual(bad);
		db.close();
	});

	it('files a session and deletes only its own session in progress', async () => {
		await putInProgress(buildSessionInProgress('mine'));
		await putInProgress(buildSessionInProgress('other'));
		expect(await fileSession(buildSessionRecord('mine', 1000), buildRoutine())).toBe('filed');
		expect((await listInProgress()).records.map((s) => s.sessionId)).toEqual(['other']);
		expect((await listSessions()).records.map((s) => s.id)).toEqual(['mine']);
	});

	it('files the content the session ran once per content version, and points the session at it', async () => {
		const routine = buildRoutine();
		await fileSession(buildSessionRecord('one', 1000), routine);
		await fileSession(buildSessionRecord('two', 2000), routine);
		await fileSession(buildSessionRecord('three', 3000), { ...routine, title: 'Edited' });
		const { records } = await listSessions();
		expect(records.map((s) => s.routineHash)).toEqual([hashRoutine({ ...routine, title: 'Edited' }), hashRoutine(routine), hashRoutine(routine)]);
		expect((await getRoutineContent(hashRoutine(routine)))?.routine).toEqual(routine);
		const db = await openUnknotDb();
		expect(await db.count('routineContents')).toBe(2);
		db.close();
	});

	it('never overwrites a filed session: an End in one tab is not replaced by a completion in another', async () => {
		await fileSession(buildSessionRecord('s', 1000, { status: 'partial' }), buildRoutine());
		expect(await fileSession(buildSessionRecord('s', 1000, { status: 'completed' }), buildRoutine())).toBe('already-filed');
		expect((await getSession('s'))?.status).toBe('partial');
	});

	it('changes a stored session in one read-and-write, and refuses one that is gone', async () => {
		await putSession(buildSessionRecord('s', 1000));
		const updated = await updateSession('s', (record) => ({ ...record, notes: 'eased' }));
		expect(updated.notes).toBe('eased');
		expect((await getSession('s'))?.notes).toBe('eased');
		await expect(updateSession('gone', (record) => record)).rejects.toThrow(/no longer in your history/);
	});

	it('reports a full disk and keeps what was saved', async () => {
		await putSession(buildSessionRecord('kept', 1000));
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('quota', 'QuotaExceededError');
		});
		const failure = putSession(buildSessionRecord('new', 2000));
		await expect(failure).rejects.toMatchObject({ name: 'StorageError', reason: 'full' });
		await expect(failure).rejects.toThrow(/out of storage space/);
		vi.mocked(IDBObjectStore.prototype.put).mockRestore();
		expect((await listSessions()).records.map((s) => s.id)).toEqual(['kept']);
	});
});

describe('reading the history a page at a time', () => {
	async function pagesOf(size: number) {
		const ids: string[][] = [];
		let page = await listSessionPage(null, size);
		ids.push(page.records.map((r) => r.id));
		while (page.next) {
			page = await listSessionPage(page.next, size);
			ids.push(page.records.map((r) => r.id));
		}
		return ids;
	}

	it('gives every session once, newest first, even where several started at the same instant', async () => {
		for (const [id, at] of [['a', 1000], ['b', 2000], ['c', 2000], ['d', 2000], ['e', 3000], ['f', 500]] as const) {
			await putSession(buildSessionRecord(id, at));
		}
		expect(await pagesOf(2)).toEqual([['e', 'd'], ['c', 'b'], ['a', 'f']]);
		expect((await pagesOf(4)).flat()).toEqual(['e', 'd', 'c', 'b', 'a', 'f']);
	});

	it('reports a malformed record in its page, and counts one with no start time as outside every page', async () => {
		await putSession(buildSessionRecord('good', 1000));
		await writeRaw({ ...buildSessionRecord('no-steps', 2000), steps: 'none' });
		await writeRaw({ ...buildSessionRecord('text-start', 3000), startedAt: 'last Tuesday' });
		const { startedAt: _gone, ...noStart } = buildSessionRecord('no-start', 4000);
		await writeRaw(noStart);
		const page = await listSessionPage(null, 10);
		expect(page.records.map((r) => r.id)).toEqual(['good']);
		expect(page.unreadable.map((u) => u.key)).toEqual(['no-steps']);
		expect(page.next).toBeNull();
		expect(await countSessionsOutsideIndex()).toBe(2);
		expect((await getLatestSession())?.id).toBe('good');
	});

	it('reads the sessions of a time range, and the start times alone, newest first', async () => {
		for (const [id, at] of [['a', 1000], ['b', 2000], ['c', 3000]] as const) await putSession(buildSessionRecord(id, at));
		expect((await listSessionsBetween(1000, 3000)).records.map((r) => r.id)).toEqual(['b', 'a']);
		expect((await listSessionsBetween(3000, 1000)).records).toEqual([]);
		const starts: number[] = [];
		await visitSessionStarts((startedAt) => {
			starts.push(startedAt);
			return starts.length < 2;
		});
		expect(starts).toEqual([3000, 2000]);
		expect(await listSessionStartsBetween(1000, 3000)).toEqual([2000, 1000]);
		expect(await listSessionStartsBetween(3000, 3000)).toEqual([]);
	});

	it('deletes a session, and has no latest one when the history is empty', async () => {
		await putSession(buildSessionRecord('a', 1000));
		await deleteSession('a');
		expect(await getSession('a')).toBeUndefined();
		expect(await getLatestSession()).toBeUndefined();
	});
});
