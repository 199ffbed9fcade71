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

/** Takes an entry out of the plan. Its sessions stay in the history. */
export function deletePlanEntry(id: string): Promise<void> {
	return withDb(async (database) => {
		await database.delete('planEntries', id);
	});
}
