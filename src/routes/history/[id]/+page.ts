import { error } from '@sveltejs/kit';
import { timeZoneOfDevice } from '$lib/platform/clock';
import { getSession } from '$lib/platform/session-store';
import { getSettings } from '$lib/platform/settings-store';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const [session, { settings }] = await Promise.all([
		getSession(params.id).catch((reason: unknown) => {
			error(503, reason instanceof Error ? reason.message : 'Your history could not be read.');
		}),
		getSettings()
	]);
	if (!session) error(404, 'This session is not in your history. It may have been deleted, or it could not be read.');
	return { session, soreSpots: settings.soreSpots, timeZone: timeZoneOfDevice() };
};
