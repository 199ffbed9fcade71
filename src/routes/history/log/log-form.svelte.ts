/**
 * The "Log as done" form: which routine, when, and optionally how it felt before and after. Checked
 * before anything is saved; a failed save keeps every answer for another try.
 */
import { dayKeyOf, localInstant, minutesOfDay } from '$lib/core/local-time';
import type { Routine } from '$lib/core/routine-schema';
import type { SessionRecord } from '$lib/core/session-record';
import { compile, type CompileOptions } from '$lib/core/timeline';
import { CheckInDraft } from '$lib/history/check-in-draft.svelte';
import type { logSession } from '$lib/history/log-session';

/** `saved` stays until the screen moves on, so a second Enter cannot file the session twice. */
export type LogStatus = 'editing' | 'saving' | 'saved' | 'failed';

function pad(value: number): string {
	return String(value).padStart(2, '0');
}

export class LogForm {
	routineId = $state('');
	/** `YYYY-MM-DD`, as a date field gives it. */
	date = $state('');
	/** `HH:MM`, as a time field gives it. */
	time = $state('');
	readonly before: CheckInDraft;
	readonly after: CheckInDraft;
	notes = $state('');
	status: LogStatus = $state('editing');
	error: string | null = $state(null);

	readonly #routines: readonly Routine[];
	readonly #options: CompileOptions;
	readonly #timeZone: string;
	readonly #log: typeof logSession;
	readonly #now: () => number;

	constructor(
		routines: readonly Routine[],
		spots: readonly string[],
		options: CompileOptions,
		timeZone: string,
		log: typeof logSession,
		now = () => Date.now()
	) {
		this.#routines = routines;
		this.#options = options;
		this.#timeZone = timeZone;
		this.#log = log;
		this.#now = now;
		this.routineId = routines[0]?.id ?? '';
		// Started long enough ago to have ended by now, to the minute before.
		const startMs = now() - this.#lengthMs() - 60_000;
		const minutes = minutesOfDay(startMs, timeZone);
		this.date = dayKeyOf(startMs, timeZone);
		this.time = `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
		this.before = new CheckInDraft(spots.slice(0, 1));
		this.after = new CheckInDraft(spots.slice(0, 1));
	}

	/** The latest date the date field accepts: today. */
	get today(): string {
		return dayKeyOf(this.#now(), this.#timeZone);
	}

	/** Why the form cannot be saved as it is, or null when it can. */
	problem(): string | null {
		if (!this.#routines.some((routine) => routine.id === this.routineId)) return 'Choose the routine you did.';
		if (!/^\d{4}-\d{2}-\d{2}$/.test(this.date)) return 'Enter the date you did it.';
		const time = /^(\d{2}):(\d{2})$/.exec(this.time);
		if (!time || Number(time[1]) > 23 || Number(time[2]) > 59) return 'Enter the time you started.';
		if (this.#startedAt() > this.#now()) return 'That time is still to come: log a session once it is done.';
		if (this.#startedAt() + this.#lengthMs() > this.#now()) {
			return 'A session started then would not have ended yet: choose an earlier start time.';
		}
		return null;
	}

	/** The chosen routine's planned length. */
	#lengthMs(): number {
		const routine = this.#routines.find((r) => r.id === this.routineId);
		return routine ? compile(routine, this.#options).totalMs : 0;
	}

	#startedAt(): number {
		const [hours, minutes] = this.time.split(':').map(Number);
		return localInstant(this.date, (hours ?? 0) * 60 + (minutes ?? 0), this.#timeZone);
	}

	/** Files the session; resolves to its record, or null when the form has a problem or saving failed. */
	save = async (): Promise<SessionRecord | null> => {
		if (this.status === 'saving' || this.status === 'saved') return null;
		const problem = this.problem();
		if (problem) {
			this.status = 'failed';
			this.error = problem;
			return null;
		}
		const routine = this.#routines.find((r) => r.id === this.routineId)!;
		const startedAt = this.#startedAt();
		this.status = 'saving';
		this.error = null;
		try {
			// Timed at the session's start and end when filed.
			const checkIns = [...this.before.toCheckIns('before', startedAt), ...this.after.toCheckIns('after', startedAt)];
			const record = await this.#log({ routine, options: this.#options, startedAt, checkIns, notes: this.notes }, this.#now());
			this.status = 'saved';
			return record;
		} catch (error) {
			this.status = 'failed';
			this.error = error instanceof Error ? error.message : String(error);
			return null;
		}
	};
}
