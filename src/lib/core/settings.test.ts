import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, compileOptionsFrom } from './settings';

describe('parseSettings', () => {
	it('gives the defaults for nothing stored', () => {
		expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
	});

	it('keeps valid stored values', () => {
		const stored = {
			getReadySeconds: 10,
			sound: false,
			voice: false,
			vibration: false,
			volume: 0.3,
			soundInSilentMode: true,
			voiceName: 'Daniel',
			speechRate: 1.15
		};
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

	it('keeps a chosen voice and speaking rate, and the phone default for anything else', () => {
		expect(parseSettings({ voiceName: 'Daniel', speechRate: 0.75 })).toMatchObject({ voiceName: 'Daniel', speechRate: 0.75 });
		expect(parseSettings({ voiceName: 'x'.repeat(200), speechRate: 2 })).toMatchObject({ speechRate: 2 });
		expect(parseSettings({ voiceName: '', speechRate: 2.01 })).toMatchObject({ voiceName: null, speechRate: 1 });
		expect(parseSettings({ voiceName: 'x'.repeat(201), speechRate: 0.49 })).toMatchObject({ voiceName: null, speechRate: 1 });
		expect(parseSettings({ voiceName: 7, speechRate: '1' })).toMatchObject({ voiceName: null, speechRate: 1 });
		expect(parseSettings({ voiceName: 'Daniel' }).voiceName).toBe('Daniel');
		expect(parseSettings({ speechRate: 0.5 }).speechRate).toBe(0.5);
	});

	it('keeps a get-ready left to each routine (null)', () => {
		expect(parseSettings({ getReadySeconds: 10 }).getReadySeconds).toBe(10);
		expect(parseSettings({ getReadySeconds: null }).getReadySeconds).toBeNull();
	});

	it('shapes the timeline only when the user chose a get-ready', () => {
		expect(compileOptionsFrom({ getReadySeconds: null })).toEqual({});
		expect(compileOptionsFrom({ getReadySeconds: 0 })).toEqual({ getReadySeconds: 0 });
	});

	it.each([-1, 3601, 2.5, '5', undefined])('refuses a get-ready of %s', (getReadySeconds) => {
		expect(parseSettings({ getReadySeconds }).getReadySeconds).toBe(DEFAULT_SETTINGS.getReadySeconds);
	});

	it.each([0, 1])('keeps a volume of %s', (volume) => {
		expect(parseSettings({ volume }).volume).toBe(volume);
	});

	it.each([-0.1, 1.1, '0.5', Number.NaN])('refuses a volume of %s', (volume) => {
		expect(parseSettings({ volume }).volume).toBe(DEFAULT_SETTINGS.volume);
	});
});
