/** The plan's entries: one record per entry, keyed by its id, parsed when read back. */
import { parsePlanEntry, type PlanEntry } from '$lib/core/plan';
import type { ReadRecords } from '$lib/core/stored-record';
import { listParsed, withDb } from './db';

/** Every entry of the plan; the unreadable ones are reported and left as they are. */
export function listPlanEntries(): Promise<ReadRecords<PlanEntry>> {
	return listParsed('planEntries', 'plan entry', parsePlanEntry);
}

/** Keeps (or replaces) an entry. */
export function putPlanEntry(entry: PlanEntry): Promise<void> {
	return withDb(async (database) => {
		await database.put('planEntries', entry);
	});
}

/** What `updatePlanEntry` did: changed the entry, left it as it was, or found none (taken out). */
export type EntryUpdate = 'changed' | 'kept' | 'gone';

/**
 * Changes an entry as stored at this moment, in one transaction: `change` gets the stored entry and
 * returns the new one, or null to leave it as it is. Another tab may have changed the entry since this
 * one read it; changing the stored copy keeps that change, where writing a whole entry read earlier
 * would undo it. An entry taken out meanwhile (or one that cannot be read) is left alone: nothing is
 * written, so a deleted entry never comes back.
 */
export function updatePlanEntry(id: string, change: (entry: PlanEntry) => PlanEntry | null): Promise<EntryUpdate> {
	return withDb(async (database) => {
		const transaction = database.transaction('planEntries', 'readwrite');
		const parsed = parsePlanEntry(await transaction.store.get(id));
		const next = parsed.ok ? change(parsed.value) : null;
		if (next === null) {
			await transaction.done;
			return parsed.ok ? 'kept' : 'gone';
		}
		await Promise.all([transaction.store.put(next), transaction.done]);
		return 'changed';
	});
}

/** Takes an entry out of the plan. Its sessions stay in the history. */
export function deletePlanEntry(id: string): Promise<void> {
	return withDb(async (database) => {
		await database.delete('planEntries', id);
	});
}
