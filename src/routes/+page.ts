import { summarizeRoutine } from '$lib/core/routine-summary';
import { latestInProgress } from '$lib/core/session-in-progress';
import { describeUnreadable } from '$lib/core/stored-record';
import { getSettings } from '$lib/platform/settings-store';
import { readSessionsInProgress } from '$lib/player/sessions-in-progress';
import { listRoutines } from '$lib/routines/library';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	const [{ settings }, inProgress] = await Promise.all([getSettings(), readSessionsInProgress()]);
	const latest = latestInProgress(inProgress.records);
	return {
		routines: listRoutines().map((routine) => summarizeRoutine(routine, { getReadySeconds: settings.getReadySeconds })),
		inProgress: latest ? { id: latest.routine.id, title: latest.routine.title } : null,
		storageError: inProgress.error,
		unreadable: {
			text: describeUnreadable(inProgress.unreadable, 'session in progress'),
			keys: inProgress.unreadable.map((record) => record.key)
		}
	};
};
