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

describe('parseSettings at the edges', () => {
	it.each([0, 3600])('keeps a get-ready of %s s', (getReadySeconds) => {
		expect(parseSettings({ getReadySeconds }).getReadySeconds).toBe(getReadySeconds);
	});

	it.each([-1, 3601, 2.5, '5', null])('refuses a get-ready of %s', (getReadySeconds) => {
		expect(parseSettings({ getReadySeconds }).getReadySeconds).toBe(DEFAULT_SETTINGS.getReadySeconds);
	});

	it.each([0, 1])('keeps a volume of %s', (volume) => {
		expect(parseSettings({ volume }).volume).toBe(volume);
	});

	it.each([-0.1, 1.1, '0.5', Number.NaN])('refuses a volume of %s', (volume) => {
		expect(parseSettings({ volume }).volume).toBe(DEFAULT_SETTINGS.volume);
	});
});
