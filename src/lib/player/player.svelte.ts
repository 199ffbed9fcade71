/**
 * The running routine as reactive state: the pure engine (`$lib/core/session`) plus the current time.
 * Components read `position`, `segment` and `next`, and call the verbs. Side effects (saving, later
 * sound and wake lock) come in through `PlayerDeps` so tests drive it with fake time and spies.
 */
import type { Routine } from '$lib/core/routine-schema';
import {
	advance,
	createSession,
	positionAt,
	settle,
	summarize,
	type Position,
	type SessionEvent,
	type SessionState
} from '$lib/core/session';
import { compile, type CompileOptions, type Segment, type Timeline } from '$lib/core/timeline';
import type { SessionRecord } from '$lib/platform/db';

export interface PlayerDeps {
	now: () => number;
	newId: () => string;
	/** Keeps a finished or ended session; rejects with a message a user can read. */
	recordSession: (record: SessionRecord) => Promise<void>;
	/** Calls back on every frame (and regularly while frames are throttled); returns a stop function. */
	everyFrame: (callback: (nowMs: number) => void) => () => void;
}

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export class Player {
	readonly routine: Routine;
	readonly timeline: Timeline;
	readonly #deps: PlayerDeps;
	readonly #id: string;

	state: SessionState = $state.raw() as SessionState;
	nowMs = $state(0);
	saveStatus: SaveStatus = $state('idle');
	saveError: string | null = $state(null);
	/** The session as it was recorded, once finished. */
	record: SessionRecord | null = $state.raw(null);

	readonly position: Position;
	readonly segment: Segment | undefined;
	readonly next: Segment | undefined;

	constructor(routine: Routine, deps: PlayerDeps, options: CompileOptions = {}) {
		this.routine = routine;
		this.timeline = compile(routine, options);
		this.#deps = deps;
		this.#id = deps.newId();
		this.state = createSession(this.timeline);
		this.nowMs = deps.now();
		this.position = $derived(positionAt(this.timeline, this.state, this.nowMs));
		this.segment = $derived(this.timeline.segments[this.position.index]);
		this.next = $derived(this.timeline.segments[this.position.index + 1]);
	}

	/** Moves the displayed time on; records the session when the routine has just run out. */
	tick(nowMs = this.#deps.now()): void {
		this.nowMs = nowMs;
		if (this.state.status === 'running' && this.position.status === 'finished') {
			this.state = settle(this.timeline, this.state, nowMs);
			void this.#recordOnce();
		}
	}

	/** Keeps the display moving while the session runs; returns the function that stops it. */
	attach(): () => void {
		return this.#deps.everyFrame((nowMs) => this.tick(nowMs));
	}

	start = () => this.#send({ type: 'start' });
	pause = () => this.#send({ type: 'pause' });
	resume = () => this.#send({ type: 'resume' });
	togglePause = () => (this.state.status === 'paused' ? this.resume() : this.pause());
	skip = () => this.#send({ type: 'skip' });
	back = () => this.#send({ type: 'back' });
	addTime = () => this.#send({ type: 'add-time' });
	done = () => this.#send({ type: 'done' });
	/** Ends early; the session is recorded as partial. */
	end = () => this.#send({ type: 'finish' });

	/** Tries to save again after a failure (storage full, say); the session is still in memory. */
	retrySave = () => {
		if (this.saveStatus === 'failed') {
			this.#recorded = false;
			void this.#recordOnce();
		}
	};

	#send(event: SessionEvent): void {
		const now = this.#deps.now();
		this.state = advance(this.timeline, this.state, event, now);
		this.nowMs = now;
		if (this.state.status === 'finished') void this.#recordOnce();
	}

	#recorded = false;

	async #recordOnce(): Promise<void> {
		if (this.#recorded) return;
		this.#recorded = true;
		const record = this.#buildRecord();
		this.record = record;
		this.saveStatus = 'saving';
		this.saveError = null;
		try {
			await this.#deps.recordSession(record);
			this.saveStatus = 'saved';
		} catch (error) {
			this.saveStatus = 'failed';
			this.saveError = error instanceof Error ? error.message : String(error);
		}
	}

	#buildRecord(): SessionRecord {
		const { state, timeline, routine } = this;
		const startedAt = state.startedAtMs ?? state.anchorMs;
		const endedAt = state.finishedAtMs ?? state.anchorMs;
		const reachedEnd = state.index >= timeline.segments.length;
		return {
			id: this.#id,
			routineId: routine.id,
			routineTitle: routine.title,
			startedAt,
			endedAt,
			status: reachedEnd ? 'completed' : 'partial',
			activeSeconds: Math.max(0, Math.round((endedAt - startedAt - state.pausedMs) / 1000)),
			steps: summarize(
				timeline,
				state,
				routine.steps.map((step) => step.name ?? 'Rest')
			)
		};
	}
}
