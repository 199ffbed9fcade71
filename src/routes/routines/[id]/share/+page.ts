import { error } from '@sveltejs/kit';
import { getRoutine } from '$lib/routines/library';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const entry = await getRoutine(params.id);
	if (!entry) error(404, 'There is no routine at this address. It may have been renamed or deleted.');
	return { routine: entry.routine, origin: entry.origin };
};
