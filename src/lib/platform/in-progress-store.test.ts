import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './testing/fresh-database';
import { buildRoutine, buildSessionInProgress, buildSessionRecord } from '$lib/core/testing/records';
import { openUnknotDb } from './db';
import { deleteInProgress, getInProgress, listInProgress, putInProgress } from './in-progress-store';
import { fileSession } from './session-store';

useFreshDatabase();

describe('the sessions-in-progress store', () => {
	it('keeps one checkpoint per session, each replaced only by its own session', async () => {
		await putInProgress(buildSessionInProgress('a', undefined, 1_000_000, 1000));
		await putInProgress(buildSessionInProgress('b'));
		await putInProgress(buildSessionInProgress('a', undefined, 1_000_000, 6000));
		const { records } = await listInProgress();
		expect(records.map((r) => [r.sessionId, r.updatedAt])).toEqual([
			['a', 1_006_000],
			['b', 1_001_000]
		]);
		expect((await getInProgress('b'))?.sessionId).toBe('b');
		await deleteInProgress('a');
		expect((await listInProgress()).records.map((r) => r.sessionId)).toEqual(['b']);
	});

	it('never brings a filed session back as in progress', async () => {
		await fileSession(buildSessionRecord('done', 1000), buildRoutine());
		expect(await putInProgress(buildSessionInProgress('done'))).toBe('already-filed');
		expect((await listInProgress()).records).toEqual([]);
	});

	it('reports a malformed checkpoint by its key and can discard it', async () => {
		const db = await openUnknotDb();
		const { routine: _routine, ...noRoutine } = buildSessionInProgress('broken');
		await db.put('inProgress', noRoutine);
		db.close();
		await putInProgress(buildSessionInProgress('fine'));
		const read = await listInProgress();
		expect(read.records.map((r) => r.sessionId)).toEqual(['fine']);
		expect(read.unreadable).toEqual([expect.objectContaining({ kind: 'session in progress', key: 'broken' })]);
		expect(await getInProgress('broken')).toBeUndefined();
		await deleteInProgress('broken');
		expect((await listInProgress()).unreadable).toEqual([]);
	});

	it('deletes an unreadable record by its key as stored, never a good record whose id reads the same', async () => {
		const good = buildSessionInProgress('abc');
		await putInProgress(good);
		const db = await openUnknotDb();
		await db.put('inProgress', { ...good, sessionId: ['abc'], routine: 'broken' } as unknown as never);
		await db.put('inProgress', { ...good, sessionId: 42, routine: null } as unknown as never);
		db.close();
		const { unreadable } = await listInProgress();
		expect(unreadable.map((u) => u.key)).toEqual([42, ['abc']]);
		for (const { key } of unreadable) await deleteInProgress(key as IDBValidKey);
		const after = await listInProgress();
		expect(after.unreadable).toEqual([]);
		expect(after.records.map((r) => r.sessionId)).toEqual(['abc']);
	});
});
