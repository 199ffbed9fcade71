import { error } from '@sveltejs/kit';
import { draftKeyOf } from '$lib/core/routine-draft';
import { compileOptionsFrom } from '$lib/core/settings';
import { getDraft } from '$lib/platform/draft-store';
import { getSettings } from '$lib/platform/settings-store';
import { getRoutine } from '$lib/routines/library';
import type { PageLoad } from './$types';

/** `/edit` starts a new routine; `/edit?routine=<id>` edits one of the user's own, or customises a built-in into a copy. */
export const load: PageLoad = async ({ url }) => {
	const id = url.searchParams.get('routine');
	const entry = id === null ? null : ((await getRoutine(id)) ?? null);
	if (id !== null && !entry) error(404, 'There is no routine to edit at this address. It may have been deleted.');
	const [{ settings }, draft] = await Promise.all([
		getSettings(),
		// No storage: the editor still works, and says the draft cannot be kept.
		getDraft(draftKeyOf(entry?.routine.id ?? null)).catch(() => undefined)
	]);
	return { entry, draft, settings, options: compileOptionsFrom(settings) };
};
