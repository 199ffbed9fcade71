/**
 * Doses guided by pain. A plan entry's dose is an overlay (seconds, reps or sets per step id) applied
 * when its routine is compiled; the routine itself never changes. The plan proposes a step up after
 * three sessions in a row at the current dose that were fine (after-session score at or below the
 * user's limit, next-day score no higher than before), and a step back when the rising rule holds
 * (`pain-trend.ts`). It never changes a dose by itself: the user accepts or declines. Pure.
 */
import type { CheckIn } from './check-in';
import { findPainConcerns } from './pain-trend';
import { PROGRESSION_CEILINGS, type ProgressionChange, type ProgressionRule, type Routine, type Step } from './routine-schema';

/** A dose: the values a plan entry sets on steps, by step id. */
export type Dose = Record<string, Partial<Record<ProgressionChange, number>>>;

/** The after-session score at or below which a session counts as fine, unless the user changes it. */
export const DEFAULT_PAIN_LIMIT = 3;
/** Sessions in a row that must be fine before a step up is proposed. */
export const SESSIONS_TO_STEP_UP = 3;

/** The value a step has for `change` in the routine itself (sets default to 1); undefined when it has none. */
export function ownValue(step: Step, change: ProgressionChange): number | undefined {
	if (step.kind === 'rest') return undefined;
	if (change === 'sets') return step.sets ?? 1;
	if (change === 'seconds') return step.kind === 'timed' ? step.seconds : undefined;
	return step.kind === 'reps' ? step.reps : undefined;
}

function stepById(routine: Routine, id: string): Step | undefined {
	return routine.steps.find((step) => step.id === id);
}

/**
 * The value in force: the dose's where it sets one above the routine's own, else the routine's own;
 * undefined when the step has no such value. A dose never lowers a step: it was stepped up from the
 * routine's values, so a dose below them means the routine was edited upward since, and the routine wins.
 */
export function valueUnder(routine: Routine, dose: Dose, stepId: string, change: ProgressionChange): number | undefined {
	const step = stepById(routine, stepId);
	const own = step && ownValue(step, change);
	if (own === undefined) return undefined;
	return Math.max(own, dose[stepId]?.[change] ?? own);
}

/**
 * The routine as the dose has it: each step the dose names gets the dose's values where the step has
 * that kind of value. Steps, keys and everything else stay as they are; the routine passed in is not
 * changed.
 */
export function applyDose(routine: Routine, dose: Dose): Routine {
	if (Object.keys(dose).length === 0) return routine;
	return {
		...routine,
		steps: routine.steps.map((step) => {
			const values = step.id === undefined ? undefined : dose[step.id];
			if (!values || step.kind === 'rest') return step;
			const changed: Record<string, unknown> = { ...step };
			for (const change of ['seconds', 'reps', 'sets'] as const) {
				const value = valueUnder(routine, dose, step.id!, change);
				if (values[change] !== undefined && value !== undefined) changed[change] = value;
			}
			return changed as Step;
		})
	};
}

/** One value a proposal changes, for the words on screen. */
export interface DoseChange {
	stepId: string;
	stepName: string;
	change: ProgressionChange;
	from: number;
	to: number;
}

