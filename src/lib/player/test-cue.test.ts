import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/core/settings';
import { playTestCue, TEST_PHRASE } from './test-cue';

function fakeOutputs() {
	return {
		audio: { unlock: vi.fn(async () => {}), schedule: vi.fn(() => null) },
		speech: { speak: vi.fn(), cancel: vi.fn() },
		vibration: { vibrate: vi.fn() }
	};
}

describe('playTestCue', () => {
	it('beeps at the chosen volume, speaks in the chosen voice and rate, and buzzes', async () => {
		const outputs = fakeOutputs();
		await playTestCue({ ...DEFAULT_SETTINGS, volume: 0.4, voiceURI: 'Daniel', speechRate: 1.3 }, outputs);
		expect(outputs.audio.unlock).toHaveBeenCalledBefore(outputs.audio.schedule);
		expect(outputs.audio.schedule).toHaveBeenCalledWith('start', expect.any(Number), 0.4);
		expect(outputs.speech.speak).toHaveBeenCalledWith(TEST_PHRASE, { volume: 0.4, rate: 1.3, voiceURI: 'Daniel' });
		expect(TEST_PHRASE).toBe('Get ready: Clamshells, left side');
		expect(outputs.vibration.vibrate).toHaveBeenCalledWith([400]);
	});

	it('only beeps when the voice and vibration are off', async () => {
		const outputs = fakeOutputs();
		await playTestCue({ ...DEFAULT_SETTINGS, voice: false, vibration: false }, outputs);
		expect(outputs.audio.schedule).toHaveBeenCalledTimes(1);
		expect(outputs.speech.speak).not.toHaveBeenCalled();
		expect(outputs.vibration.vibrate).not.toHaveBeenCalled();
	});
});
