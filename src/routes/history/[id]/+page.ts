import { error } from '@sveltejs/kit';
import { timeZoneOfDevice } from '$lib/platform/clock';
import { getSession } from '$lib/platform/session-store';
import { getRoutineContent } from '$lib/platform/routine-content-store';
import { describeDose } from '$lib/core/progression';
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
	// The plan's dose it ran, named from the content it ran (by step id if that is gone).
	const content = session.dose && session.routineHash ? await getRoutineContent(session.routineHash).catch(() => undefined) : undefined;
	const dose = session.dose ? describeDose(content?.routine, session.dose.steps) || null : null;
	return { session, dose, soreSpots: settings.soreSpots, timeZone: timeZoneOfDevice() };
};
