/** The user's settings, their defaults, and a total reader for whatever storage hands back. */
import { DEFAULT_GET_READY_SECONDS } from './routine-schema';

export interface Settings {
	/** Get-ready lead-in before each exercise, when the routine does not set one. */
	getReadySeconds: number;
	sound: boolean;
	voice: boolean;
	vibration: boolean;
	/** 0..1 */
	volume: number;
	/** Ask the OS to play cues even with the ring/silent switch on (pauses other audio). */
	soundInSilentMode: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
	getReadySeconds: DEFAULT_GET_READY_SECONDS,
	sound: true,
	voice: true,
	vibration: true,
	volume: 0.8,
	soundInSilentMode: false
});

/** Choices offered for the get-ready length, in seconds. */
export const GET_READY_CHOICES = [0, 3, 5, 10, 15, 20, 30] as const;

function isWholeInRange(value: unknown, min: number, max: number): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Reads stored values, keeping each valid one and falling back to the default for the rest. Total. */
export function parseSettings(stored: Readonly<Record<string, unknown>>): Settings {
	const settings: Settings = { ...DEFAULT_SETTINGS };
	if (isWholeInRange(stored.getReadySeconds, 0, 3600)) settings.getReadySeconds = stored.getReadySeconds;
	for (const key of ['sound', 'voice', 'vibration', 'soundInSilentMode'] as const) {
		if (typeof stored[key] === 'boolean') settings[key] = stored[key];
	}
	const volume = stored.volume;
	if (typeof volume === 'number' && volume >= 0 && volume <= 1) settings.volume = volume;
	return settings;
}
