/** The settings screen's state: current values, whether the last save worked, and the voices offered. */
import type { Settings } from '$lib/core/settings';
import { putSetting } from '$lib/platform/settings-store';
import { applyTheme } from '$lib/platform/theme';
import { listVoices, type VoiceChoice } from '$lib/platform/speech';
import { playTestCue } from '$lib/player/test-cue';

export class SettingsForm {
	values: Settings = $state() as Settings;
	message: string | null = $state(null);
	failed = $state(false);
	/** The browser's voices, once listed; empty where it offers none (then no picker is shown). */
	voices: VoiceChoice[] = $state.raw([]);

	constructor(initial: Settings) {
		this.values = { ...initial };
	}

	/** Saves one setting, reverting the control if storage refuses. */
	async update<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
		const before = this.values[key];
		this.values[key] = value;
		try {
			await putSetting(key, value);
			if (key === 'theme') applyTheme(value as Settings['theme']);
			this.failed = false;
			this.message = 'Saved.';
		} catch (error) {
			this.values[key] = before;
			this.failed = true;
			this.message = error instanceof Error ? error.message : 'The setting could not be saved.';
		}
	}

	/** Lists the voices the browser offers. */
	async loadVoices(): Promise<void> {
		this.voices = await listVoices();
	}

	/** Plays one cue with the current volume, voice and rate; call from the tap. */
	playTestSound = (): void => {
		void playTestCue(this.values);
	};
}
