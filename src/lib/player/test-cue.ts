/**
 * "Play test sound" on the settings screen: one cue played the way the player plays it, so the user can
 * set the volume, voice and speaking rate with the phone on the floor where it will lie.
 */
import { vibrationPattern } from '$lib/core/cues';
import { spokenSide } from '$lib/core/labels';
import type { Settings } from '$lib/core/settings';
import { createWebAudioOutput } from '$lib/platform/audio';
import { createSpeechOutput } from '$lib/platform/speech';
import { createVibrationOutput } from '$lib/platform/vibration';
import type { CueOutputs } from './cue-player';

/** What the test cue says: a phrase the player really says. */
export const TEST_PHRASE = `Get ready: ${spokenSide('Clamshells', 'left')}`;

let shared: CueOutputs | undefined;

/**
 * Plays the start beep at the chosen volume, then says a cue in the chosen voice if the voice is on, and
 * buzzes if vibration is on. Call from the user's tap: audio can only start inside one.
 */
export async function playTestCue(
	settings: Pick<Settings, 'voice' | 'vibration' | 'volume' | 'voiceURI' | 'speechRate'>,
	outputs: CueOutputs = (shared ??= {
		audio: createWebAudioOutput(),
		speech: createSpeechOutput(),
		vibration: createVibrationOutput()
	})
): Promise<void> {
	const unlocked = outputs.audio.unlock();
	if (settings.vibration) {
		const pattern = vibrationPattern({ kind: 'start', atMs: 0 });
		if (pattern) outputs.vibration.vibrate(pattern);
	}
	if (settings.voice) {
		outputs.speech.speak(TEST_PHRASE, { volume: settings.volume, rate: settings.speechRate, voiceURI: settings.voiceURI });
	}
	await unlocked;
	outputs.audio.schedule('start', Date.now(), settings.volume);
}
