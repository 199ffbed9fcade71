import { error } from '@sveltejs/kit';
import { findActiveSession } from '$lib/player/active-session';
import { loadSettings } from '$lib/platform/settings';
import { findBuiltinRoutine } from '$lib/routines';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const [settings, active] = await Promise.all([loadSettings(), findActiveSession()]);
	// A session of this routine in progress continues with the routine as it was when it started.
	if (active && active.routine.id === params.id) {
		return { routine: active.routine, settings, resume: active, otherActive: null };
	}
	const routine = findBuiltinRoutine(params.id);
	if (!routine) error(404, 'There is no routine at this address. It may have been renamed or deleted.');
	return { routine, settings, resume: null, otherActive: active };
};
