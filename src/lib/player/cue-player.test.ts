import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildRoutine } from '$lib/core/testing/records';
import { advance, createSession, type SessionState } from '$lib/core/session';
import { DEFAULT_SETTINGS } from '$lib/core/settings';
import { compile, type Timeline } from '$lib/core/timeline';
import type { AudioOutput } from '$lib/platform/audio';
import { CuePlayer } from './cue-player';

const T0 = 1_000_000;
const routine = buildRoutine({}, [
	{ kind: 'timed', name: 'Pigeon', seconds: 20, sides: 'each', getReadySeconds: 3, switchSidesSeconds: 5 },
	{ kind: 'rest', seconds: 5 },
	{ kind: 'timed', name: 'Bridge', seconds: 10, getReadySeconds: 0 }
]);
let timeline: Timeline;
let started: SessionState;
// Built before each test, never at load, so a test sees the code as it is now (and mutation testing sees the test).
beforeEach(() => {
	timeline = compile(routine);
	started = advance(timeline, createSession(timeline), { type: 'start' }, T0);
});
const settings = { ...DEFAULT_SETTINGS, volume: 0.5 };

function setup() {
	const cancel = vi.fn();
	const outputs = {
		audio: { unlock: vi.fn(async () => {}), schedule: vi.fn<AudioOutput['schedule']>(() => ({ cancel })) },
		speech: { speak: vi.fn(), cancel: vi.fn() },
		vibration: { vibrate: vi.fn() }
	};
	const cues = new CuePlayer(outputs);
	cues.reset(T0);
	return { cues, outputs, cancel };
}

/** Runs frames every `frameMs` from `fromMs` to `toMs` (relative to T0). */
function frames(cues: CuePlayer, fromMs: number, toMs: number, frameMs = 16, state = started, cueSettings = settings) {
	for (let t = fromMs; t <= toMs; t += frameMs) cues.update(timeline, state, T0 + t, cueSettings);
}

describe('CuePlayer', () => {
	it('schedules sounds up to 3 s ahead on the audio clock, each once', () => {
		const { cues, outputs } = setup();
		frames(cues, 0, 100);
		const scheduled = outputs.audio.schedule.mock.calls.map(([kind, atMs]) => [kind, atMs - T0]);
		// A 3 s get-ready: no "3" beep, which would fall on the get-ready cue itself.
		expect(scheduled).toEqual([
			['get-ready', 0],
			['countdown', 1000],
			['countdown', 2000],
			['start', 3000]
		]);
		expect(outputs.audio.schedule.mock.calls.every((call) => call[2] === 0.5)).toBe(true);
	});

	it('speaks and vibrates on the first frame at or after each cue, never waiting on speech', () => {
		const { cues, outputs } = setup();
		frames(cues, 0, 3100);
		expect(outputs.speech.speak.mock.calls.map(([text]) => text)).toEqual(['Get ready: Pigeon, left side', 'Pigeon, left side']);
		expect(outputs.vibration.vibrate).toHaveBeenCalledWith([400]);
	});

	it('after a gap plays only the cues of the last moment, not a backlog', () => {
		const { cues, outputs } = setup();
		frames(cues, 0, 100);
		outputs.speech.speak.mockClear();
		outputs.audio.schedule.mockClear();
		outputs.vibration.vibrate.mockClear();
		// Frozen from 0.1 s to 24 s: the start (3 s), halfway (13 s), countdown and switch (23 s) passed.
		cues.update(timeline, started, T0 + 24_000, settings);
		expect(outputs.speech.speak.mock.calls.map(([text]) => text)).toEqual(['Switch sides']);
		const sounds = outputs.audio.schedule.mock.calls.map(([kind, atMs]) => [kind, atMs - T0]);
		expect(sounds.every(([, at]) => Number(at) >= 24_000)).toBe(true);
	});

	it('silences sounds scheduled for the old plan when the user pauses', () => {
		const { cues, outputs, cancel } = setup();
		frames(cues, 0, 100);
		const paused = advance(timeline, started, { type: 'pause' }, T0 + 100);
		cues.reset(T0 + 100);
		expect(cancel).toHaveBeenCalledTimes(3); // Two countdowns and the start were still to come.
		outputs.audio.schedule.mockClear();
		frames(cues, 100, 10_000, 100, paused);
		expect(outputs.audio.schedule).not.toHaveBeenCalled();
		expect(outputs.speech.speak).toHaveBeenCalledTimes(1);
	});

	it('lets a sound due at the very instant of a reset play, and copes with sounds the audio could not schedule', () => {
		const { cues, outputs, cancel } = setup();
		frames(cues, 0, 100);
		cues.reset(T0 + 1000); // the first countdown beep is due right now
		expect(cancel).toHaveBeenCalledTimes(2); // the second countdown and the start, not the beep now
		outputs.audio.schedule.mockReturnValue(null); // audio suspended: nothing was put on its clock
		frames(cues, 1000, 1100);
		expect(() => cues.reset(T0 + 1100)).not.toThrow();
	});

	it('respects each setting', () => {
		const { cues, outputs } = setup();
		frames(cues, 0, 4000, 16, started, { ...settings, sound: false, voice: false, vibration: false });
		expect(outputs.audio.schedule).not.toHaveBeenCalled();
		expect(outputs.speech.speak).not.toHaveBeenCalled();
		expect(outputs.vibration.vibrate).not.toHaveBeenCalled();
	});

	it('cancels speech when stopped', () => {
		const { cues, outputs } = setup();
		cues.stop(T0);
		expect(outputs.speech.cancel).toHaveBeenCalled();
	});
});

describe('the cue settings', () => {
	it('speaks nothing with the voice off, and still buzzes', () => {
		const { cues, outputs } = setup();
		frames(cues, 0, 3100, 16, started, { ...settings, voice: false });
		expect(outputs.speech.speak).not.toHaveBeenCalled();
		expect(outputs.vibration.vibrate).toHaveBeenCalledWith([400]);
	});

	it('buzzes nothing with vibration off, and still speaks', () => {
		const { cues, outputs } = setup();
		frames(cues, 0, 3100, 16, started, { ...settings, vibration: false });
		expect(outputs.vibration.vibrate).not.toHaveBeenCalled();
		expect(outputs.speech.speak).toHaveBeenCalled();
	});

	it('names the exercise after a rest, not the one before it', () => {
		const { cues, outputs } = setup();
		const restStart = timeline.segments.find((s) => s.kind === 'rest')!.startMs;
		frames(cues, restStart - 100, restStart + 100);
		expect(outputs.speech.speak.mock.calls.map(([text]) => text)).toContain('Rest. Next: Bridge');
	});

	it('says nothing from before its first frame (a player shown mid-routine starts quiet)', () => {
		const outputs = {
			audio: { unlock: vi.fn(async () => {}), schedule: vi.fn<AudioOutput['schedule']>(() => null) },
			speech: { speak: vi.fn(), cancel: vi.fn() },
			vibration: { vibrate: vi.fn() }
		};
		const cues = new CuePlayer(outputs);
		cues.update(timeline, started, T0 + 3500, settings); // the start cue was at 3 s
		expect(outputs.speech.speak).not.toHaveBeenCalled();
		cues.update(timeline, started, T0 + 13_100, settings); // halfway, 13 s, falls between two frames
		expect(outputs.speech.speak).toHaveBeenLastCalledWith('Halfway', { volume: 0.5, rate: 1, voiceURI: null });
	});
});
