/**
 * A new version of Unknot, offered on the user's word and never while a routine plays: the prompt
 * waits for the finish screen (or for the player to close), and a version that took over from another
 * tab reloads this one only then.
 */
import { applyWaitingUpdate, reloadPage } from '$lib/platform/sw-bridge';

/** What applying an update needs, replaceable in tests. */
export interface UpdateDeps {
	apply: () => Promise<void>;
	reload: () => void;
}

export class AppUpdate {
	/** A new version is waiting for the user's word. */
	waiting = $state(false);
	/** The new version already controls this page: a reload is all it takes. */
	reloadPending = $state(false);
	/** A routine is playing here (set by its screen): nothing may interrupt it. */
	routineRunning = $state(false);
	applying = $state(false);

	/** Whether to show the prompt now. */
	readonly show = $derived((this.waiting || this.reloadPending) && !this.routineRunning);

	readonly #deps: UpdateDeps;

	constructor(deps: UpdateDeps = { apply: applyWaitingUpdate, reload: reloadPage }) {
		this.#deps = deps;
	}

	/** The worker says a new version is waiting. */
	noteWaiting = (): void => {
		this.waiting = true;
	};

	/** The new version took over: reload now, or once the routine playing here has finished. */
	noteReloadNeeded = (): void => {
		if (this.applying || !this.routineRunning) this.#deps.reload();
		else this.reloadPending = true;
	};

	/** Marks whether a routine plays here; a reload put off for it happens once the prompt is tapped. */
	setRoutineRunning = (running: boolean): void => {
		this.routineRunning = running;
	};

	/** The user's word: take the new version (the page reloads into it). */
	update = async (): Promise<void> => {
		this.applying = true;
		if (this.reloadPending) return this.#deps.reload();
		await this.#deps.apply();
	};
}

/** The app's one update state. */
export const appUpdate = new AppUpdate();
