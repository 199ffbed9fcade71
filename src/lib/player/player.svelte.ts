/**
 * The running routine as reactive state: the pure engine (`$lib/core/session`) plus the current time.
 * Components read `position`, `segment` and `next`, and call the verbs. Every side effect (saving,
 * cues, wake lock, media session) comes in through `PlayerDeps`, so tests drive it with fake time and
 * spies.
 */
import type { Routine } from '$lib/core/routine-schema';
import {
	advance,
	CARRY_ON_WITHIN_MS,
	createSession,
	positionAt,
	restoreAfterGap,
	settle,
	type Position,
	type SessionEvent,
	type SessionState
} from '$lib/core/session';
import type { SessionInProgress } from '$lib/core/session-in-progress';
import type { CheckIn } from '$lib/core/check-in';
import { buildSessionRecord, type SessionRecord } from '$lib/core/session-record';
import { DEFAULT_SETTINGS, type Settings } from '$lib/core/settings';
import { RECORD_VERSION } from '$lib/core/stored-record';
import { segmentTitle } from '$lib/core/labels';
import { BRIEF_CAP_MS, compile, nextStepStart, stepStarts, upNext, type CompileOptions, type Segment, type Timeline } from '$lib/core/timeline';
import type { MediaSessionControl } from '$lib/platform/media-session';
import type { Speaking } from '$lib/platform/speech';
import type { TabLock } from '$lib/platform/tab-lock';
import type { WakeLockControl } from '$lib/platform/wake-lock';
import type { CuePlayer } from './cue-player';

export interface PlayerDeps {
	/** The player's clock: monotonic while the page lives (see `platform/clock.ts`). */
	now: () => number;
	newId: () => string;
	/** Calls back on every frame (and regularly while frames are throttled); returns a stop function. */
	everyFrame: (callback: (nowMs: number) => void) => () => void;
	/** Calls back when the page is hidden or being left; returns a stop function. */
	onHide: (callback: () => void) => () => void;
	/** Files a finished session in the history and deletes its session in progress. */
	fileSession: (record: SessionRecord, routine: Routine) => Promise<'filed' | 'already-filed'>;
	/** Checkpoints the session in progress, unless it was filed already (ended in another tab). */
	putInProgress: (record: SessionInProgress) => Promise<'saved' | 'already-filed'>;
	/** Reads a session in progress again (after taking over from another tab). */
	getInProgress: (sessionId: string) => Promise<SessionInProgress | undefined>;
	/** Files every other session in progress as ended early, so starting a routine never loses one. */
	fileOthersInProgress: (keepSessionId: string) => Promise<void>;
	tabLock: TabLock;
	cues: Pick<CuePlayer, 'unlock' | 'update' | 'reset' | 'stop'>;
	/** Reads a step's instructions aloud (a brief); `finished` settles when the voice is done or fails. */
	brief: (text: string, settings: Settings) => Speaking;
	wakeLock: WakeLockControl;
	media: MediaSessionControl;
}

/** How a player begins: fresh, or from a session in progress. */
export interface PlayerStart {
	routine: Routine;
	options?: CompileOptions;
	settings?: Settings;
	/**
	 * A session in progress to continue: it carries on if its checkpoint is recent, and comes back
	 * paused at the checkpoint otherwise (see `restoreAfterGap`).
	 */
	from?: SessionInProgress;
}

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * Where the routine plays: not yet claimed, here, in another tab (this one waits and may take over),
 * or moved (another tab took over, or ended the session).
 */
