import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './settings';

describe('parseSettings', () => {
	it('gives the defaults for nothing stored', () => {
		expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
	});

	it('keeps valid stored values', () => {
		const stored = { getReadySeconds: 10, sound: false, voice: false, vibration: false, volume: 0.3, soundInSilentMode: true };
		expect(parseSettings(stored)).toEqual(stored);
	});

	it('falls back to the default for each value that is nonsense, keeping the rest', () => {
		const parsed = parseSettings({ getReadySeconds: -3, sound: 'yes', volume: 7, voice: false });
		expect(parsed).toEqual({ ...DEFAULT_SETTINGS, voice: false });
	});
});
