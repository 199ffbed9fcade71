import { describe, expect, it, vi } from 'vitest';
import { useFreshDatabase } from '$lib/platform/testing/fresh-database';
import { buildRoutine, buildSessionInProgress } from '$lib/core/testing/records';
import { openUnknotDb } from '$lib/platform/db';
import { listInProgress, putInProgress } from '$lib/platform/in-progress-store';
import { listSessions } from '$lib/platform/session-store';
import { discardInProgress, fileOthersInProgress, readSessionsInProgress } from './sessions-in-progress';

useFreshDatabase();

describe('sessions in progress, as the screens use them', () => {
	it('files the routine left in progress as ended, and never touches the one just started', async () => {
		await putInProgress(buildSessionInProgress('left', buildRoutine({ id: 'hip-reset' }), 1_000_000, 6000));
		await putInProgress(buildSessionInProgress('new', buildRoutine({ id: 'cool-down' }), 1_010_000, 0));
		await fileOthersInProgress('new');
		expect((await listInProgress()).records.map((s) => s.sessionId)).toEqual(['new']);
		const { records } = await listSessions();
		expect(records).toEqual([expect.objectContaining({ id: 'left', routineId: 'hip-reset', status: 'partial', activeSeconds: 6 })]);
	});

	it('leaves an unreadable one for the user, who can discard it', async () => {
		const db = await openUnknotDb();
		await db.put('inProgress', { sessionId: 'broken' });
		db.close();
		await fileOthersInProgress('new');
		const read = await readSessionsInProgress();
		expect(read.unreadable.map((u) => u.key)).toEqual(['broken']);
		await discardInProgress('broken');
		expect((await readSessionsInProgress()).unreadable).toEqual([]);
	});

	it('reads softly: no storage gives none and says why', async () => {
		vi.stubGlobal('indexedDB', undefined);
		try {
			const read = await readSessionsInProgress();
			expect(read.records).toEqual([]);
			expect(read.error).toMatch(/no storage/);
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('files nothing, and says nothing is wrong, when there is nothing it can read', async () => {
		vi.stubGlobal('indexedDB', undefined);
		try {
			await expect(fileOthersInProgress('new')).resolves.toBeUndefined();
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
