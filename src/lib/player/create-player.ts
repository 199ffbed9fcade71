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
import { Player, type PlayerDeps, type PlayerStart } from './player.svelte';
import { fileOthersInProgress } from './sessions-in-progress';

/** Where a player keeps what it plays: the history and sessions in progress, or nowhere (a preview). */
type Keeping = Pick<PlayerDeps, 'fileSession' | 'putInProgress' | 'getInProgress' | 'fileOthersInProgress' | 'tabLock'>;

const KEEP: () => Keeping = () => ({ fileSession, putInProgress, getInProgress, fileOthersInProgress, tabLock: createTabLock() });

/**
 * A preview keeps nothing: no history, no checkpoint, no other session filed, no claim on the player
 * lock (a routine may be playing for real in another tab; a preview must not stop it).
 */
const KEEP_NOTHING: () => Keeping = () => ({
	fileSession: async () => 'filed',
	putInProgress: async () => 'saved',
	getInProgress: async () => undefined,
	fileOthersInProgress: async () => {},
	tabLock: { claim: async () => true, release: () => {} }
});

/** A player for a routine being edited: it sounds and looks like the real one, and records nothing. */
export function createPreviewPlayer(start: Omit<PlayerStart, 'from'>): Player {
	return build(start, KEEP_NOTHING());
}

export function createPlayer(start: PlayerStart): Player {
	return build(start, KEEP());
}

function build(start: PlayerStart, keeping: Keeping): Player {
	setAudioSessionType(start.settings?.soundInSilentMode ? 'playback' : 'auto');
	const speech = createSpeechOutput();
	return new Player(start, {
		now,
		newId,
		everyFrame,
		onHide,
		...keeping,
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
