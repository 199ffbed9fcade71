import { error } from '@sveltejs/kit';
import { latestInProgress } from '$lib/core/session-in-progress';
import { describeUnreadable } from '$lib/core/stored-record';
import { checkStorage } from '$lib/platform/db';
import { getSettings } from '$lib/platform/settings-store';
import { readSessionsInProgress } from '$lib/player/sessions-in-progress';
import { getRoutine } from '$lib/routines/library';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const [{ settings }, inProgress, storageProblem] = await Promise.all([getSettings(), readSessionsInProgress(), checkStorage()]);
	// A session of this routine in progress continues with the routine as it was when it started.
	const resume = latestInProgress(inProgress.records.filter((session) => session.routine.id === params.id));
	const routine = (await getRoutine(params.id))?.routine ?? resume?.routine;
	if (!routine) error(404, 'There is no routine at this address. It may have been renamed or deleted.');
	return {
		routine,
		settings,
		resume,
		otherInProgress: latestInProgress(inProgress.records.filter((session) => session.routine.id !== params.id)),
		/** Said before Start: the routine can still be followed, but not saved. */
		storageProblem: inProgress.error ?? storageProblem,
		unreadable: {
			text: describeUnreadable(inProgress.unreadable, 'session in progress'),
			keys: inProgress.unreadable.map((record) => record.key)
		}
	};
};
