import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { DEFAULT_SETTINGS } from '$lib/core/settings';
import { latestInProgress } from '$lib/core/session-in-progress';
import { describeUnreadable } from '$lib/core/stored-record';
import { checkStorage } from '$lib/platform/db';
import { hasRoutineRecord } from '$lib/platform/routine-store';
import { getSettings } from '$lib/platform/settings-store';
import { readSessionsInProgress } from '$lib/player/sessions-in-progress';
import { getRoutine } from '$lib/routines/library';
import { isCurrent, type PlanEntry } from '$lib/core/plan';
import { describeDose, doseCarried, dosedRoutine } from '$lib/core/progression';
import { listPlanEntries } from '$lib/platform/plan-store';
import type { EntryGenerator, PageLoad } from './$types';

// Each built-in's overview is built into HTML at build time, so it shows before any script runs; a
// routine of the user's own is served by the app shell and read in the browser. In the browser the
// load runs again and adds what only the phone knows (settings, a session in progress).
export const prerender = true;
export const ssr = true;
// The built-ins' files are imported only while building: the browser loads just the one it shows.
export const entries: EntryGenerator = async () => (await import('$lib/routines/index')).builtinRoutines.map((routine) => ({ id: routine.id }));

/**
 * The plan entry whose dose this routine plays with: the one the link named (`?entry=`, from Today),
 * else the first of this routine's entries with a dose. None when the plan cannot be read: the routine
 * then plays as it is, which is always safe.
 */
async function planDoseFor(routineId: string, named: string | null): Promise<PlanEntry | undefined> {
	const { records } = await listPlanEntries().catch(() => ({ records: [] as PlanEntry[] }));
	const mine = records.filter((entry) => entry.routineId === routineId && isCurrent(entry));
	const chosen = mine.find((entry) => entry.id === named) ?? mine.find((entry) => entry.dose && Object.keys(entry.dose).length > 0);
	return chosen?.dose && Object.keys(chosen.dose).length > 0 ? chosen : undefined;
}

export const load: PageLoad = async ({ params, url }) => {
	if (!browser) {
		const { builtinRoutines } = await import('$lib/routines/index');
		const routine = builtinRoutines.find((builtin) => builtin.id === params.id);
		if (!routine) error(404, 'There is no routine at this address.');
		return {
			routine,
			yours: false,
			settings: DEFAULT_SETTINGS,
			inProgress: undefined,
			otherInProgress: undefined,
			storageProblem: null,
			unreadable: { text: null, keys: [] },
			dose: null
		};
	}
	const [{ settings }, stored, storageProblem] = await Promise.all([getSettings(), readSessionsInProgress(), checkStorage()]);
	// A session of this routine in progress continues with the routine as it was when it started.
	const inProgressHere = latestInProgress(stored.records.filter((session) => session.routine.id === params.id));
	const entry = await getRoutine(params.id);
	const found = entry?.routine ?? inProgressHere?.routine;
	if (!found) {
		// A record under this id that cannot be read is not "deleted": say what it is.
		const stored = await hasRoutineRecord(params.id).catch(() => false);
		error(
			404,
			stored
				? 'This routine is stored on this phone but could not be read: it may have been changed by hand or by another app. It was left as it is, and its sessions are still in your history.'
				: 'There is no routine at this address. It may have been renamed or deleted.'
		);
	}
	// A session in progress plays on with the routine (and dose) it started with; otherwise the plan's
	// dose, if it has one, is laid over the routine as stored.
	const planEntry = inProgressHere || !entry ? undefined : await planDoseFor(params.id, url.searchParams.get('entry'));
	const routine = planEntry ? dosedRoutine(found, planEntry.id, planEntry.dose) : found;
	const carried = doseCarried(routine);
	return {
		routine,
		/** The plan's dose this routine plays with, in words; null when it plays as it is. */
		dose: carried ? describeDose(found, carried.steps) || null : null,
		/** Only a routine of the user's own, stored, can be deleted from its page. */
		yours: entry?.origin === 'yours',
		settings,
		inProgress: inProgressHere,
		otherInProgress: latestInProgress(stored.records.filter((session) => session.routine.id !== params.id)),
		/** Said before Start: the routine can still be followed, but not saved. */
		storageProblem: stored.error ?? storageProblem,
		unreadable: {
			text: describeUnreadable(stored.unreadable, 'session in progress'),
			keys: stored.unreadable.map((record) => record.key)
		}
	};
};
