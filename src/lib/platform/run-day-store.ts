/** The days the user said "I ran today": one record per local day with how many runs, parsed when read back. */
import { MAX_RUNS_A_DAY, parseRunDay, type RunDay } from '$lib/core/plan';
import type { DayKey } from '$lib/core/local-time';
import { RECORD_VERSION, type ReadRecords } from '$lib/core/stored-record';
import { listParsed, withDb } from './db';

/** Every run day; the unreadable ones are reported and left as they are. */
export function listRunDays(): Promise<ReadRecords<RunDay>> {
	return listParsed('runDays', 'run day', parseRunDay);
}

/**
 * Adds `change` runs (or takes them away) on `day`, in one transaction, so two taps in two tabs both
 * count; between none and `MAX_RUNS_A_DAY`. A day back at none is deleted. Resolves to the new count.
 * A stored record that cannot be read is replaced: it held nothing the plan could use.
 */
export function changeRuns(day: DayKey, change: number, nowMs = Date.now()): Promise<number> {
	return withDb(async (database) => {
		const transaction = database.transaction('runDays', 'readwrite');
		const parsed = parseRunDay(await transaction.store.get(day));
		const before = parsed.ok ? parsed.value.count : 0;
		const count = Math.max(0, Math.min(MAX_RUNS_A_DAY, before + change));
		if (parsed.ok && count === before) {
			// Already at the bound: nothing changes, not even the record's time.
		} else if (count === 0) await transaction.store.delete(day);
		else await transaction.store.put({ recordVersion: RECORD_VERSION, updatedAt: nowMs, day, count } satisfies RunDay);
		await transaction.done;
		return count;
	});
}
