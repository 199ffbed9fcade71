import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blankForm } from '$lib/core/routine-form';
import { buildRoutineDraft, NEW_ROUTINE_DRAFT } from '$lib/core/routine-draft';
import { closeDb, withDb } from './db';
import { deleteDraft, getDraft, putDraft } from './draft-store';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

afterEach(async () => {
	await closeDb();
});

describe('the draft store', () => {
	it('keeps a draft, gives it back parsed, and deletes it', async () => {
		const draft = buildRoutineDraft(NEW_ROUTINE_DRAFT, null, blankForm('s1'), 1000);
		expect(await getDraft(NEW_ROUTINE_DRAFT)).toBeUndefined();
		await putDraft(draft);
		expect(await getDraft(NEW_ROUTINE_DRAFT)).toEqual(draft);
		await deleteDraft(NEW_ROUTINE_DRAFT);
		expect(await getDraft(NEW_ROUTINE_DRAFT)).toBeUndefined();
	});

	it('says a hand-edited draft is unreadable, and leaves it as it is', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const broken = { ...buildRoutineDraft('mine', null, blankForm('s1'), 1000), form: { title: 42 } };
		await withDb((database) => database.put('drafts', broken));
		expect(await getDraft('mine')).toBe('unreadable');
		expect(await withDb((database) => database.get('drafts', 'mine'))).toEqual(broken);
	});

	it('refuses a full disk with words a person can act on', async () => {
		await getDraft('warm-up'); // opens the connection
		const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		await expect(putDraft(buildRoutineDraft('mine', null, blankForm('s1'), 1000))).rejects.toMatchObject({ reason: 'full' });
		put.mockRestore();
	});
});
