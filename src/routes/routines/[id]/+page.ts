import { error } from '@sveltejs/kit';
import { loadSettings } from '$lib/platform/settings';
import { findBuiltinRoutine } from '$lib/routines';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const routine = findBuiltinRoutine(params.id);
	if (!routine) error(404, 'There is no routine at this address. It may have been renamed or deleted.');
	return { routine, settings: await loadSettings() };
};
