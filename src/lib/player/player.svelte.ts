/**
 * The running routine as reactive state: the pure engine (`$lib/core/session`) plus the current time.
 * Components read `position`, `segment` and `next`, and call the verbs. Every side effect (saving,
 * cues, wake lock, media session) comes in through `PlayerDeps`, so tests drive it with fake time and
 * spies.
 */
import type { Routine } from '$lib/core/routine-schema';
import {
	advance,
	createSession,
	positionAt,
	restoreAfterGap,
	settle,
	type Position,
	type SessionEvent,
	type SessionState
} from '$lib/core/session';
import { buildSessionRecord, type SessionRecord } from '$lib/core/session-record';
import { DEFAULT_SETTINGS, type Settings } from '$lib/core/settings';
import { compile, describeSegment, type CompileOptions, type Segment, type Timeline } from '$lib/core/timeline';
import type { ActiveSessionRecord } from '$lib/platform/db';
import type { MediaSessionControl } from '$lib/platform/media-session';
import type { WakeLockControl } from '$lib/platform/wake-lock';
import type { CuePlayer } from './cue-player';

export interface PlayerDeps {
	now: () => number;
	newId: () => string;
	/** Calls back on every frame (and regularly while frames are throttled); returns a stop function. */
	everyFrame: (callback: (nowMs: number) => void) => () => void;
	/** Calls back when the page is hidden or being left; returns a stop function. */
	onHide: (callback: () => void) => () => void;
	/** Files a finished session in the history and clears the checkpoint; rejects with a readable message. */
	completeSession: (record: SessionRecord) => Promise<void>;
	/** Replaces a session already filed (the finish screen adds pain and notes). */
	updateSession: (record: SessionRecord) => Promise<void>;
	saveProgress: (record: ActiveSessionRecord) => Promise<void>;
	cues: Pick<CuePlayer, 'unlock' | 'update' | 'reset' | 'stop'>;
	wakeLock: WakeLockControl;
	media: MediaSessionControl;
}

/** How a player begins: fresh, or from a checkpoint. */
export interface PlayerStart {
	routine: Routine;
	options?: CompileOptions;
	settings?: Settings;
	/**
	 * A checkpointed session to continue: it carries on if the checkpoint is recent, and comes back
	 * paused at the checkpoint otherwise (see `restoreAfterGap`).
	 */
	resume?: { sessionId: string; state: SessionState; savedAt: number };
}

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

/** Checkpoint at least this often while running. */
export const CHECKPOINT_EVERY_MS = 5000;
/** A pause longer than this lets the screen sleep. */
export const RELEASE_WAKE_LOCK_AFTER_PAUSE_MS = 60_000;

export class Player {
	readonly routine: Routine;
	readonly options: CompileOptions;
	readonly timeline: Timeline;
	readonly sessionId: string;
	readonly #deps: PlayerDeps;

	state: SessionState = $state.raw() as SessionState;
	nowMs = $state(0);
	settings: Settings = $state.raw() as Settings;
	saveStatus: SaveStatus = $state('idle');
	saveError: string | null = $state(null);
	/** Set when checkpointing fails; the routine keeps running. */
	progressError: string | null = $state(null);
	/** The session as it was recorded, once finished. */
	record: SessionRecord | null = $state.raw(null);

	readonly position: Position;
	readonly segment: Segment | undefined;
	readonly next: Segment | undefined;

	#lastCheckpointMs = Number.NEGATIVE_INFINITY;
	#recorded = false;
	#wakeLockHeld = false;

	constructor(start: PlayerStart, deps: PlayerDeps) {
		this.routine = start.routine;
		this.options = start.options ?? {};
		this.timeline = compile(start.routine, this.options);
		this.#deps = deps;
		this.sessionId = start.resume?.sessionId ?? deps.newId();
		this.settings = start.settings ?? { ...DEFAULT_SETTINGS };
		this.nowMs = deps.now();
		this.state = start.resume
			? restoreAfterGap(this.timeline, start.resume.state, start.resume.savedAt, this.nowMs)
			: createSession(this.timeline);
		this.position = $derived(positionAt(this.timeline, this.state, this.nowMs));
		this.segment = $derived(this.timeline.segments[this.position.index]);
		this.next = $derived(this.timeline.segments[this.position.index + 1]);
	}

	/**
	 * Keeps the display, cues and checkpoints going while the player is shown; returns the function
	 * that stops them.
	 */
	attach(): () => void {
		const stopFrames = this.#deps.everyFrame((nowMs) => this.tick(nowMs));
		const stopHide = this.#deps.onHide(() => this.#checkpoint(this.#deps.now()));
		if (this.state.status === 'running') this.#holdWakeLock(true);
		return () => {
			stopFrames();
			stopHide();
			this.#holdWakeLock(false);
			// After a natural finish the closing words are still being spoken: let them be.
			if (this.state.status !== 'finished') this.#deps.cues.stop(this.#deps.now());
			this.#deps.media.deactivate();
		};
	}

