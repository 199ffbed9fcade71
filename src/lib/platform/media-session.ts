/**
 * Lock-screen and headphone integration (Media Session API). Browsers show the metadata only while an
 * audio element plays, so a silent loop plays while a routine runs. Fails soft everywhere.
 */
import { appPath } from './address';

export interface MediaHandlers {
	play: () => void;
	pause: () => void;
	next: () => void;
	previous: () => void;
}

export interface MediaSessionControl {
	/** Starts the silent loop; call from a user gesture. */
	activate(handlers: MediaHandlers): void;
	update(title: string, routineTitle: string, playing: boolean): void;
	deactivate(): void;
}

const SILENCE_PATH = '/sounds/silence.wav';

/** Starts the silent loop, ignoring refusals (autoplay rules) and browsers whose play() returns nothing. */
function playQuietly(audio: HTMLAudioElement): void {
	try {
		void Promise.resolve(audio.play()).catch(() => {});
	} catch {
		// Playing is a nicety for the lock screen; the routine runs without it.
	}
}

export function createMediaSession(): MediaSessionControl {
	const session = typeof navigator !== 'undefined' && 'mediaSession' in navigator ? navigator.mediaSession : undefined;
	let audio: HTMLAudioElement | undefined;
	let lastTitle = '';
	let lastPlaying: boolean | undefined;

	const setHandler = (action: MediaSessionAction, handler: (() => void) | null) => {
		try {
			session?.setActionHandler(action, handler);
		} catch {
			// This browser does not support this action.
		}
	};

	return {
		activate(handlers) {
			if (typeof Audio !== 'undefined') {
				audio ??= Object.assign(new Audio(appPath(SILENCE_PATH)), { loop: true });
				playQuietly(audio);
			}
			setHandler('play', handlers.play);
			setHandler('pause', handlers.pause);
			setHandler('nexttrack', handlers.next);
			setHandler('previoustrack', handlers.previous);
		},
		update(title, routineTitle, playing) {
			if (!session || (title === lastTitle && playing === lastPlaying)) return;
			lastPlaying = playing;
			if (title !== lastTitle && typeof MediaMetadata !== 'undefined') {
				lastTitle = title;
				session.metadata = new MediaMetadata({
					title,
					artist: routineTitle,
					album: 'Unknot',
					artwork: [{ src: appPath('/icons/icon-512.png'), sizes: '512x512', type: 'image/png' }]
				});
			}
			session.playbackState = playing ? 'playing' : 'paused';
			if (audio) {
				if (playing && audio.paused) playQuietly(audio);
				if (!playing && !audio.paused) audio.pause();
			}
		},
		deactivate() {
			audio?.pause();
			for (const action of ['play', 'pause', 'nexttrack', 'previoustrack'] as const) setHandler(action, null);
			if (session) {
				session.metadata = null;
				session.playbackState = 'none';
			}
			lastTitle = '';
			lastPlaying = undefined;
		}
	};
}
