/** The settings screen's state: current values, and whether the last save worked. */
import type { Settings } from '$lib/core/settings';
import { putSetting } from '$lib/platform/settings-store';

export class SettingsForm {
	values: Settings = $state() as Settings;
	message: string | null = $state(null);
	failed = $state(false);

	constructor(initial: Settings) {
		this.values = { ...initial };
	}

	/** Saves one setting, reverting the control if storage refuses. */
	async update<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
		const before = this.values[key];
		this.values[key] = value;
		try {
			await putSetting(key, value);
			this.failed = false;
			this.message = 'Saved.';
		} catch (error) {
			this.values[key] = before;
			this.failed = true;
			this.message = error instanceof Error ? error.message : 'The setting could not be saved.';
		}
	}
}