	/** Moves the display on, plays due cues, checkpoints, and records the session when it runs out. */
	tick(nowMs = this.#deps.now()): void {
		const before = this.state;
		this.nowMs = nowMs;
		if (before.status === 'running') {
			this.#deps.cues.update(this.timeline, before, nowMs, this.settings);
			if (this.position.status === 'finished') {
				this.state = settle(this.timeline, before, nowMs);
				this.#finish(nowMs);
				return;
			}
			if (nowMs - this.#lastCheckpointMs >= CHECKPOINT_EVERY_MS) this.#checkpoint(nowMs);
		}
		if (before.status === 'paused' && before.pausedAtMs !== null && nowMs - before.pausedAtMs > RELEASE_WAKE_LOCK_AFTER_PAUSE_MS) {
			this.#holdWakeLock(false);
		}
		const segment = this.segment;
		if (segment) this.#deps.media.update(describeSegment(segment), this.routine.title, this.state.status === 'running');
	}

	/** Starts the routine; call from the user's tap so audio can start. */
	start = () => {
		void this.#deps.cues.unlock();
		this.#activateMedia();
		this.#send({ type: 'start' });
	};
	pause = () => this.#send({ type: 'pause' });
	/** Resumes; call from the user's tap so audio can resume (iOS may have interrupted it). */
	resume = () => {
		void this.#deps.cues.unlock();
		this.#activateMedia();
		this.#send({ type: 'resume' });
	};
	togglePause = () => (this.state.status === 'paused' ? this.resume() : this.pause());
	skip = () => this.#send({ type: 'skip' });
	back = () => this.#send({ type: 'back' });
	addTime = () => this.#send({ type: 'add-time' });
	done = () => this.#send({ type: 'done' });
	/** Ends early; the session is recorded as partial. */
	end = () => this.#send({ type: 'finish' });

	/** Tries to save again after a failure (storage full, say); the session is still in memory. */
	retrySave = () => {
		if (this.saveStatus !== 'failed') return;
		this.#recorded = false;
		void this.#recordOnce();
	};

	/** Adds how the sore spot feels now (0–10) and a note to the recorded session. */
	async addCheckIn(painAfter: number | undefined, notes: string): Promise<void> {
		if (!this.record) return;
		const trimmed = notes.trim();
		const updated: SessionRecord = { ...this.record, painAfter, notes: trimmed || undefined };
		if (painAfter === undefined) delete updated.painAfter;
		if (!trimmed) delete updated.notes;
		this.saveStatus = 'saving';
		try {
			await this.#deps.updateSession(updated);
			this.record = updated;
			this.saveStatus = 'saved';
			this.saveError = null;
		} catch (error) {
			this.saveStatus = 'failed';
			this.saveError = error instanceof Error ? error.message : String(error);
		}
	}

	#send(event: SessionEvent): void {
		const now = this.#deps.now();
		const next = advance(this.timeline, this.state, event, now);
		if (next === this.state) return;
		this.state = next;
		this.nowMs = now;
		this.#deps.cues.reset(now);
		if (next.status === 'finished') {
			this.#finish(now);
			return;
		}
		// Kept through a short pause (tick lets it go after a minute), so the screen does not blink off.
		const recentlyPaused = next.pausedAtMs !== null && now - next.pausedAtMs <= RELEASE_WAKE_LOCK_AFTER_PAUSE_MS;
		this.#holdWakeLock(next.status === 'running' || recentlyPaused);
		this.#checkpoint(now);
		this.tick(now);
	}

	#finish(nowMs: number): void {
		this.#deps.cues.reset(nowMs);
		this.#holdWakeLock(false);
		this.#deps.media.deactivate();
		void this.#recordOnce();
	}

	#activateMedia(): void {
		this.#deps.media.activate({ play: this.resume, pause: this.pause, next: this.skip, previous: this.back });
	}

	#holdWakeLock(hold: boolean): void {
		if (hold === this.#wakeLockHeld) return;
		this.#wakeLockHeld = hold;
		if (hold) this.#deps.wakeLock.acquire();
		else this.#deps.wakeLock.release();
	}

	#checkpoint(nowMs: number): void {
		if (this.state.status !== 'running' && this.state.status !== 'paused') return;
		this.#lastCheckpointMs = nowMs;
		this.#deps
			.saveProgress({
				key: 'current',
				sessionId: this.sessionId,
				routine: this.routine,
				options: this.options,
				state: this.state,
				savedAt: nowMs
			})
			.then(() => (this.progressError = null))
			.catch((error: unknown) => {
				this.progressError = error instanceof Error ? error.message : String(error);
			});
	}

	async #recordOnce(): Promise<void> {
		if (this.#recorded) return;
		this.#recorded = true;
		const record = buildSessionRecord(this.sessionId, this.routine, this.timeline, this.state);
		this.record = record;
		this.saveStatus = 'saving';
		this.saveError = null;
		try {
			await this.#deps.completeSession(record);
			this.saveStatus = 'saved';
		} catch (error) {
			this.saveStatus = 'failed';
			this.saveError = error instanceof Error ? error.message : String(error);
		}
	}
}
