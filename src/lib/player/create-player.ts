/** Wires a Player to the real clock, database, audio, speech, vibration, wake lock and media session. */
import { createWebAudioOutput, setAudioSessionType } from '$lib/platform/audio';
import { everyFrame, now } from '$lib/platform/clock';
import { completeSession, saveActiveSession, saveSession } from '$lib/platform/db';
import { newId } from '$lib/platform/ids';
import { onHide } from '$lib/platform/lifecycle';
import { createMediaSession } from '$lib/platform/media-session';
import { createSpeechOutput } from '$lib/platform/speech';
import { createVibrationOutput } from '$lib/platform/vibration';
import { createWakeLock } from '$lib/platform/wake-lock';
import { CuePlayer } from './cue-player';
import { Player, type PlayerStart } from './player.svelte';

export function createPlayer(start: PlayerStart): Player {
	setAudioSessionType(start.settings?.soundInSilentMode ? 'playback' : 'auto');
	return new Player(start, {
		now,
		newId,
		everyFrame,
		onHide,
		completeSession,
		updateSession: saveSession,
		saveProgress: saveActiveSession,
		cues: new CuePlayer({
			audio: createWebAudioOutput(),
			speech: createSpeechOutput(),
			vibration: createVibrationOutput()
		}),
		wakeLock: createWakeLock(),
		media: createMediaSession()
	});
}
