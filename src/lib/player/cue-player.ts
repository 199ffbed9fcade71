/**
 * Turns the engine's cue points into sound, voice and vibration. Sounds are scheduled a few seconds
 * ahead on the audio clock (`cuesBetween(now, now + lookahead)`); voice and vibration fire on the first
 * frame at or after their moment. After a gap (a frozen or throttled page) only the cues of the last
 * moment are played, never a backlog.
 */
import { cuesBetween, vibrationPattern } from '$lib/core/cues';
import { spokenText } from '$lib/core/labels';
import type { SessionState } from '$lib/core/session';
import type { Settings } from '$lib/core/settings';
import type { Timeline } from '$lib/core/timeline';
import type { AudioOutput, ScheduledSound } from '$lib/platform/audio';
import type { SpeechOutput } from '$lib/platform/speech';
import type { VibrationOutput } from '$lib/platform/vibration';

export interface CueOutputs {
	audio: AudioOutput;
	speech: Pick<SpeechOutput, 'speak' | 'cancel'>;
	vibration: VibrationOutput;
}

export type CueSettings = Pick<Settings, 'sound' | 'voice' | 'vibration' | 'volume'> &
	Partial<Pick<Settings, 'voiceURI' | 'speechRate'>>;

/** How far ahead sounds are put on the audio clock. */
const LOOKAHEAD_MS = 3000;
/** Voice and vibration cues older than this when a frame finally comes are dropped. */
const CATCH_UP_MS = 1500;

export class CuePlayer {
	readonly #outputs: CueOutputs;
	readonly #scheduled = new Map<string, { atMs: number; sound: ScheduledSound | null }>();
	#firedUntilMs: number | null = null;

	constructor(outputs: CueOutputs) {
		this.#outputs = outputs;
	}

	/** Creates or resumes audio; must run inside the user's tap (Start, Resume). */
	unlock(): Promise<void> {
		return this.#outputs.audio.unlock();
	}

	/** Plays what is due and schedules what is coming; call every frame. */
	update(timeline: Timeline, state: SessionState, nowMs: number, settings: CueSettings): void {
		if (this.#firedUntilMs === null) this.#firedUntilMs = nowMs;

		if (settings.sound) {
			for (const timed of cuesBetween(timeline, state, nowMs, nowMs + LOOKAHEAD_MS)) {
				if (this.#scheduled.has(timed.key)) continue;
				this.#scheduled.set(timed.key, {
					atMs: timed.atMs,
					sound: this.#outputs.audio.schedule(timed.cue.kind, timed.atMs, settings.volume)
				});
			}
		}

		// An empty window (nothing new since the last frame, or a clock set back) holds no cues.
		const due = cuesBetween(timeline, state, Math.max(this.#firedUntilMs, nowMs - CATCH_UP_MS), nowMs);
		let spoken: string | null = null;
		for (const timed of due) {
			if (settings.voice) spoken = spokenText(timed, timeline.segments[timed.segmentIndex + 1]) ?? spoken;
			const pattern = settings.vibration ? vibrationPattern(timed.cue) : null;
			if (pattern) this.#outputs.vibration.vibrate(pattern);
		}
		// Only the latest phrase: two cues in one frame would otherwise cut each other off.
		if (spoken) {
			this.#outputs.speech.speak(spoken, { volume: settings.volume, rate: settings.speechRate, voiceURI: settings.voiceURI });
		}
		this.#firedUntilMs = Math.max(this.#firedUntilMs, nowMs);
		// Sounds scheduled are forgotten at the next reset (every tap clears them); between taps a
		// routine schedules a few hundred at most, so none is dropped before then.
	}

	/**
	 * The plan changed (pause, skip, back, +10 s…): silences sounds scheduled for the old plan. Cues
	 * from `nowMs` on are worked out afresh on the next update.
	 */
	reset(nowMs: number): void {
		for (const entry of this.#scheduled.values()) if (entry.atMs > nowMs) entry.sound?.cancel();
		this.#scheduled.clear();
		this.#firedUntilMs = nowMs;
	}

	/** Stops everything: the session is over or the player is closing. */
	stop(nowMs: number): void {
		this.reset(nowMs);
		this.#outputs.speech.cancel();
	}
}
