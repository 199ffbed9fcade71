import { describe, expect, it, vi } from 'vitest';
import { buildSessionRecord } from '$lib/core/testing/records';
import { editSession } from '$lib/history/check-in';
import { getSession, putSession } from '$lib/platform/session-store';
import { useFreshDatabase } from '$lib/platform/testing/fresh-database';
import { SessionEditor } from './session-editor.svelte';

const started = Date.parse('2026-11-20T18:00:00Z');
const hipBefore = { spot: 'Left hip', moment: 'before' as const, score: 5, at: started };
const hipAfter = { spot: 'Left hip', moment: 'after' as const, score: 3, at: started + 600_000 };

function setup(save = vi.fn<typeof editSession>(async (_id, edit) => buildSessionRecord('s', started, { checkIns: [...(edit.set ?? [])], notes: edit.notes }))) {
	const record = buildSessionRecord('s', started, { checkIns: [hipBefore, hipAfter], notes: 'tight' });
	const editor = new SessionEditor(record, 'UTC', save, () => Date.parse('2026-11-21T09:00:00Z'));
	return { editor, save };
}

describe('editing a session in the history', () => {
	it('changes a score, removes one, adds a next-day score, and saves them in one change', async () => {
		const { editor, save } = setup();
		editor.edit();
		editor.checkIns[0]!.score = 6;
		editor.remove(1);
		editor.adding = { spot: 'Left hip', moment: 'next-day', score: 2 };
		expect(editor.canAdd).toBe(true);
		editor.add();
		editor.notes = 'better next morning';
		await editor.save();
		expect(save).toHaveBeenCalledWith(
			's',
			{
				set: [{ ...hipBefore, score: 6 }, { spot: 'Left hip', moment: 'next-day', score: 2, at: Date.parse('2026-11-21T09:00:00Z') }],
				remove: [hipAfter],
				notes: 'better next morning'
			},
			Date.parse('2026-11-21T09:00:00Z')
		);
		expect(editor.status).toBe('viewing');
	});

	it('sends only what changed: an unchanged score and note are not written over another tab’s', async () => {
		const { editor, save } = setup();
		editor.edit();
		editor.checkIns[1]!.score = 1;
		await editor.save();
		expect(save).toHaveBeenCalledWith('s', { set: [{ ...hipAfter, score: 1 }], remove: [] }, expect.any(Number));
	});

	it('drops the working copy on Cancel, leaving the session as it was', () => {
		const { editor, save } = setup();
		editor.edit();
		editor.remove(0);
		editor.cancel();
		expect(editor.record.checkIns).toEqual([hipBefore, hipAfter]);
		editor.edit();
		expect(editor.checkIns).toEqual([hipBefore, hipAfter]);
		expect(save).not.toHaveBeenCalled();
	});

	it('keeps the working copy and says why when saving fails', async () => {
		const { editor } = setup(vi.fn<typeof editSession>().mockRejectedValue(new Error('Your phone is out of storage space for Unknot.')));
		editor.edit();
		editor.remove(0);
		await editor.save();
		expect(editor.status).toBe('failed');
		expect(editor.error).toMatch(/out of storage/);
		expect(editor.checkIns).toEqual([hipAfter]);
		expect(editor.record.checkIns).toEqual([hipBefore, hipAfter]);
	});

	it('adds nothing without a spot and a score', () => {
		const { editor } = setup();
		editor.edit();
		editor.adding = { spot: '  ', moment: 'after', score: 4 };
		expect(editor.canAdd).toBe(false);
		editor.add();
		expect(editor.checkIns).toHaveLength(2);
	});
});

describe('two tabs editing one session', () => {
	useFreshDatabase();

	it('keeps both tabs’ changes: each saves only its own', async () => {
		const stored = buildSessionRecord('s', started, { checkIns: [hipBefore, hipAfter], notes: 'original' });
		await putSession(stored);
		const tabA = new SessionEditor(stored, 'UTC', editSession, () => started + 3_600_000);
		const tabB = new SessionEditor(stored, 'UTC', editSession, () => started + 3_600_000);
		tabA.edit();
		tabB.edit();
		tabB.notes = 'written in tab B';
		tabB.remove(1);
		await tabB.save();
		tabA.checkIns[0]!.score = 7;
		await tabA.save();
		const final = await getSession('s');
		expect(final?.notes).toBe('written in tab B');
		expect(final?.checkIns).toEqual([{ ...hipBefore, score: 7 }]);
	});
});
