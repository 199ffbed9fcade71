/**
 * The plan screen: the entries (which routine, when), adding and changing one, rest weeks, this
 * week's done-out-of-due, and the calendar file. Every change is stored at once; a failure says why
 * and leaves what was stored as it was.
 */
import { addDays, dayKeyOf, startOfDay, weekOf, type DayKey } from '$lib/core/local-time';
import {
	adherenceFromRecords,
	buildPlanEntry,
	describeSchedule,
	endedEntry,
	isCurrent,
	EVERY_DAY,
	MAX_TIMES_A_DAY,
	orderEntries,
	parsePlanEntry,
	pauseOn,
	suggestSchedule,
	withoutPause,
	withPause,
	withSchedule,
	type PlanEntry,
	type PlanPause,
	type PlanSchedule,
	type WeekAdherence,
	type Weekday
} from '$lib/core/plan';
import { PROGRESSION_CEILINGS, type ProgressionChange, type ProgressionRule, type Routine } from '$lib/core/routine-schema';
import { describeDose, doseValueText, ownValue, rulesFor, type Dose } from '$lib/core/progression';
import { acceptProposal, declineProposal, readProposals, unansweredReason, type EntryProposal } from '$lib/plan/dose-proposals';
import { summarizeRoutine } from '$lib/core/routine-summary';
import { describeUnreadable } from '$lib/core/stored-record';
import { dayAndMonth } from '$lib/core/day-labels';
import { appPath, absoluteUrl } from '$lib/platform/address';
import { now as clockNow, timeZoneOfDevice } from '$lib/platform/clock';
import { newId } from '$lib/platform/ids';
import { deletePlanEntry, listPlanEntries, putPlanEntry, updatePlanEntry } from '$lib/platform/plan-store';
import { listRunDays } from '$lib/platform/run-day-store';
import { listSessionsBetween } from '$lib/platform/session-store';
import { getSettings, putSetting } from '$lib/platform/settings-store';
import { shareFile, type ShareOutcome } from '$lib/platform/share-file';
import { getRoutine } from '$lib/routines/library';

/** The form for adding or changing an entry, as typed. */
export interface EntryForm {
	/** The entry changed, or null for a new one. */
	entryId: string | null;
	routineId: string;
	routineTitle: string;
	kind: PlanSchedule['kind'];
	weekdays: Weekday[];
	times: string[];
	/** Every rule the routine's steps allow, each on or off, with its step and ceiling as typed. */
	rules: RuleForm[];
	/** When adding a routine the plan already has: its entries' schedules, in words. */
	alreadyPlanned: string[];
}

/** One progression rule as the form shows it. */
export interface RuleForm {
	step: string;
	stepName: string;
	change: ProgressionChange;
	/** The step's own value, the floor of any ceiling. */
	own: number;
	on: boolean;
	by: number;
	max: number;
}

/** What the screen reaches out to; tests pass stand-ins. */
export interface PlanScreenDeps {
	listPlanEntries: typeof listPlanEntries;
	putPlanEntry: typeof putPlanEntry;
	updatePlanEntry: typeof updatePlanEntry;
	deletePlanEntry: typeof deletePlanEntry;
	listRunDays: typeof listRunDays;
	listSessionsBetween: typeof listSessionsBetween;
	getSettings: typeof getSettings;
	putSetting: typeof putSetting;
	getRoutine: (id: string) => Promise<{ routine: Routine } | undefined>;
	shareFile: (fileName: string, contents: string, type: string) => Promise<ShareOutcome>;
	newId: () => string;
	readProposals: typeof readProposals;
	acceptProposal: typeof acceptProposal;
	declineProposal: typeof declineProposal;
	now: () => number;
	timeZone: string;
	routineUrl: (routineId: string) => string;
}

function defaultDeps(): PlanScreenDeps {
	return {
		listPlanEntries,
		putPlanEntry,
		updatePlanEntry,
		deletePlanEntry,
		listRunDays,
		listSessionsBetween,
		getSettings,
		putSetting,
		getRoutine,
		shareFile,
		newId,
		readProposals,
		acceptProposal,
		declineProposal,
		now: clockNow,
		timeZone: timeZoneOfDevice(),
		routineUrl: (id) => absoluteUrl(`/routines/${encodeURIComponent(id)}`) ?? appPath(`/routines/${encodeURIComponent(id)}`)
	};
}

