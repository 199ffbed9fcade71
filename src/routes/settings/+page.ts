import { describeUnreadable } from '$lib/core/stored-record';
import { hasAudioSession } from '$lib/platform/audio';
import { getSettings } from '$lib/platform/settings-store';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	const { settings, unreadable, error } = await getSettings();
	return {
		settings,
		notice: error ? `Your settings could not be read, so the defaults are shown. ${error}` : describeUnreadable(unreadable, 'setting'),
		silentModeSupported: hasAudioSession()
	};
};
