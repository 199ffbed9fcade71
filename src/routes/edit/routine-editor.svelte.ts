/**
 * The routine editor's state: the form as typed, what the schema says of it, each step's length,
 * the draft kept on the phone as the person types, and the verbs the screen calls (add, duplicate,
 * move and delete steps, undo a delete, save, discard). No DOM; storage through `EditorDeps`.
 */
import { hashRoutine } from '$lib/core/routine-content';
import { buildRoutineDraft, draftKeyOf, type DraftBase, type RoutineDraft } from '$lib/core/routine-draft';
import { blankForm, blankStep, checkForm, formOf, idFromTitle, lengthsOf, sameRoutine, type RoutineForm, type StepForm, type StepKind } from '$lib/core/routine-form';
import { MAX_STEPS, type Routine } from '$lib/core/routine-schema';
import type { CompileOptions } from '$lib/core/timeline';
import { deleteDraft, putDraft } from '$lib/platform/draft-store';
import { newId } from '$lib/platform/ids';
import { addRoutine, getRoutine, replaceRoutine, type LibraryEntry } from '$lib/routines/library';

/** The storage verbs the editor uses, replaceable in tests. */
export interface EditorDeps {
	putDraft: (draft: RoutineDraft) => Promise<void>;
	deleteDraft: (key: string) => Promise<void>;
	addRoutine: (routine: Routine) => Promise<Routine>;
	replaceRoutine: (routine: Routine) => Promise<Routine>;
	/** The routine as stored now, to tell whether another tab changed or deleted it since editing began. */
	getRoutine: (id: string) => Promise<LibraryEntry | undefined>;
	now: () => number;
	newKey: () => string;
}

const defaults: EditorDeps = { putDraft, deleteDraft, addRoutine, replaceRoutine, getRoutine, now: () => Date.now(), newKey: newId };

/** What the editor opens on: a routine (the user's own, or a built-in to copy), or nothing (a new one). */
export interface EditorStart {
	routine: { routine: Routine; origin: 'yours' | 'built-in' } | null;
	/** The draft kept from last time, if any (or `unreadable`). */
	draft?: RoutineDraft | 'unreadable' | undefined;
	options?: CompileOptions;
}

/** The title a copy of a built-in starts with, so the library tells it from the original. */
export function copyTitle(title: string): string {
	const suffix = ' (mine)';
	return `${title.slice(0, 80 - suffix.length)}${suffix}`;
}

/** A step deleted a moment ago, for Undo. */
interface DeletedStep {
	step: StepForm;
	index: number;
}

export class RoutineEditor {
	form: RoutineForm = $state(blankForm('s'));
	/** The step shown open for editing (by its key), or null: one at a time keeps a phone screen short. */
	openStep: string | null = $state(null);
	/** The step deleted last, until Undo or another change. */
	deleted: DeletedStep | null = $state.raw(null);
	/** Why the draft could not be kept, or null. */
	draftProblem: string | null = $state(null);
	/** Why Save failed, or null. */
	saveProblem: string | null = $state(null);
	saving = $state(false);
	/** When the draft this editor carried on with was last changed (ms), or null for a fresh start. */
	readonly resumedFrom: number | null;
	/** The routine changed since the draft began (in another tab, or by an import). */
	readonly baseChanged: boolean;
	/** A draft was there but could not be read; the editor started from the routine. */
	readonly draftUnreadable: boolean;
	/** What is being edited: the user's routine (saved in place), a built-in (saved as a copy), or null. */
	readonly base: DraftBase | null;
	readonly draftKey: string;

	#baseline: RoutineForm = $state.raw(blankForm('s'));
	readonly #deps: EditorDeps;
	readonly #options: CompileOptions = {};
	#writing: Promise<void> | null = null;
	/** The stored version the person was told of and chose to replace anyway (its hash, or null: deleted). */
	#overwriteAllowed: string | null | undefined = undefined;
	#writeAgain = false;