/** Weeks of done-out-of-due the screen shows. */
const WEEKS_SHOWN = 4;

export class PlanScreen {
	entries: PlanEntry[] = $state.raw([]);
	pauses: PlanPause[] = $state.raw([]);
	/** Done out of due, oldest week first, this week last. */
	adherence: WeekAdherence[] = $state.raw([]);
	/** When the calendar file was last handed over, and when the plan last changed (ms), or null. */
	calendarExportedAt: number | null = $state(null);
	changedAt: number | null = $state(null);
	today: DayKey = $state('');
	loaded = $state(false);
	/** Entries that could not be read, or storage that could not be read at all. */
	notice: string | null = $state(null);
	/** The dose each entry plays with, in words, by entry id (absent: the routine as written). */
	doses: Record<string, string> = $state.raw({});
	/** Entries whose routine is no longer in the library (deleted): not offered on Today, nor in the calendar. */
	gone: string[] = $state.raw([]);
	/** Doses the plan proposes, to accept or decline. */
	proposals: EntryProposal[] = $state.raw([]);
	/** The entry being added or changed. */
	form: EntryForm | null = $state(null);
	/** Why the form cannot be saved, or why saving failed. */
	formError: string | null = $state(null);
	/** What the last action said (saved, removed, the calendar file), for the live region. */
	message: string | null = $state(null);
	failed = $state(false);
	busy = $state(false);

	readonly #deps: PlanScreenDeps;

	constructor(deps: Partial<PlanScreenDeps> = {}) {
		this.#deps = { ...defaultDeps(), ...deps };
	}

	/** Whether the plan rests today, and until when (null: until resumed). */
	get pause(): PlanPause | undefined {
		return pauseOn(this.pauses, this.today);
	}

	/** Whether the calendar file is older than the plan: offer the updated one. */
	get calendarOutdated(): boolean {
		return this.calendarExportedAt !== null && this.changedAt !== null && this.changedAt > this.calendarExportedAt;
	}