export type TabStatus = 'unclaimed' | 'here' | 'elsewhere' | 'moved';

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
	tab: TabStatus = $state('unclaimed');
	/** True while the session waits paused after a long gap (a reload or a thawed page), until Resume. */
	cameBackPaused = $state(false);
	saveStatus: SaveStatus = $state('idle');
	saveError: string | null = $state(null);
	/** Set when checkpointing fails; the routine keeps running. */
	progressError: string | null = $state(null);
	/** Set when a routine left in progress could not be filed as ended on Start. */
	filingError: string | null = $state(null);
	/** The session as it was recorded, once finished. */
	record: SessionRecord | null = $state.raw(null);

	readonly position: Position;
	readonly segment: Segment | undefined;
	/** The exercise after this one (past the get-ready or switch in front of it), for "Next". */
	readonly next: Segment | undefined;
	/** Where each step the player can jump to begins, in order. */
	readonly steps: { stepIndex: number; segmentIndex: number }[];
	/** The current step's place in `steps` (0-based), or -1 once finished. */
	readonly stepNumber: number;
	/** True while a step follows this one: Skip exercise never ends the session (End session asks first). */
	readonly hasNextStep: boolean;

	/** How the sore spots felt before Start; checkpointed with the session and filed with it. */
	#checkInsBefore: readonly CheckIn[] = [];
	#lastCheckpointMs = Number.NEGATIVE_INFINITY;
	/** The last frame's time: a longer silence than `CARRY_ON_WITHIN_MS` is a gap (a frozen page). */
	#lastFrameMs: number;
	#recorded = false;
	#wakeLockHeld = false;
	/** The brief being read aloud, by segment index, so each visit to a brief reads it once. */
	#briefing: { index: number; cancel: () => void } | null = null;

	// Mutation testing: emptying this body would wrap it in a block, where `$derived` does not compile.
	// Stryker disable next-line BlockStatement
	constructor(start: PlayerStart, deps: PlayerDeps) {
		this.routine = start.routine;
		this.options = start.options ?? {};
		this.timeline = compile(start.routine, this.options);
		this.#deps = deps;
		this.sessionId = start.from?.sessionId ?? deps.newId();
		this.settings = start.settings ?? { ...DEFAULT_SETTINGS };
		this.nowMs = deps.now();
		this.#lastFrameMs = this.nowMs;
		if (start.from) {
			this.#checkInsBefore = start.from.checkIns ?? [];
			this.state = restoreAfterGap(this.timeline, start.from.state, start.from.updatedAt, this.nowMs);
			this.cameBackPaused = this.state.status === 'paused';
		} else {
			this.state = createSession(this.timeline);
		}
		this.position = $derived(positionAt(this.timeline, this.state, this.nowMs));
		// The position changes every frame, its index only between segments: what hangs on the index
		// (the segment, what comes next, the step) is worked out once per segment, not per frame.
		const index = $derived(this.position.index);
		this.segment = $derived(this.timeline.segments[index]);
		this.next = $derived(upNext(this.timeline, index));
		this.steps = stepStarts(this.timeline);
		this.stepNumber = $derived(this.steps.findIndex((step) => step.stepIndex === this.segment?.stepIndex));
		this.hasNextStep = $derived(this.stepNumber >= 0 && this.stepNumber < this.steps.length - 1);
	}

	/**
	 * Keeps the display, cues and checkpoints going while the player is shown, claiming the player for
	 * this tab when it continues a session; returns the function that stops them all.
	 */
	attach(): () => void {
		const stopFrames = this.#deps.everyFrame((nowMs) => this.tick(nowMs));
		const stopHide = this.#deps.onHide(() => this.#checkpoint(this.#deps.now()));
		// A session continued (restored, or shown again) claims this tab; a fresh one claims it on Start,
		// which takes the wake lock itself.
		if (this.tab === 'unclaimed' && this.state.status !== 'ready') {
			void this.#claim(false).then((claimed) => claimed && this.#carryOnHere());
		}
		return () => {
			stopFrames();
			stopHide();
			// Leaving the player in the app (Back, a link) keeps the latest position, as hiding the page does.
			this.#checkpoint(this.#deps.now());
			this.#letGo();
			// Shown again later, it claims the player anew.
			if (this.tab === 'here') this.tab = 'unclaimed';
		};
	}

	/** Moves the display on, plays due cues, checkpoints, and records the session when it runs out. */
	tick(nowMs = this.#deps.now()): void {
		const silentFor = nowMs - this.#lastFrameMs;
		this.#lastFrameMs = nowMs;
		if (this.tab !== 'here') {
			this.nowMs = nowMs;
			return;
		}
		if (this.state.status === 'running' && silentFor > CARRY_ON_WITHIN_MS) {
			// The page was frozen (or the phone slept) for longer than the carry-on window: the same rule
			// as a reload after that gap, so the time away is never counted as exercise.
			const checkpoint = Number.isFinite(this.#lastCheckpointMs) ? this.#lastCheckpointMs : nowMs - silentFor;
			this.state = restoreAfterGap(this.timeline, this.state, checkpoint, nowMs);
			this.cameBackPaused = true;
			this.#deps.cues.reset(nowMs);
			this.#checkpoint(nowMs);
		}
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
		this.#followBrief();
		if (before.status === 'paused' && before.pausedAtMs !== null && nowMs - before.pausedAtMs > RELEASE_WAKE_LOCK_AFTER_PAUSE_MS) {
			this.#holdWakeLock(false);
		}
		const segment = this.segment;
		if (segment) this.#deps.media.update(segmentTitle(segment), this.routine.title, this.state.status === 'running');
	}

	/** Notes how the sore spots feel before the routine starts (the overview's check-in); ignored once started. */
	noteCheckInsBefore = (checkIns: readonly CheckIn[]): void => {
		if (this.state.status === 'ready') this.#checkInsBefore = checkIns;
	};

	/** Starts the routine once this tab has the player; call from the user's tap so audio can start. */
	start = async (): Promise<void> => {
		void this.#deps.cues.unlock();
		if (await this.#claim(false)) this.#begin();
	};
	pause = () => this.#send({ type: 'pause' });
	/** Resumes; call from the user's tap so audio can resume (iOS may have interrupted it). */
	resume = () => {
		void this.#deps.cues.unlock();
		this.#activateMedia();
		this.cameBackPaused = false;
		this.#send({ type: 'resume' });
	};
	togglePause = () => (this.state.status === 'paused' ? this.resume() : this.pause());
	skip = () => this.#send({ type: 'skip' });
	back = () => this.#send({ type: 'back' });
	/** Moves to the step after this one in one tap (its get-ready, if it has one); on the last step, nothing. */
	skipExercise = () => {
		if (this.hasNextStep) this.#send({ type: 'jump', index: nextStepStart(this.timeline, this.position.index) });
	};
	/** Moves to the start of a step of the routine, forward or back. */
	jumpToStep = (stepIndex: number) => {
		const start = this.steps.find((step) => step.stepIndex === stepIndex);
		if (start) this.#send({ type: 'jump', index: start.segmentIndex });
	};
	addTime = () => this.#send({ type: 'add-time' });
	done = () => this.#send({ type: 'done' });
	/** Ends early; the session is recorded as partial. */
	end = () => this.#send({ type: 'finish' });

	/**
	 * Plays the routine here instead of in the other tab that has it. A session in progress carries on
	 * from its latest checkpoint (the other tab checkpoints on every tap); one that the other tab
	 * finished meanwhile is not played again.
	 */
	takeOver = async (): Promise<void> => {
		void this.#deps.cues.unlock();
		if (!(await this.#claim(true))) return;
		if (this.state.status === 'ready') {
			this.#begin();
			return;
		}
		const latest = await this.#deps.getInProgress(this.sessionId).catch(() => undefined);
		if (!latest) {
			this.#moved();
			return;
		}
		const now = this.#deps.now();
		this.state = restoreAfterGap(this.timeline, latest.state, latest.updatedAt, now);
		this.cameBackPaused = this.state.status === 'paused';
		this.nowMs = now;
		this.#lastFrameMs = now;
		this.#deps.cues.reset(now);
		this.#checkpoint(now);
		this.#carryOnHere();
	};

	/** Tries to save again after a failure (storage full, say); the session is still in memory. */
	retrySave = () => {
		if (this.saveStatus !== 'failed') return;
		this.#recorded = false;
		void this.#recordOnce();
	};

	#begin(): void {
		this.#activateMedia();
		this.#send({ type: 'start' });
		// Only after this session's first checkpoint is written, and naming it, so it is never touched.
		this.#fileOthers();
	}

	#fileOthers(): void {
		this.#deps.fileOthersInProgress(this.sessionId).catch((error: unknown) => {
			this.filingError = `The routine you left in progress could not be saved to your history: ${messageOf(error)}`;
		});
	}

	async #claim(takeOver: boolean): Promise<boolean> {
		const claimed = await this.#deps.tabLock.claim(takeOver, () => this.#moved());
		if (!claimed) {
			this.tab = 'elsewhere';
			return false;
		}
		this.tab = 'here';
		return true;
	}

	/** A session continued in this tab: the screen stays on and the lock screen shows it while it runs. */
	#carryOnHere(): void {
		if (this.state.status === 'running') {
			this.#holdWakeLock(true);
			this.#activateMedia();
		}
		// Continuing one session sets aside any other left in progress (one plays at a time).
		this.#fileOthers();
	}

	/** Another tab has the session now: stop every sound, save nothing more, and say so. */
	#moved(): void {
		this.tab = 'moved';
		this.#letGo();
	}

	/**
	 * While a brief runs, reads it aloud once and ends it when the voice is done (or fails, or has had
	 * `BRIEF_CAP_MS`): the get-ready countdown never starts over the instructions, nor waits for long.
	 * Paused, skipped or left, the reading stops; resumed, it starts again from the top.
	 */
	#followBrief(): void {
		const index = this.position.index;
		if (this.tab !== 'here' || this.state.status !== 'running' || this.segment?.kind !== 'brief') {
			this.#stopBrief();
			return;
		}
		if (this.position.elapsedMs >= BRIEF_CAP_MS) {
			this.#send({ type: 'done' });
			return;
		}
		if (this.#briefing?.index === index) return;
		this.#stopBrief();
		const speaking = this.#deps.brief(this.segment.say, this.settings);
		const briefing = { index, cancel: speaking.cancel };
		this.#briefing = briefing;
		void speaking.finished.then(() => {
			if (this.#briefing !== briefing) return;
			this.#briefing = null;
			if (this.state.status === 'running' && this.position.index === index) this.#send({ type: 'done' });
		});
	}

	#stopBrief(): void {
		const briefing = this.#briefing;
		this.#briefing = null;
		briefing?.cancel();
	}

	#letGo(): void {
		this.#stopBrief();
		this.#holdWakeLock(false);
		// After a natural finish the closing words are still being spoken: let them be.
		if (this.state.status !== 'finished') this.#deps.cues.stop(this.#deps.now());
		this.#deps.media.deactivate();
		this.#deps.tabLock.release();
	}

	#send(event: SessionEvent): void {
		if (this.tab !== 'here') return;
		const now = this.#deps.now();
		const next = advance(this.timeline, this.state, event, now);
		if (next === this.state) return;
		this.state = next;
		this.nowMs = now;
		this.#lastFrameMs = now;
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
		this.#deps.tabLock.release();
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
		if (this.tab !== 'here' || (this.state.status !== 'running' && this.state.status !== 'paused')) return;
		// A routine that ran out since the last frame is filed by the next frame, not checkpointed:
		// the checkpoint before stands, and a reload finishes the routine from it.
		if (settle(this.timeline, this.state, nowMs).status === 'finished') return;
		this.#lastCheckpointMs = nowMs;
		this.#deps
			.putInProgress({
				recordVersion: RECORD_VERSION,
				sessionId: this.sessionId,
				routine: this.routine,
				options: this.options,
				state: this.state,
				...(this.#checkInsBefore.length > 0 ? { checkIns: [...this.#checkInsBefore] } : {}),
				updatedAt: nowMs
			})
			.then((outcome) => {
				this.progressError = null;
				// Ended in another tab meanwhile: this one must not play (or record) it again.
				if (outcome === 'already-filed' && this.state.status !== 'finished') this.#moved();
			})
			.catch((error: unknown) => {
				this.progressError = messageOf(error);
			});
	}

	async #recordOnce(): Promise<void> {
		if (this.#recorded) return;
		this.#recorded = true;
		const record = buildSessionRecord(this.sessionId, this.routine, this.timeline, this.state, this.#checkInsBefore);
		this.record = record;
		this.saveStatus = 'saving';
		this.saveError = null;
		try {
			await this.#deps.fileSession(record, this.routine);
			this.saveStatus = 'saved';
		} catch (error) {
			this.saveStatus = 'failed';
			this.saveError = messageOf(error);
		}
	}
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
