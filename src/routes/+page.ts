import { summarizeRoutine } from '$lib/core/routine-summary';
import { loadSettings } from '$lib/platform/settings';
import { builtinRoutines } from '$lib/routines';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	const settings = await loadSettings();
	return {
		routines: builtinRoutines.map((routine) => summarizeRoutine(routine, { getReadySeconds: settings.getReadySeconds }))
	};
};
