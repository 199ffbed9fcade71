/**
 * Spoken cues through speechSynthesis. Fire and forget: the timer never waits for an utterance, and a
 * failed one (headless browsers have no voices) changes nothing. Stale speech is cancelled first.
 */

/** How to speak: loudness 0..1, rate (1 is normal), and a voice by its `voiceURI` (null: the default). */
export interface SpeechOptions {
	volume: number;
	rate?: number;
	voiceURI?: string | null;
}

/** An utterance under way: `finished` settles when it ends, fails or is cancelled, never rejects. */
export interface Speaking {
	finished: Promise<void>;
	cancel(): void;
}

export interface SpeechOutput {
	speak(text: string, options: SpeechOptions): void;
	/** Speaks and says when it is over, for a player that waits on the voice (never for long: it caps the wait). */
	say(text: string, options: SpeechOptions): Speaking;
	cancel(): void;
}

/** A voice the user can pick: `uri` tells it apart (several voices can share a name). */
export interface VoiceChoice {
	uri: string;
	name: string;
	lang: string;
}

function findSynth(): SpeechSynthesis | undefined {
	return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

/**
 * The voices this browser offers, or none. Some browsers list them only after `voiceschanged`, so this
 * waits for it a moment.
 */
export async function listVoices(waitMs = 1000): Promise<VoiceChoice[]> {
	const synth = findSynth();
	if (!synth) return [];
	const read = () => {
		try {
			return synth.getVoices().map((voice) => ({ uri: voice.voiceURI, name: voice.name, lang: voice.lang }));
		} catch {
			return [];
		}
	};
	const now = read();
	if (now.length > 0 || typeof synth.addEventListener !== 'function') return now;
	return new Promise((resolve) => {
		const done = () => {
			clearTimeout(timer);
			synth.removeEventListener('voiceschanged', done);
			resolve(read());
		};
		const timer = setTimeout(done, waitMs);
		synth.addEventListener('voiceschanged', done);
	});
}

export function createSpeechOutput(): SpeechOutput {
	const synth = findSynth();
	const Utterance = typeof SpeechSynthesisUtterance === 'undefined' ? undefined : SpeechSynthesisUtterance;
	/** Speaks, cancelling stale speech first; the utterance, or null when nothing could be said. */
	const start = (text: string, { volume, rate = 1, voiceURI = null }: SpeechOptions): SpeechSynthesisUtterance | null => {
		if (!synth || !Utterance || volume <= 0) return null;
		try {
			synth.cancel();
			const utterance = new Utterance(text);
			utterance.volume = volume;
			utterance.rate = rate;
			// A voice picked on another phone may not exist here: the default speaks instead.
			const voice = voiceURI === null ? undefined : synth.getVoices().find((v) => v.voiceURI === voiceURI);
			if (voice) utterance.voice = voice;
			synth.speak(utterance);
			return utterance;
		} catch (error) {
			console.warn('Speech failed.', error);
			return null;
		}
	};
	return {
		speak(text, options) {
			start(text, options);
		},
		say(text, options) {
			let settle = () => {};
			const finished = new Promise<void>((resolve) => (settle = resolve));
			const utterance = start(text, options);
			if (!utterance) settle();
			else {
				// Headless browsers and phones without voices fire `error` at once: nothing to wait for.
				utterance.addEventListener?.('end', () => settle());
				utterance.addEventListener?.('error', () => settle());
			}
			return {
				finished,
				cancel() {
					settle();
					try {
						synth?.cancel();
					} catch {
						// Nothing was speaking.
					}
				}
			};
		},
		cancel() {
			try {
				synth?.cancel();
			} catch {
				// Nothing was speaking.
			}
		}
	};
}