	/**
	 * What the schema says of the form, as typed. Checked on a plain copy: the routine it passes is
	 * what gets saved, and an `x-` key's object or list read through the form would be a reactive
	 * proxy, which IndexedDB's structured clone refuses (DataCloneError).
	 */
	readonly check = $derived(checkForm($state.snapshot(this.form) as RoutineForm));
	/** Each step's length and the total, as typed. */
	readonly lengths = $derived(lengthsOf(this.form, this.#options));
	/** Whether the form makes a routine other than the one saved (or the copy as it began). */
	readonly dirty = $derived(!sameRoutine(this.form, this.#baseline));

	constructor(start: EditorStart, deps: Partial<EditorDeps> = {}) {
		this.#deps = { ...defaults, ...deps };
		this.#options = start.options ?? {};
		const entry = start.routine;
		this.base = entry ? { id: entry.routine.id, origin: entry.origin, hash: hashRoutine(entry.routine) } : null;
		this.draftKey = draftKeyOf(entry?.routine.id ?? null);
		const keyOf = () => this.#deps.newKey();
		let initial: RoutineForm;
		if (!entry) initial = blankForm(keyOf());
		else if (entry.origin === 'yours') initial = formOf(entry.routine, keyOf);
		else initial = { ...formOf(entry.routine, keyOf), id: '', title: copyTitle(entry.routine.title) };
		this.#baseline = initial;
		const draft = start.draft;
		const usable = draft && draft !== 'unreadable' && draft.key === this.draftKey ? draft : null;
		this.draftUnreadable = draft === 'unreadable';
		this.resumedFrom = usable ? usable.updatedAt : null;
		this.baseChanged = usable !== null && (usable.base?.hash ?? null) !== (this.base?.hash ?? null);
		this.form = usable ? { ...usable.form, id: initial.id } : structuredClone(initial);
		if (!entry && this.form.steps.length === 1 && !usable) this.openStep = this.form.steps[0]!.key;
	}

	/** Call after every change to the form: keeps the draft (or drops it once nothing differs). */
	changed = (): void => {
		this.saveProblem = null;
		if (this.#writing) {
			this.#writeAgain = true;
			return;
		}
		this.#writing = this.#keepDraft().finally(() => {
			this.#writing = null;
			if (this.#writeAgain) {
				this.#writeAgain = false;
				this.changed();
			}
		});
	};

	/** Settles once the draft written last is on disk (tests; before leaving). */
	async settled(): Promise<void> {
		while (this.#writing) await this.#writing;
	}

	async #keepDraft(): Promise<void> {
		try {
			if (this.dirty) await this.#deps.putDraft(buildRoutineDraft(this.draftKey, this.base, $state.snapshot(this.form), this.#deps.now()));
			else await this.#deps.deleteDraft(this.draftKey);
			this.draftProblem = null;
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			this.draftProblem = `Your changes are not being kept on this phone yet, so a reload would lose them: ${reason}`;
		}
	}

	/** Adds a step of `kind` at the end, open for editing. */
	addStep = (kind: StepKind = 'timed'): void => {
		if (this.form.steps.length >= MAX_STEPS) return;
		const step = blankStep(this.#deps.newKey(), kind);
		this.form.steps.push(step);
		this.openStep = step.key;
		this.#edited();
	};

	/** Puts a copy of step `index` right after it ("add a third set of clamshells" starts here). */
	duplicateStep = (index: number): void => {
		const step = this.form.steps[index];
		if (!step || this.form.steps.length >= MAX_STEPS) return;
		// A step id must stay unique, so the copy starts without one.
		const copy = { ...$state.snapshot(step), key: this.#deps.newKey(), id: '' };
		this.form.steps.splice(index + 1, 0, copy);
		this.openStep = copy.key;
		this.#edited();
	};

	/** Moves step `index` by `by` places (−1 up, +1 down), if it can go there. */
	moveStep = (index: number, by: number): void => {
		const to = index + by;
		if (to < 0 || to >= this.form.steps.length || index < 0 || index >= this.form.steps.length) return;
		const [step] = this.form.steps.splice(index, 1);
		this.form.steps.splice(to, 0, step!);
		this.#edited();
	};

	/** Deletes step `index`; Undo puts it back where it was. */
	deleteStep = (index: number): void => {
		const step = this.form.steps[index];
		if (!step) return;
		this.form.steps.splice(index, 1);
		this.deleted = { step: $state.snapshot(step), index };
		if (this.openStep === step.key) this.openStep = null;
		this.changed();
	};

	/** Puts the step deleted last back in its place. */
	undoDelete = (): void => {
		const deleted = this.deleted;
		if (!deleted) return;
		this.form.steps.splice(Math.min(deleted.index, this.form.steps.length), 0, deleted.step);
		this.deleted = null;
		this.openStep = deleted.step.key;
		this.changed();
	};

	#edited(): void {
		this.deleted = null;
		this.changed();
	}

	/**
	 * Saves the routine, only if the schema passes it: the user's own in place; a new routine or a
	 * built-in's copy under an id made from its title. Returns the routine as saved, or null (and
	 * `saveProblem` says why); nothing saved is changed on failure, and the draft stays.
	 */
	save = async (): Promise<Routine | null> => {
		const routine = this.check.routine;
		if (!routine) {
			this.saveProblem = `This routine cannot be saved yet: ${this.check.count === 1 ? 'one field needs' : `${this.check.count} fields need`} fixing (marked below).`;
			return null;
		}
		if (this.saving) return null;
		this.saving = true;
		this.saveProblem = null;
		try {
			await this.settled();
			if (await this.#changedElsewhere()) return null;
			const saved =
				this.base?.origin === 'yours'
					? await this.#deps.replaceRoutine({ ...routine, id: this.base.id })
					: await this.#deps.addRoutine({ ...routine, id: idFromTitle(routine.title) });
			this.#baseline = $state.snapshot(this.form);
			await this.#deps.deleteDraft(this.draftKey).catch((error: unknown) => console.warn('The saved draft could not be deleted.', error));
			this.draftProblem = null;
			return saved;
		} catch (error) {
			this.saveProblem = `The routine was not saved: ${error instanceof Error ? error.message : String(error)}`;
			return null;
		} finally {
			this.saving = false;
		}
	};

	/**
	 * Whether the routine was saved or deleted elsewhere (another tab, an import) since this editor
	 * opened it, and the person has not yet been told: then Save says so once, and saves on the next
	 * press. Without this, the second of two tabs to save would silently write over the first.
	 */
	async #changedElsewhere(): Promise<boolean> {
		if (this.base?.origin !== 'yours') return false;
		const stored = await this.#deps.getRoutine(this.base.id);
		const now = stored?.origin === 'yours' ? hashRoutine(stored.routine) : null;
		if (now === this.base.hash || now === this.#overwriteAllowed) return false;
		this.#overwriteAllowed = now;
		this.saveProblem =
			now === null
				? 'This routine was deleted elsewhere since you began editing it. Save again to keep it with your changes.'
				: 'This routine was changed elsewhere (another tab, or an import) since you began editing it. Save again to replace that version with this one.';
		return true;
	}

	/** Drops every unsaved change and the draft: the form goes back to the routine as saved. */
	discard = async (): Promise<void> => {
		await this.settled();
		this.form = structuredClone($state.snapshot(this.#baseline));
		this.deleted = null;
		this.openStep = null;
		try {
			await this.#deps.deleteDraft(this.draftKey);
			this.draftProblem = null;
		} catch (error) {
			this.draftProblem = `The draft could not be deleted: ${error instanceof Error ? error.message : String(error)}`;
		}
	};
}
