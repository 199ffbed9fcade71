import { timeZoneOfDevice } from '$lib/platform/clock';
import { getSettings } from '$lib/platform/settings-store';
import { listRoutines } from '$lib/routines/library';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	const [library, { settings }] = await Promise.all([listRoutines(), getSettings()]);
	return { routines: library.entries.map((entry) => entry.routine), settings, timeZone: timeZoneOfDevice(), libraryError: library.error };
};
