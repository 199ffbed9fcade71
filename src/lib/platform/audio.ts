/**
 * Cue sounds through the Web Audio API, scheduled on the audio clock so a busy or throttled main thread
 * cannot make them late. Synthesised (no files to load). Fails soft: without Web Audio, no sound.
 */
import type { Cue } from '$lib/core/timeline';

export type SoundKind = Cue['kind'];

/** A scheduled sound that can still be silenced before it plays. */
export interface ScheduledSound {
	cancel(): void;
}

/** What the cue player needs from an audio output; tests pass a spy. */
export interface AudioOutput {
	/** Creates or resumes the audio context. Call from a user gesture (Start, Resume). */
	unlock(): Promise<void>;
	/** Plays `kind` at wall-clock `atMs` (now if already past). */
	schedule(kind: SoundKind, atMs: number, volume: number): ScheduledSound | null;
}

/** A note: frequency (Hz), start offset and length (s) within the sound. */
type Note = [frequency: number, offset: number, length: number];

/** Each cue has its own shape, so they can be told apart with eyes closed. */
const SOUNDS: Record<SoundKind, { notes: Note[]; type: OscillatorType; gain: number }> = {
	'get-ready': { notes: [[523, 0, 0.12], [523, 0.2, 0.12]], type: 'sine', gain: 0.6 },
	start: { notes: [[660, 0, 0.12], [880, 0.12, 0.35]], type: 'triangle', gain: 0.9 },
	rep: { notes: [[1200, 0, 0.04]], type: 'square', gain: 0.25 },
	halfway: { notes: [[740, 0, 0.1], [740, 0.16, 0.1]], type: 'sine', gain: 0.5 },
	countdown: { notes: [[880, 0, 0.1]], type: 'sine', gain: 0.7 },
	end: { notes: [[988, 0, 0.4]], type: 'triangle', gain: 0.8 },
	switch: { notes: [[587, 0, 0.14], [784, 0.18, 0.14], [587, 0.36, 0.14]], type: 'triangle', gain: 0.8 },
	rest: { notes: [[784, 0, 0.18], [523, 0.2, 0.4]], type: 'sine', gain: 0.7 },
	finish: { notes: [[523, 0, 0.18], [659, 0.18, 0.18], [784, 0.36, 0.18], [1047, 0.54, 0.6]], type: 'triangle', gain: 0.8 }
};

type AudioContextConstructor = typeof AudioContext;

function findAudioContext(): AudioContextConstructor | undefined {
	if (typeof window === 'undefined') return undefined;
	return window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextConstructor }).webkitAudioContext;
}

/** The real Web Audio output. Nothing is created until `unlock()`, which needs a user gesture. */
export function createWebAudioOutput(): AudioOutput {
	let context: AudioContext | undefined;

	return {
		async unlock() {
			const Context = findAudioContext();
			if (!Context) return;
			try {
				context ??= new Context();
				// iOS can leave a context "interrupted" after the screen locks; resume covers that too.
				if (context.state !== 'running') await context.resume();
			} catch (error) {
				console.warn('Audio could not start; cues will be silent.', error);
			}
		},

		schedule(kind, atMs, volume) {
			if (!context || context.state !== 'running' || volume <= 0) return null;
			const sound = SOUNDS[kind];
			const start = context.currentTime + Math.max(0, (atMs - Date.now()) / 1000);
			const output = context.createGain();
			output.gain.value = sound.gain * volume;
			output.connect(context.destination);
			const oscillators = sound.notes.map(([frequency, offset, length]) => {
				const oscillator = context!.createOscillator();
				const envelope = context!.createGain();
				oscillator.type = sound.type;
				oscillator.frequency.value = frequency;
				// A short attack and release: no clicks.
				envelope.gain.setValueAtTime(0, start + offset);
				envelope.gain.linearRampToValueAtTime(1, start + offset + 0.01);
				envelope.gain.setValueAtTime(1, start + offset + length - 0.02);
				envelope.gain.linearRampToValueAtTime(0, start + offset + length);
				oscillator.connect(envelope).connect(output);
				oscillator.start(start + offset);
				oscillator.stop(start + offset + length);
				return oscillator;
			});
			return {
				cancel() {
					for (const oscillator of oscillators) {
						try {
							oscillator.stop();
						} catch {
							// Already stopped: nothing to silence.
						}
					}
					output.disconnect();
				}
			};
		}
	};
}

interface AudioSessionLike {
	type: string;
}

/** True where the browser lets a page choose how its audio mixes with the OS (Safari's audioSession). */
export function hasAudioSession(): boolean {
	return typeof navigator !== 'undefined' && 'audioSession' in navigator;
}

/**
 * "playback" makes cues sound with the ring/silent switch on (and pauses the user's music);
 * "auto" is the browser's default.
 */
export function setAudioSessionType(type: 'playback' | 'auto'): void {
	if (!hasAudioSession()) return;
	try {
		(navigator as unknown as { audioSession: AudioSessionLike }).audioSession.type = type;
	} catch (error) {
		console.warn('Could not set the audio session type.', error);
	}
}
