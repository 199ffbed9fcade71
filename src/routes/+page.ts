import { summarizeRoutine } from '$lib/core/routine-summary';
import { findActiveSession } from '$lib/player/active-session';
import { loadSettings } from '$lib/platform/settings';
import { builtinRoutines } from '$lib/routines';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	const [settings, active] = await Promise.all([loadSettings(), findActiveSession()]);
	return {
		routines: builtinRoutines.map((routine) => summarizeRoutine(routine, { getReadySeconds: settings.getReadySeconds })),
		inProgress: active ? { id: active.routine.id, title: active.routine.title } : null
	};
};
