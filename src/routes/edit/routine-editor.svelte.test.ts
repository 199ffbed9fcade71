import { describe, expect, it, vi } from 'vitest';
import { buildRoutineDraft } from '$lib/core/routine-draft';
import { formOf } from '$lib/core/routine-form';
import type { Routine } from '$lib/core/routine-schema';
import { buildRoutine } from '$lib/core/testing/records';
import { copyTitle, RoutineEditor, type EditorDeps } from './routine-editor.svelte';

function deps(overrides: Partial<EditorDeps> = {}) {
	let key = 0;
	return {
		putDraft: vi.fn<EditorDeps['putDraft']>(async () => {}),
		deleteDraft: vi.fn<EditorDeps['deleteDraft']>(async () => {}),
		addRoutine: vi.fn<EditorDeps['addRoutine']>(async (routine) => routine),
		replaceRoutine: vi.fn<EditorDeps['replaceRoutine']>(async (routine) => routine),
		getRoutine: vi.fn<EditorDeps['getRoutine']>(async () => ({ routine: MINE, origin: 'yours' })),
		now: () => 5000,
		newKey: () => `key-${++key}`,
		...overrides
	};
}

const MINE: Routine = buildRoutine({ id: 'mine', title: 'Mine' });

describe('the routine editor', () => {
	it('saves the user’s routine in place once valid, and drops the draft', async () => {
		const d = deps();
		const editor = new RoutineEditor({ routine: { routine: MINE, origin: 'yours' } }, d);
		expect(editor.dirty).toBe(false);
		editor.form.steps[0]!.seconds = '45';
		editor.changed();
		await editor.settled();
		expect(editor.dirty).toBe(true);
		expect(d.putDraft).toHaveBeenCalledWith(expect.objectContaining({ key: 'mine', base: expect.objectContaining({ id: 'mine', origin: 'yours' }), updatedAt: 5000 }));
		const saved = await editor.save();
		expect(saved?.steps[0]).toMatchObject({ seconds: 45 });
		expect(d.replaceRoutine).toHaveBeenCalledWith(expect.objectContaining({ id: 'mine' }));
		expect(d.deleteDraft).toHaveBeenLastCalledWith('mine');
		expect(editor.dirty).toBe(false);
	});

	it('saves a built-in’s copy under an id from its title, leaving the built-in alone', async () => {
		const d = deps();
		const editor = new RoutineEditor({ routine: { routine: { ...MINE, id: 'desk-break', title: 'Desk break' }, origin: 'built-in' } }, d);
		expect(editor.form.title).toBe('Desk break (mine)');
		expect(editor.draftKey).toBe('desk-break');
		const saved = await editor.save();
		expect(saved?.id).toBe('desk-break-mine');
		expect(d.addRoutine).toHaveBeenCalledOnce();
		expect(d.replaceRoutine).not.toHaveBeenCalled();
		expect(copyTitle('x'.repeat(80))).toHaveLength(80);
	});

	it('refuses to save an invalid routine, saying how many fields need fixing', async () => {
		const d = deps();
		const editor = new RoutineEditor({ routine: null }, d);
		expect(await editor.save()).toBeNull();
		expect(editor.saveProblem).toBe('This routine cannot be saved yet: 2 fields need fixing (marked below).');
		expect(d.addRoutine).not.toHaveBeenCalled();
	});

	it('adds, duplicates, moves and deletes steps, and undoes a delete in place', () => {
		const editor = new RoutineEditor({ routine: { routine: MINE, origin: 'yours' } }, deps());
		const names = () => editor.form.steps.map((step) => step.name);
		editor.duplicateStep(0);
		expect(names()).toEqual(['Hold', 'Hold', 'Plank']);
		editor.addStep('rest');
		expect(editor.form.steps[3]).toMatchObject({ kind: 'rest', seconds: '15' });
		expect(editor.openStep).toBe(editor.form.steps[3]!.key);
		editor.moveStep(3, -1);
		expect(names()).toEqual(['Hold', 'Hold', '', 'Plank']);
		editor.moveStep(0, -1);
		editor.moveStep(3, 1);
		expect(names()).toEqual(['Hold', 'Hold', '', 'Plank']);
		editor.deleteStep(1);
		expect(names()).toEqual(['Hold', '', 'Plank']);
		editor.undoDelete();
		expect(names()).toEqual(['Hold', 'Hold', '', 'Plank']);
		expect(editor.deleted).toBeNull();
	});

	it('carries on with a kept draft, and says when the routine changed since', () => {
		const form = formOf({ ...MINE, title: 'Mine, edited' }, (i) => `k${i}`);
		const draft = buildRoutineDraft('mine', { id: 'mine', origin: 'yours', hash: 'older' }, form, 1234);
		const editor = new RoutineEditor({ routine: { routine: MINE, origin: 'yours' }, draft }, deps());
		expect(editor.form.title).toBe('Mine, edited');
		expect(editor.resumedFrom).toBe(1234);
		expect(editor.baseChanged).toBe(true);
		expect(new RoutineEditor({ routine: { routine: MINE, origin: 'yours' }, draft: 'unreadable' }, deps()).draftUnreadable).toBe(true);
	});

	it('says when the draft cannot be kept, and keeps the form; a full disk on save changes nothing', async () => {
		const full = new Error('Your phone is out of storage space for Unknot.');
		const d = deps({ putDraft: vi.fn(async () => Promise.reject(full)), replaceRoutine: vi.fn(async () => Promise.reject(full)) });
		const editor = new RoutineEditor({ routine: { routine: MINE, origin: 'yours' } }, d);
		editor.form.title = 'Mine again';
		editor.changed();
		await editor.settled();
		expect(editor.draftProblem).toMatch(/^Your changes are not being kept on this phone yet, so a reload would lose them: Your phone is out of storage/);
		expect(await editor.save()).toBeNull();
		expect(editor.saveProblem).toBe('The routine was not saved: Your phone is out of storage space for Unknot.');
		expect(editor.dirty).toBe(true);
		expect(editor.form.title).toBe('Mine again');
	});

	it('writes the draft once more after a burst of changes, not once per keystroke in flight', async () => {
		const putDraft = vi.fn<EditorDeps['putDraft']>(async () => {});
		const editor = new RoutineEditor({ routine: { routine: MINE, origin: 'yours' } }, deps({ putDraft }));
		for (const title of ['M', 'Mi', 'Min', 'Mine 2']) {
			editor.form.title = title;
			editor.changed();
		}
		await editor.settled();
		expect(putDraft).toHaveBeenCalledTimes(2);
		expect(putDraft.mock.lastCall?.[0].form.title).toBe('Mine 2');
	});

	it('discards: back to the routine as saved, and the draft deleted', async () => {
		const d = deps();
		const editor = new RoutineEditor({ routine: { routine: MINE, origin: 'yours' } }, d);
		editor.form.title = 'Changed';
		await editor.discard();
		expect(editor.form.title).toBe('Mine');
		expect(d.deleteDraft).toHaveBeenCalledWith('mine');
	});

	it('saves a routine whose x- keys hold objects and lists: storage gets plain data, not the form’s live state', async () => {
		// IndexedDB copies what it stores with structured clone, which refuses the editor's reactive proxies.
		const routine = {
			...buildRoutine({ id: 'mine', title: 'Mine' }, [{ kind: 'timed', name: 'Hold', seconds: 10, 'x-cue': { tone: 'low' } } as never]),
			'x-origin': ['clinic', { visit: 3 }]
		} as Routine;
		const d = deps({
			replaceRoutine: vi.fn<EditorDeps['replaceRoutine']>(async (saved) => structuredClone(saved)),
			getRoutine: vi.fn<EditorDeps['getRoutine']>(async () => ({ routine, origin: 'yours' }))
		});
		const editor = new RoutineEditor({ routine: { routine, origin: 'yours' } }, d);
		editor.form.title = 'Mine, again';
		const saved = await editor.save();
		expect(editor.saveProblem).toBeNull();
		// (The step had no id: the editor gives it one, for the plan.)
		expect(saved).toEqual({ ...routine, title: 'Mine, again', steps: [{ ...routine.steps[0]!, id: 'hold' }] });
	});

	it('does not write over a version saved elsewhere since editing began without saying so first', async () => {
		// Another tab saved its own changes to this routine after this editor opened it.
		const elsewhere = { ...MINE, title: 'Saved in another tab' };
		const d = deps({ getRoutine: vi.fn<EditorDeps['getRoutine']>(async () => ({ routine: elsewhere, origin: 'yours' })) });
		const editor = new RoutineEditor({ routine: { routine: MINE, origin: 'yours' } }, d);
		editor.form.title = 'Saved here';
		expect(await editor.save()).toBeNull();
		expect(d.replaceRoutine).not.toHaveBeenCalled();
		expect(editor.saveProblem).toBe('This routine was changed elsewhere (another tab, or an import) since you began editing it. Save again to replace that version with this one.');
		// Told, the person may still choose this version.
		expect(await editor.save()).toMatchObject({ title: 'Saved here' });
		expect(d.replaceRoutine).toHaveBeenCalledOnce();
	});

	it('says so before saving back a routine deleted elsewhere since editing began', async () => {
		const d = deps({ getRoutine: vi.fn<EditorDeps['getRoutine']>(async () => undefined) });
		const editor = new RoutineEditor({ routine: { routine: MINE, origin: 'yours' } }, d);
		editor.form.title = 'Kept after all';
		expect(await editor.save()).toBeNull();
		expect(editor.saveProblem).toBe('This routine was deleted elsewhere since you began editing it. Save again to keep it with your changes.');
		expect(await editor.save()).toMatchObject({ title: 'Kept after all' });
	});
});

describe('step ids for the plan (probe)', () => {
	it('gives each exercise step of a routine made here an id, so a plan entry can set and step up its dose', async () => {
		const d = deps();
		const editor = new RoutineEditor({ routine: null }, d);
		editor.form.title = 'My clams';
		editor.form.steps[0]!.kind = 'reps';
		editor.form.steps[0]!.name = 'Clamshells';
		editor.form.steps[0]!.reps = '10';
		editor.duplicateStep(0);
		editor.form.steps[1]!.name = 'Bridges';
		editor.changed();
		const saved = await editor.save();
		expect(saved?.steps.map((step) => step.name)).toEqual(['Clamshells', 'Bridges']);
		// docs/routine-format.md: "The editor assigns ids". Without them the plan's entry form offers no
		// "Step up the dose" rules at all for a routine the user made, and no dose can name its steps.
		for (const step of saved?.steps ?? []) expect(step.id, step.name).toMatch(/^[a-z0-9-]{1,64}$/);
		expect(new Set(saved?.steps.map((step) => step.id)).size).toBe(2);
	});
});
