import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettingRecord, parseSettings, compileOptionsFrom } from './settings';
import fc from 'fast-check';
import { fuzzRuns, hostileValue } from './testing/fuzz';

describe('parseSettings', () => {
	it('gives the defaults for nothing stored', () => {
		expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
	});

	it('keeps valid stored values', () => {
		const stored = {
			getReadyOverrideSeconds: 10,
			sound: false,
			voice: false,
			vibration: false,
			volume: 0.3,
			soundInSilentMode: true,
			voiceURI: 'Daniel',
			speechRate: 1.15,
			readInstructions: false,
			soreSpots: ['Right glute'],
			lastBackupAt: 1_790_000_000_000,
			persistenceRequested: true,
			theme: 'dark' as const,
			planPauses: [{ from: '2026-11-20', until: null }],
			planChangedAt: 1_790_000_000_001,
			planCalendarExportedAt: 1_790_000_000_002,
			painLimit: 2
		};
		expect(parseSettings(stored)).toEqual(stored);
	});

	it('falls back to the default for each value that is nonsense, keeping the rest', () => {
		const parsed = parseSettings({ getReadyOverrideSeconds: -3, sound: 'yes', volume: 7, voice: false, theme: 'sepia' });
		expect(parsed).toEqual({ ...DEFAULT_SETTINGS, voice: false });
	});
});

describe('parseSettings at the edges', () => {
	it.each([0, 3600])('keeps a get-ready of %s s', (getReadyOverrideSeconds) => {
		expect(parseSettings({ getReadyOverrideSeconds }).getReadyOverrideSeconds).toBe(getReadyOverrideSeconds);
	});

	it('keeps a chosen voice and speaking rate, and the phone default for anything else', () => {
		expect(parseSettings({ voiceURI: 'Daniel', speechRate: 0.75 })).toMatchObject({ voiceURI: 'Daniel', speechRate: 0.75 });
		expect(parseSettings({ voiceURI: 'x'.repeat(500), speechRate: 2 })).toMatchObject({ speechRate: 2 });
		expect(parseSettings({ voiceURI: '', speechRate: 2.01 })).toMatchObject({ voiceURI: null, speechRate: 1 });
		expect(parseSettings({ voiceURI: 'x'.repeat(501), speechRate: 0.49 })).toMatchObject({ voiceURI: null, speechRate: 1 });
		expect(parseSettings({ voiceURI: 7, speechRate: '1' })).toMatchObject({ voiceURI: null, speechRate: 1 });
		expect(parseSettings({ voiceURI: 'Daniel' }).voiceURI).toBe('Daniel');
		expect(parseSettings({ speechRate: 0.5 }).speechRate).toBe(0.5);
	});

	it('keeps a get-ready left to each routine (null)', () => {
		expect(parseSettings({ getReadyOverrideSeconds: 10 }).getReadyOverrideSeconds).toBe(10);
		expect(parseSettings({ getReadyOverrideSeconds: null }).getReadyOverrideSeconds).toBeNull();
	});

	it('does not read the older get-ready setting, which only applied to routines without their own', () => {
		expect(parseSettings({ getReadySeconds: 5 }).getReadyOverrideSeconds).toBeNull();
	});

	it('shapes the timeline only when the user chose a get-ready', () => {
		const quiet = { voice: false, readInstructions: true };
		expect(compileOptionsFrom({ getReadyOverrideSeconds: null, ...quiet })).toEqual({});
		expect(compileOptionsFrom({ getReadyOverrideSeconds: 0, ...quiet })).toEqual({ getReadySeconds: 0 });
	});

	it('reads the instructions aloud only with the voice on and the setting on', () => {
		expect(compileOptionsFrom({ getReadyOverrideSeconds: null, voice: true, readInstructions: true })).toEqual({ briefings: true });
		expect(compileOptionsFrom({ getReadyOverrideSeconds: null, voice: true, readInstructions: false })).toEqual({});
		expect(parseSettings({ readInstructions: false }).readInstructions).toBe(false);
		expect(parseSettings({ readInstructions: 'no' }).readInstructions).toBe(true);
	});

	it.each([-1, 3601, 2.5, '5', undefined])('refuses a get-ready of %s', (getReadyOverrideSeconds) => {
		expect(parseSettings({ getReadyOverrideSeconds: 7 }).getReadyOverrideSeconds).toBe(7);
		expect(parseSettings({ getReadyOverrideSeconds }).getReadyOverrideSeconds).toBe(DEFAULT_SETTINGS.getReadyOverrideSeconds);
	});

	it.each([0, 1])('keeps a volume of %s', (volume) => {
		expect(parseSettings({ volume }).volume).toBe(volume);
	});

	it.each([-0.1, 1.1, '0.5', Number.NaN])('refuses a volume of %s', (volume) => {
		expect(parseSettings({ volume }).volume).toBe(DEFAULT_SETTINGS.volume);
	});
});

describe('the remembered sore spots', () => {
	it('are kept when each is a tidy name and there are at most eight', () => {
		const soreSpots = ['Left hip', 'Achilles'];
		expect(parseSettings({ soreSpots }).soreSpots).toBe(soreSpots);
	});

	it.each([
		['not a list', 'Left hip'],
		['an untidy name', [' Left hip']],
		['a number', [3]],
		['nine of them', Array.from({ length: 9 }, (_, i) => `Spot ${i}`)],
		['one twice, in another case', ['Foo', 'foo']]
	])('fall back to none when %s', (_name, soreSpots) => {
		expect(parseSettings({ soreSpots }).soreSpots).toEqual([]);
	});
});

describe('fuzzed settings read back from storage', () => {
	it('any stored values give settings (a damaged one falls back to its default): never a throw', () => {
		fc.assert(
			fc.property(fc.dictionary(fc.constantFrom(...Object.keys(DEFAULT_SETTINGS), 'unknown'), hostileValue(DEFAULT_SETTINGS)), (stored) => {
				expect(Object.keys(parseSettings(stored)).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
			}),
			{ numRuns: fuzzRuns(1500) }
		);
	});

	it('any setting record is read or refused with a reason', () => {
		fc.assert(
			fc.property(hostileValue({ key: 'voice', value: true, recordVersion: 1, updatedAt: 0 }), (value) => {
				const parsed = parseSettingRecord(value);
				if (!parsed.ok) expect(parsed.reason).toMatch(/\S/);
			}),
			{ numRuns: fuzzRuns(1000) }
		);
	});
});

describe('the plan’s pauses', () => {
	it('reads back pauses in order, the last one open', () => {
		const pauses = [
			{ from: '2026-10-01', until: '2026-10-08' },
			{ from: '2026-11-20', until: null }
		];
		expect(parseSettings({ planPauses: pauses }).planPauses).toEqual(pauses);
	});

	it.each([
		['not a list', 'paused'],
		['a day badly written', [{ from: '1 Oct', until: null }]],
		['an end before its start', [{ from: '2026-10-08', until: '2026-10-01' }]],
		['an open pause before another', [{ from: '2026-10-01', until: null }, { from: '2026-11-01', until: null }]],
		['overlapping pauses', [{ from: '2026-10-01', until: '2026-10-10' }, { from: '2026-10-05', until: null }]]
	])('falls back to none for %s', (_name, value) => {
		expect(parseSettings({ planPauses: value }).planPauses).toEqual([]);
	});
});
