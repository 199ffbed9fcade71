/** Routines being edited: one draft per routine, keyed by its id (or `+new`), parsed when read back. */
import { parseRoutineDraft, type RoutineDraft } from '$lib/core/routine-draft';
import { withDb } from './db';

/**
 * The draft under `key`: undefined when there is none; `unreadable` when a record is there but does
 * not parse (it is left alone until a new draft replaces it).
 */
export function getDraft(key: string): Promise<RoutineDraft | 'unreadable' | undefined> {
	return withDb(async (database) => {
		const value: unknown = await database.get('drafts', key);
		if (value === undefined) return undefined;
		const parsed = parseRoutineDraft(value);
		if (parsed.ok) return parsed.value;
		console.warn(`A stored draft could not be read and was left untouched (${key}): ${parsed.reason}`);
		return 'unreadable';
	});
}

/** Keeps (or replaces) a draft. */
export function putDraft(draft: RoutineDraft): Promise<void> {
	return withDb(async (database) => {
		await database.put('drafts', draft);
	});
}

/** Deletes a draft (saved, or discarded). */
export function deleteDraft(key: string): Promise<void> {
	return withDb(async (database) => {
		await database.delete('drafts', key);
	});
}
