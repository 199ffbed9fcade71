/** Wires a Player to the real clock, database, audio, speech, vibration, wake lock, media session and tab lock. */
import { createWebAudioOutput, setAudioSessionType } from '$lib/platform/audio';
import { everyFrame, now } from '$lib/platform/clock';
import { getInProgress, putInProgress } from '$lib/platform/in-progress-store';
import { newId } from '$lib/platform/ids';
import { onHide } from '$lib/platform/lifecycle';
import { createMediaSession } from '$lib/platform/media-session';
import { fileSession } from '$lib/platform/session-store';
import { createSpeechOutput } from '$lib/platform/speech';
import { createTabLock } from '$lib/platform/tab-lock';
import { createVibrationOutput } from '$lib/platform/vibration';
import { createWakeLock } from '$lib/platform/wake-lock';
import { CuePlayer } from './cue-player';
import { Player, type PlayerStart } from './player.svelte';
import { fileOthersInProgress } from './sessions-in-progress';

export function createPlayer(start: PlayerStart): Player {
	setAudioSessionType(start.settings?.soundInSilentMode ? 'playback' : 'auto');
	const speech = createSpeechOutput();
	return new Player(start, {
		now,
		newId,
		everyFrame,
		onHide,
		fileSession,
		putInProgress,
		getInProgress,
		fileOthersInProgress,
		tabLock: createTabLock(),
		cues: new CuePlayer({
			audio: createWebAudioOutput(),
			speech,
			vibration: createVibrationOutput()
		}),
		brief: (text, settings) => speech.say(text, { volume: settings.volume, rate: settings.speechRate, voiceURI: settings.voiceURI }),
		wakeLock: createWakeLock(),
		media: createMediaSession()
	});
}