/** The rules that apply: the entry's own where it has them, else the routine's shipped ones. */
export function rulesFor(routine: Routine, entryRules: readonly ProgressionRule[] | undefined): ProgressionRule[] {
	const rules = entryRules ?? routine.progression?.steps ?? [];
	// A rule naming a step the routine no longer has, or a value it lacks, is left out, and so is a
	// second rule for the same value (a hand-edited entry or backup): the first one counts.
	const seen = new Set<string>();
	return rules.filter((rule) => {
		const step = stepById(routine, rule.step);
		const key = `${rule.step} ${rule.change}`;
		if (step === undefined || ownValue(step, rule.change) === undefined || seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** A dose with `changes` made. */
export function withChanges(dose: Dose, changes: readonly DoseChange[]): Dose {
	const next: Dose = { ...dose };
	for (const { stepId, change, to } of changes) next[stepId] = { ...next[stepId], [change]: to };
	return next;
}

/**
 * The changes one step up makes: each rule's value up by `by`, to its ceiling and never past the
 * format's own limit (a rule stored by hand may say more); empty when all are there.
 */
export function stepUpChanges(routine: Routine, dose: Dose, rules: readonly ProgressionRule[]): DoseChange[] {
	const changes: DoseChange[] = [];
	for (const rule of rules) {
		const ceiling = Math.min(rule.max, PROGRESSION_CEILINGS[rule.change]);
		const from = valueUnder(routine, dose, rule.step, rule.change);
		if (from === undefined || from >= ceiling) continue;
		changes.push({ stepId: rule.step, stepName: stepById(routine, rule.step)?.name ?? rule.step, change: rule.change, from, to: Math.min(ceiling, from + rule.by) });
	}
	return changes;
}

/**
 * The changes one step back makes: each raised value down by its rule's `by`, never below the
 * routine's own. A value the dose raised that no rule covers any more (the user turned the rule off)
 * goes straight back to the routine's own: stepping back must not depend on the rules that stepped up.
 */
export function stepBackChanges(routine: Routine, dose: Dose, rules: readonly ProgressionRule[]): DoseChange[] {
	// Every value a rule covers, then every value the dose sets that no rule covers (no `by`).
	const raised = new Map<string, { step: string; change: ProgressionChange; by?: number }>();
	for (const rule of rules) raised.set(`${rule.step} ${rule.change}`, rule);
	for (const [step, values] of Object.entries(dose)) {
		for (const change of Object.keys(values) as ProgressionChange[]) if (!raised.has(`${step} ${change}`)) raised.set(`${step} ${change}`, { step, change });
	}
	const changes: DoseChange[] = [];
	for (const rule of raised.values()) {
		const step = stepById(routine, rule.step);
		const own = step && ownValue(step, rule.change);
		const from = valueUnder(routine, dose, rule.step, rule.change);
		if (!step || own === undefined || from === undefined || from <= own) continue;
		changes.push({ stepId: rule.step, stepName: step.name ?? rule.step, change: rule.change, from, to: rule.by === undefined ? own : Math.max(own, from - rule.by) });
	}
	return changes;
}

/** A session as the rules read it. */
export interface DosedSession {
	id: string;
	startedAt: number;
	status: 'completed' | 'partial';
	checkIns: readonly CheckIn[];
	/** The dose it ran (absent: the routine's own). */
	dose?: Dose;
}

/** Whether two doses set the same values (an absent dose and an empty one are the same). */
export function sameDose(a: Dose | undefined, b: Dose | undefined): boolean {
	const flat = (dose: Dose | undefined) =>
		Object.entries(dose ?? {})
			.flatMap(([step, values]) => Object.entries(values).map(([change, value]) => `${step}.${change}=${value}`))
			.sort()
			.join();
	return flat(a) === flat(b);
}

/**
 * Whether a session went fine: it ran to the end, and some spot was scored before and the next day;
 * every after-session score is at or below `limit`, and no spot's next-day score is above its
 * before-session score. A session without those scores says nothing, so it is not fine.
 */
export function wentFine(session: DosedSession, limit: number): boolean {
	if (session.status !== 'completed') return false;
	const scores = new Map<string, { before?: number; after?: number; nextDay?: number }>();
	for (const { spot, moment, score } of session.checkIns) {
		const key = spot.toLowerCase();
		const entry = scores.get(key) ?? {};
		if (moment === 'before') entry.before = score;
		else if (moment === 'after') entry.after = score;
		else entry.nextDay = score;
		scores.set(key, entry);
	}
	let compared = false;
	for (const { before, after, nextDay } of scores.values()) {
		if (after !== undefined && after > limit) return false;
		if (before !== undefined && nextDay !== undefined) {
			if (nextDay > before) return false;
			compared = true;
		}
	}
	return compared;
}

/** What the plan proposes for an entry: a step up or back, the sessions that justify it, the changes. */
export interface DoseProposal {
	direction: 'up' | 'back';
	changes: DoseChange[];
	/** The latest session it rests on: declining holds the proposal back until a later one. */
	basedOn: string;
	/** Why, in a sentence. */
	reason: string;
}

/**
 * The proposal for an entry, if any. `sessions` are the routine's sessions (any order); `checkIns`
 * every check-in of the history (the rising rule reads them all); `declined` the session a proposal
 * was last declined on. Step back first: a rising next-day score outweighs three fine sessions.
 */
export function proposeDose(input: {
	routine: Routine;
	dose: Dose;
	rules: readonly ProgressionRule[];
	sessions: readonly DosedSession[];
	checkIns: readonly CheckIn[];
	nowMs: number;
	limit: number;
	declined?: string;
	/** Which way the declined proposal went (absent: up); declining one way never hides the other. */
	declinedDirection?: DoseProposal['direction'];
}): DoseProposal | null {
	const { routine, dose, rules, nowMs, limit, declined } = input;
	const sessions = [...input.sessions].sort((a, b) => b.startedAt - a.startedAt);
	const latest = sessions[0];
	if (!latest) return null;
	const held = (direction: DoseProposal['direction']) => latest.id === declined && (input.declinedDirection ?? 'up') === direction;
	const concerns = findPainConcerns(input.checkIns, nowMs);
	if (concerns.some((concern) => concern.reasons.includes('rising'))) {
		const changes = stepBackChanges(routine, dose, rules);
		if (changes.length === 0 || held('back')) return null;
		return { direction: 'back', changes, basedOn: latest.id, reason: 'Your next-day pain has been rising this week.' };
	}
	// A score of 7 or more this week holds the dose where it is; without rules there is no step up.
	if (concerns.length > 0 || rules.length === 0) return null;
	if (held('up')) return null;
	const lastThree = sessions.slice(0, SESSIONS_TO_STEP_UP);
	if (lastThree.length < SESSIONS_TO_STEP_UP) return null;
	if (!lastThree.every((session) => sameDose(session.dose, dose) && wentFine(session, limit))) return null;
	const changes = stepUpChanges(routine, dose, rules);
	if (changes.length === 0) return null;
	return {
		direction: 'up',
		changes,
		basedOn: latest.id,
		reason: `Your last ${SESSIONS_TO_STEP_UP} sessions at this dose stayed at or below ${limit} out of 10 afterwards, and the next day was no worse than before.`
	};
}

/** "12 reps", "35 s", "3 sets". */
export function doseValueText(change: ProgressionChange, value: number): string {
	if (change === 'seconds') return `${value} s`;
	if (change === 'reps') return `${value} ${value === 1 ? 'rep' : 'reps'}`;
	return `${value} ${value === 1 ? 'set' : 'sets'}`;
}

/** "Clamshells: 10 reps → 12 reps". */
export function describeChange(change: DoseChange): string {
	return `${change.stepName}: ${doseValueText(change.change, change.from)} → ${doseValueText(change.change, change.to)}`;
}

/**
 * The dose's values as words, step by step: "Clamshells 12 reps, Bridge hold 35 s"; empty with none.
 * Steps are named from `routine` in its order; without it (its content is gone), by their ids.
 */
export function describeDose(routine: Routine | undefined, dose: Dose): string {
	const ids = routine ? routine.steps.flatMap((step) => (step.id === undefined ? [] : [[step.id, step.name ?? step.id] as const])) : Object.keys(dose).map((id) => [id, id] as const);
	const parts: string[] = [];
	for (const [id, name] of ids) {
		const values = dose[id];
		if (!values) continue;
		// With the routine at hand, only what the dose changes: a value the step no longer has (a reps
		// step edited into a hold) or one the routine now sets higher plays as the routine says.
		const applies = (change: ProgressionChange) => values[change] !== undefined && (!routine || valueUnder(routine, dose, id, change) === values[change]);
		const shown = (['sets', 'reps', 'seconds'] as const).filter(applies).map((change) => doseValueText(change, values[change]!));
		if (shown.length > 0) parts.push(`${name} ${shown.join(' × ')}`);
	}
	return parts.join(', ');
}

/** The extension key a dosed routine carries its dose in, so the session it runs records it. */
export const DOSE_KEY = 'x-unknot-dose';

/** What a session records of the plan's dose it ran. */
export interface SessionDose {
	entryId: string;
	steps: Dose;
}

/**
 * The routine as a plan entry doses it, carrying the dose (and the entry) under `DOSE_KEY`, so the
 * session in progress keeps it through a reload and the filed session records it. The routine as
 * stored, built-in or the user's, is not changed. With no dose, the routine itself.
 */
export function dosedRoutine(routine: Routine, entryId: string, dose: Dose | undefined): Routine {
	if (!dose || Object.keys(dose).length === 0) return routine;
	// The dosed copy leaves out the routine's progression block: a dose the user's own rules raised past
	// the routine's shipped ceilings would otherwise make the copy invalid, and the session in progress
	// (which keeps the routine as played) unreadable. The plan reads the rules from the routine itself.
	const { progression: _progression, ...dosed } = applyDose(routine, dose);
	return { ...dosed, [DOSE_KEY]: { entryId, steps: dose } satisfies SessionDose } as Routine;
}

/** The dose a routine carries (see `dosedRoutine`), if it carries one that reads. */
export function doseCarried(routine: Routine): SessionDose | undefined {
	const carried = (routine as Record<string, unknown>)[DOSE_KEY];
	if (typeof carried !== 'object' || carried === null) return undefined;
	const { entryId, steps } = carried as Record<string, unknown>;
	if (typeof entryId !== 'string' || entryId === '' || entryId.length > 100 || typeof steps !== 'object' || steps === null || Array.isArray(steps)) return undefined;
	for (const values of Object.values(steps)) {
		if (typeof values !== 'object' || values === null) return undefined;
		for (const [change, value] of Object.entries(values)) {
			if (!['seconds', 'reps', 'sets'].includes(change) || !Number.isInteger(value) || (value as number) < 1 || (value as number) > 3600) return undefined;
		}
	}
	return { entryId, steps: steps as Dose };
}
