import { summarizeRoutine } from '$lib/core/routine-summary';
import { latestInProgress } from '$lib/core/session-in-progress';
import { describeUnreadable } from '$lib/core/stored-record';
import { getSettings } from '$lib/platform/settings-store';
import { readSessionsInProgress } from '$lib/player/sessions-in-progress';
import { listRoutines } from '$lib/routines/library';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	const [{ settings }, inProgress, library] = await Promise.all([getSettings(), readSessionsInProgress(), listRoutines()]);
	const latest = latestInProgress(inProgress.records);
	return {
		routines: library.entries.map(({ routine, origin }) => ({
			...summarizeRoutine(routine, { getReadySeconds: settings.getReadySeconds }),
			origin
		})),
		inProgress: latest ? { id: latest.routine.id, title: latest.routine.title } : null,
		storageError: inProgress.error ?? library.error,
		unreadableRoutines: describeUnreadable(library.unreadable, 'routine'),
		unreadable: {
			text: describeUnreadable(inProgress.unreadable, 'session in progress'),
			keys: inProgress.unreadable.map((record) => record.key)
		}
	};
};
