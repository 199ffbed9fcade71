import { describe, expect, it } from 'vitest';
import { buildSessionRecord } from '$lib/core/testing/records';
import * as store from '$lib/platform/session-store';
import { useFreshDatabase } from '$lib/platform/testing/fresh-database';
import { recentlyDeleted } from './recently-deleted.svelte';

useFreshDatabase();

describe('deleting a session, with undo', () => {
	it('deletes it, and Undo puts it back exactly as it was', async () => {
		const record = buildSessionRecord('s', 1000, { notes: 'tight', checkIns: [{ spot: 'Left hip', moment: 'after', score: 3, at: 2000 }] });
		await store.putSession(record);
		await recentlyDeleted.delete(record.id);
		expect(await store.getSession('s')).toBeUndefined();
		expect(recentlyDeleted.record).toEqual(record);
		expect(await recentlyDeleted.undo()).toBe(true);
		expect(await store.getSession('s')).toEqual(record);
		expect(recentlyDeleted.record).toBeNull();
	});

	it('puts back the session as it was stored when deleted, not as the deleting screen last read it', async () => {
		const opened = buildSessionRecord('s', 1000, { notes: 'as opened' });
		await store.putSession(opened);
		const changedElsewhere = { ...opened, notes: 'written in another tab', updatedAt: opened.updatedAt + 1 };
		await store.putSession(changedElsewhere);
		await recentlyDeleted.delete(opened.id);
		await recentlyDeleted.undo();
		expect(await store.getSession('s')).toEqual(changedElsewhere);
	});

	it('says so, and deletes nothing, when the session is already gone', async () => {
		await expect(recentlyDeleted.delete('gone')).rejects.toThrow('This session is no longer in your history.');
	});

	it('forgets the session on Dismiss, and then has nothing to undo', async () => {
		const record = buildSessionRecord('s', 1000);
		await store.putSession(record);
		await recentlyDeleted.delete(record.id);
		recentlyDeleted.dismiss();
		expect(await recentlyDeleted.undo()).toBe(false);
		expect(await store.getSession('s')).toBeUndefined();
	});
});