	/** Reads the plan, its pauses and the weeks' sessions. Never rejects. */
	load = async (): Promise<void> => {
		const { timeZone } = this.#deps;
		const nowMs = this.#deps.now();
		this.today = dayKeyOf(nowMs, timeZone);
		try {
			const [entries, runDays, { settings }] = await Promise.all([this.#deps.listPlanEntries(), this.#deps.listRunDays(), this.#deps.getSettings()]);
			// Entries taken out stay stored for the weeks they were part of, and count there; the plan
			// shows and changes only the current ones.
			this.entries = orderEntries(entries.records.filter(isCurrent));
			this.pauses = [...settings.planPauses];
			this.calendarExportedAt = settings.planCalendarExportedAt;
			this.changedAt = settings.planChangedAt;
			this.notice = describeUnreadable(entries.unreadable, 'plan entry');
			const from = addDays(weekOf(this.today), -7 * (WEEKS_SHOWN - 1));
			const sessions = await this.#deps.listSessionsBetween(startOfDay(from, timeZone), nowMs + 1);
			const doses: Record<string, string> = {};
			// A local lookup for this load, never reactive state.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			const routines = new Map<string, Routine | undefined>();
			for (const { routineId } of entries.records) {
				if (!routines.has(routineId)) routines.set(routineId, (await this.#deps.getRoutine(routineId).catch(() => undefined))?.routine);
			}
			const gone: string[] = [];
			for (const entry of this.entries) {
				const routine = routines.get(entry.routineId);
				if (!routine) gone.push(entry.id);
				else if (entry.dose && Object.keys(entry.dose).length > 0) doses[entry.id] = describeDose(routine, entry.dose);
			}
			this.doses = doses;
			this.gone = gone;
			// Named as the library names the routine now (it may have been renamed since it was planned).
			this.entries = this.entries.map((entry) => ({ ...entry, routineTitle: routines.get(entry.routineId)?.title ?? entry.routineTitle }));
			this.proposals = await this.#deps.readProposals(this.entries, nowMs, settings.painLimit).catch(() => []);
			// An entry whose routine was deleted cannot be done: Today leaves it out, and so does the count.
			const counted = entries.records.filter((entry) => routines.get(entry.routineId) !== undefined);
			this.adherence = adherenceFromRecords(counted, sessions.records, runDays.records, this.pauses, this.today, WEEKS_SHOWN, (ms) => dayKeyOf(ms, timeZone));
		} catch (error) {
			this.notice = `Your plan could not be read. ${error instanceof Error ? error.message : String(error)}`;
		}
		this.loaded = true;
	};

	/** Opens the form for a new entry of routine `id`, with the schedule its own `x-frequency` suggests. */
	startAdding = async (routineId: string): Promise<void> => {
		const found = await this.#deps.getRoutine(routineId).catch(() => undefined);
		if (!found) {
			this.#say('That routine is not in your library any more, so it cannot be added to the plan.', true);
			return;
		}
		const frequency = (found.routine as Record<string, unknown>)['x-frequency'];
		this.#openForm(null, found.routine, found.routine.title, suggestSchedule(typeof frequency === 'string' ? frequency : undefined), undefined);
	};

	/** Opens the form on an entry as it is. */
	startChanging = async (entry: PlanEntry): Promise<void> => {
		const found = await this.#deps.getRoutine(entry.routineId).catch(() => undefined);
		this.#openForm(entry.id, found?.routine ?? null, entry.routineTitle, entry.schedule, entry.rules, entry.routineId);
	};

	#openForm(entryId: string | null, routine: Routine | null, routineTitle: string, schedule: PlanSchedule, rules: ProgressionRule[] | undefined, routineId = routine?.id ?? '') {
		this.formError = null;
		this.message = null;
		this.#routine = routine;
		this.form = {
			entryId,
			routineId,
			routineTitle,
			kind: schedule.kind,
			weekdays: schedule.kind === 'days' ? [...schedule.weekdays] : [...EVERY_DAY],
			times: schedule.kind === 'days' ? [...schedule.times] : ['18:00'],
			rules: routine ? ruleForms(routine, rules) : [],
			alreadyPlanned: entryId ? [] : this.entries.filter((entry) => entry.routineId === routineId).map((entry) => describeSchedule(entry.schedule))
		};
	}

	/** The routine the form's rules are about (null when it is gone: its rules are then kept as they are). */
	#routine: Routine | null = null;

	/** Turns a rule on or off, or changes its step or ceiling. */
	setRule = (index: number, change: Partial<Pick<RuleForm, 'on' | 'by' | 'max'>>): void => {
		if (!this.form) return;
		this.form = { ...this.form, rules: this.form.rules.map((rule, i) => (i === index ? { ...rule, ...change } : rule)) };
	};

	cancelForm = (): void => {
		this.form = null;
		this.formError = null;
	};

	/** Ticks or unticks a day of the week. */
	toggleWeekday = (day: Weekday): void => {
		if (!this.form) return;
		const days = this.form.weekdays.includes(day) ? this.form.weekdays.filter((d) => d !== day) : [...this.form.weekdays, day];
		this.form = { ...this.form, weekdays: days.sort() };
	};

	setTime = (index: number, time: string): void => {
		if (!this.form) return;
		this.form = { ...this.form, times: this.form.times.map((t, i) => (i === index ? time : t)) };
	};

	/** Adds another time of day: evening after a morning, else an hour after the last; never one already there. */
	addTime = (): void => {
		if (!this.form || this.form.times.length >= MAX_TIMES_A_DAY) return;
		const times = this.form.times;
		const hour = Number((times.at(-1) ?? '08:00').slice(0, 2));
		const hourly = Array.from({ length: 24 }, (_, h) => `${String((hour + 1 + h) % 24).padStart(2, '0')}:00`);
		const next = [hour < 12 ? '20:00' : hourly[0]!, ...hourly].find((time) => !times.includes(time))!;
		this.form = { ...this.form, times: [...times, next] };
	};

	removeTime = (index: number): void => {
		if (!this.form || this.form.times.length <= 1) return;
		this.form = { ...this.form, times: this.form.times.filter((_, i) => i !== index) };
	};

	setKind = (kind: PlanSchedule['kind']): void => {
		if (this.form) this.form = { ...this.form, kind };
	};

	/**
	 * Stores the form's entry: checked as storage will read it back; on failure nothing changes. A
	 * changed entry is changed as stored now (see `updatePlanEntry`), so a dose accepted in another
	 * tab meanwhile is kept, and an entry taken out there is not brought back.
	 */
	saveForm = async (): Promise<void> => {
		const form = this.form;
		if (!form || this.busy) return;
		const nowMs = this.#deps.now();
		const today = this.#refreshToday(nowMs);
		const schedule: PlanSchedule = form.kind === 'runs' ? { kind: 'runs' } : { kind: 'days', weekdays: form.weekdays, times: form.times };
		const ruleProblem = form.rules.find((rule) => rule.on && ruleError(rule) !== null);
		if (ruleProblem) {
			this.formError = ruleError(ruleProblem);
			return;
		}
		// The routine's own rules, untouched, are followed as the routine ships them (and as it changes);
		// any change makes them the entry's own. Without the routine, the entry keeps what it had.
		const formRules = this.#routine ? entryRules(this.#routine, form.rules) : undefined;
		const withForm = (base: PlanEntry): PlanEntry => {
			const { rules: _rules, ...withoutRules } = base;
			const rules = this.#routine ? formRules : base.rules;
			const entry: PlanEntry = rules ? { ...withoutRules, rules } : withoutRules;
			// A ceiling lowered below the dose brings the dose down to it.
			return rules && entry.dose ? { ...entry, dose: withinCeilings(entry.dose, rules) } : entry;
		};
		const existing = form.entryId ? this.entries.find((entry) => entry.id === form.entryId) : undefined;
		const entry = withForm(existing ? withSchedule(existing, schedule, nowMs, today) : buildPlanEntry(this.#deps.newId(), { id: form.routineId, title: form.routineTitle }, schedule, today, nowMs));
		const parsed = parsePlanEntry(entry);
		if (!parsed.ok) {
			this.formError = reasonInWords(parsed.reason);
			return;
		}
		this.busy = true;
		try {
			if (existing) {
				const outcome = await this.#deps.updatePlanEntry(existing.id, (current) => {
					const changed = parsePlanEntry(withForm(withSchedule(current, schedule, nowMs, today)));
					return changed.ok ? changed.value : null;
				});
				if (outcome !== 'changed') {
					// Read the plan before closing the form, so the list it returns to (and the focus that
					// goes back to it) is the plan as it is now, without the entry taken out elsewhere.
					await this.load();
					this.form = null;
					this.#say(outcome === 'gone' ? `${entry.routineTitle} was taken out of your plan on another screen, so there was nothing to change.` : 'It could not be saved: the entry changed on another screen. Look at it again.', true);
					return;
				}
			} else {
				await this.#deps.putPlanEntry(parsed.value);
			}
			// The calendar holds days and times only: a change of rules leaves the file up to date.
			if (!existing || entry.sequence !== existing.sequence) await this.#noteChange(nowMs);
			this.form = null;
			this.formError = null;
			await this.load();
			this.#say(existing ? `Changed ${entry.routineTitle} in your plan.` : `Added ${entry.routineTitle} to your plan.`);
		} catch (error) {
			this.formError = `It could not be saved. ${error instanceof Error ? error.message : String(error)}`;
		} finally {
			this.busy = false;
		}
	};

	/** Accepts (`true`) or declines a proposed dose, on the entry as stored now. */
	answerProposal = async (item: EntryProposal, accept: boolean): Promise<void> => {
		if (this.busy) return;
		this.busy = true;
		try {
			const outcome = await (accept ? this.#deps.acceptProposal : this.#deps.declineProposal)(item.entry, item.proposal, this.#deps.now());
			await this.load();
			const unanswered = unansweredReason(outcome, item.entry.routineTitle);
			if (unanswered) this.#say(unanswered, true);
			else this.#say(accept ? `${item.entry.routineTitle} now plays with the new dose.` : `${item.entry.routineTitle} stays as it is.`);
		} catch (error) {
			this.#say(`It could not be saved. ${error instanceof Error ? error.message : String(error)}`, true);
		} finally {
			this.busy = false;
		}
	};

	/**
	 * Takes an entry out of the plan (its sessions stay in the history). One added today goes at once;
	 * an older one is kept as ended from today, so the weeks it was part of still count what it asked.
	 */
	remove = async (entry: PlanEntry): Promise<void> => {
		if (this.busy) return;
		this.busy = true;
		try {
			const nowMs = this.#deps.now();
			const today = this.#refreshToday(nowMs);
			if (entry.since >= today) await this.#deps.deletePlanEntry(entry.id);
			else await this.#deps.updatePlanEntry(entry.id, (current) => endedEntry(current, today, nowMs));
			await this.#noteChange(this.#deps.now());
			await this.load();
			this.#say(`Took ${entry.routineTitle} out of your plan. Its sessions stay in your history.`);
		} catch (error) {
			this.#say(`It could not be taken out. ${error instanceof Error ? error.message : String(error)}`, true);
		} finally {
			this.busy = false;
		}
	};

	/** Rests the plan from today for `days` days, or until resumed (null). */
	rest = async (days: number | null): Promise<void> => {
		const today = this.#refreshToday(this.#deps.now());
		const until = days === null ? null : addDays(today, days);
		await this.#storePauses(withPause(this.pauses, today, until), until ? `Your plan rests until ${dayAndMonth(until)}.` : 'Your plan rests until you resume it.');
	};

	/** Ends the rest: today is due again. */
	resume = async (): Promise<void> => {
		await this.#storePauses(withoutPause(this.pauses, this.#refreshToday(this.#deps.now())), 'Your plan is back on from today.');
	};

	/**
	 * Today as the clock says now: the screen may have stayed open past midnight, and an entry added,
	 * a rest begun or ended must start on the day it is done, not the day the screen was opened.
	 */
	#refreshToday(nowMs: number): DayKey {
		this.today = dayKeyOf(nowMs, this.#deps.timeZone);
		return this.today;
	}

	async #storePauses(pauses: PlanPause[], said: string) {
		if (this.busy) return;
		this.busy = true;
		try {
			await this.#deps.putSetting('planPauses', pauses, this.#deps.now());
			await this.load();
			this.#say(said);
		} catch (error) {
			this.#say(`It could not be saved. ${error instanceof Error ? error.message : String(error)}`, true);
		} finally {
			this.busy = false;
		}
	}

	/**
	 * Hands over the plan as a calendar file (the `ics` code loads only now). Each event opens its
	 * routine in the app; a file made after a change replaces the earlier events where the calendar
	 * honours their UIDs.
	 */
	exportCalendar = async (): Promise<void> => {
		if (this.busy) return;
		this.busy = true;
		try {
			const { buildPlanCalendar, CALENDAR_FILE_NAME } = await import('$lib/core/plan-calendar');
			const minutes: Record<string, number> = {};
			const entries = this.entries.filter((entry) => !this.gone.includes(entry.id));
			for (const entry of entries) {
				const found = await this.#deps.getRoutine(entry.routineId).catch(() => undefined);
				if (found) minutes[entry.routineId] = Math.ceil(summarizeRoutine(found.routine).totalMs / 60_000);
			}
			// Each reminder opens its own entry's dose, as Today's links do (one routine may be planned twice).
			const routineUrl = (entry: PlanEntry) => `${this.#deps.routineUrl(entry.routineId)}?entry=${encodeURIComponent(entry.id)}`;
			const built = buildPlanCalendar(entries, { today: this.#refreshToday(this.#deps.now()), routineUrl, minutesOf: (id) => minutes[id] });
			if (!built.ok) {
				this.#say(built.message, true);
				return;
			}
			const outcome = await this.#deps.shareFile(CALENDAR_FILE_NAME, built.text, 'text/calendar;charset=utf-8');
			if (!outcome.ok) {
				this.#say(outcome.message, true);
				return;
			}
			if (outcome.how === 'cancelled') return;
			const nowMs = this.#deps.now();
			await this.#deps.putSetting('planCalendarExportedAt', nowMs, nowMs).catch(() => undefined);
			this.calendarExportedAt = nowMs;
			const updated = this.changedAt !== null;
			this.#say(
				`${outcome.how === 'shared' ? 'Shared' : 'Saved'} ${CALENDAR_FILE_NAME}. Open it with your calendar app to add the reminders.` +
					(updated ? ' If your calendar then shows the old reminders as well, delete those.' : '')
			);
		} catch (error) {
			this.#say(`The calendar file could not be made. ${error instanceof Error ? error.message : String(error)}`, true);
		} finally {
			this.busy = false;
		}
	};

	async #noteChange(nowMs: number) {
		// Only to offer an updated calendar file: a failure here loses nothing of the plan.
		await this.#deps.putSetting('planChangedAt', nowMs, nowMs).catch(() => undefined);
		this.changedAt = nowMs;
	}

	#say(message: string, failed = false) {
		this.message = message;
		this.failed = failed;
	}
}

/** Every rule the routine's steps allow (a step with an id: seconds or reps, and sets), on where `rules` has it. */
function ruleForms(routine: Routine, rules: readonly ProgressionRule[] | undefined): RuleForm[] {
	const active = rules ?? routine.progression?.steps ?? [];
	const forms: RuleForm[] = [];
	for (const step of routine.steps) {
		if (step.id === undefined || step.kind === 'rest') continue;
		for (const change of [step.kind === 'timed' ? 'seconds' : 'reps', 'sets'] as const) {
			const own = ownValue(step, change) ?? 1;
			const rule = active.find((candidate) => candidate.step === step.id && candidate.change === change);
			const by = rule?.by ?? (change === 'seconds' ? 5 : change === 'reps' ? 2 : 1);
			forms.push({ step: step.id, stepName: step.name, change, own, on: rule !== undefined, by, max: rule?.max ?? own + by * 3 });
		}
	}
	return forms;
}

/** The entry's own rules from the form; undefined when they are the routine's own, unchanged. */
function entryRules(routine: Routine, forms: readonly RuleForm[]): ProgressionRule[] | undefined {
	const chosen: ProgressionRule[] = forms.filter((rule) => rule.on).map(({ step, change, by, max }) => ({ step, change, by, max }));
	const key = (rules: readonly ProgressionRule[]) => rules.map((rule) => `${rule.step}.${rule.change}.${rule.by}.${rule.max}`).sort().join();
	return key(chosen) === key(rulesFor(routine, undefined)) ? undefined : chosen;
}

/** Why a rule as typed cannot be kept, in a sentence; null when it can. */
export function ruleError(rule: RuleForm): string | null {
	const ceiling = PROGRESSION_CEILINGS[rule.change];
	if (!Number.isInteger(rule.by) || rule.by < 1 || rule.by > 600) return `${rule.stepName}: step up by a whole number from 1 to 600.`;
	if (!Number.isInteger(rule.max) || rule.max < rule.own || rule.max > ceiling) {
		return `${rule.stepName}: the ceiling must be from ${doseValueText(rule.change, rule.own)} (the routine’s own) to ${doseValueText(rule.change, ceiling)}.`;
	}
	return null;
}

/** The dose with no value above its rule's ceiling. */
function withinCeilings(dose: Dose, rules: readonly ProgressionRule[]): Dose {
	const next: Dose = {};
	for (const [step, values] of Object.entries(dose)) {
		const capped = { ...values };
		for (const rule of rules) {
			const value = capped[rule.change];
			if (rule.step === step && value !== undefined && value > rule.max) capped[rule.change] = rule.max;
		}
		next[step] = capped;
	}
	return next;
}

/** A parser's reason as a sentence for the form. */
function reasonInWords(reason: string): string {
	if (reason.includes('choose at least one day')) return 'Choose at least one day.';
	if (reason.includes('a time is named twice')) return 'Two of the times are the same; change or remove one.';
	if (reason.includes('HH:MM')) return 'Give each time of day as hours and minutes.';
	return `This cannot be saved (${reason}).`;
}
