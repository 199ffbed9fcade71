/**
 * The plan's dose proposals, against storage: which entries the history says are ready to step up
 * (or should step back), and accepting or declining one. Only ever proposes; a dose changes only when
 * the user accepts.
 */
import type { CheckIn } from '$lib/core/check-in';
import type { PlanEntry } from '$lib/core/plan';
import { proposeDose, rulesFor, sameDose, withChanges, type DoseProposal } from '$lib/core/progression';
import type { Routine } from '$lib/core/routine-schema';
import type { SessionRecord } from '$lib/core/session-record';
import { updatePlanEntry, type EntryUpdate } from '$lib/platform/plan-store';
import { listSessionsBetween } from '$lib/platform/session-store';
import { getRoutine } from '$lib/routines/library';

/** How far back the history is read for proposals: three sessions in a row, and the rising rule's two weeks. */
const LOOK_BACK_MS = 120 * 86_400_000;

/** A proposal for one entry, with the routine it doses (for the steps' names). */
export interface EntryProposal {
	entry: PlanEntry;
	routine: Routine;
	proposal: DoseProposal;
}

/** What reading proposals reaches out to; tests pass stand-ins. */
export interface ProposalDeps {
	listSessionsBetween: typeof listSessionsBetween;
	getRoutine: (id: string) => Promise<{ routine: Routine } | undefined>;
}

/**
 * The proposals for `entries` at `nowMs`, with `limit` the user's after-session limit. Entries whose
 * routine is gone propose nothing, nor do those with no rules and no raised dose (a raised dose can
 * still step back after its rules are turned off). Rejects when storage cannot be read.
 */
export async function readProposals(
	entries: readonly PlanEntry[],
	nowMs: number,
	limit: number,
	deps: ProposalDeps = { listSessionsBetween, getRoutine }
): Promise<EntryProposal[]> {
	const routines = await Promise.all(entries.map((entry) => deps.getRoutine(entry.routineId).catch(() => undefined)));
	const withRules = entries.flatMap((entry, index) => {
		const routine = routines[index]?.routine;
		const raised = entry.dose !== undefined && Object.keys(entry.dose).length > 0;
		return routine && (raised || rulesFor(routine, entry.rules).length > 0) ? [{ entry, routine }] : [];
	});
	if (withRules.length === 0) return [];
	const { records } = await deps.listSessionsBetween(nowMs - LOOK_BACK_MS, nowMs + 1);
	const checkIns: CheckIn[] = records.flatMap((session) => session.checkIns);
	const proposals: EntryProposal[] = [];
	for (const { entry, routine } of withRules) {
		const sessions = records.filter((session: SessionRecord) => session.routineId === entry.routineId).map((session) => ({ ...session, dose: session.dose?.steps }));
		const proposal = proposeDose({
			routine,
			dose: entry.dose ?? {},
			rules: rulesFor(routine, entry.rules),
			sessions,
			checkIns,
			nowMs,
			limit,
			declined: entry.declined,
			declinedDirection: entry.declinedDirection
		});
		if (proposal) proposals.push({ entry, routine, proposal });
	}
	return proposals;
}

/** The entry with the proposal's dose: what `acceptProposal` stores. */
export function acceptedEntry(entry: PlanEntry, proposal: DoseProposal, nowMs: number): PlanEntry {
	const { declined: _declined, declinedDirection: _direction, ...rest } = entry;
	return { ...rest, dose: withChanges(entry.dose ?? {}, proposal.changes), updatedAt: nowMs };
}

/**
 * Stores the proposal's dose on the entry as stored now: its routine plays with it from the next
 * session. `kept` when the stored dose is no longer the one the proposal was made on (another tab
 * answered it first): nothing changes then. `gone` when the entry was taken out meanwhile.
 */
export function acceptProposal(entry: PlanEntry, proposal: DoseProposal, nowMs = Date.now()): Promise<EntryUpdate> {
	return updatePlanEntry(entry.id, (current) => (answersStill(current, entry) ? acceptedEntry(current, proposal, nowMs) : null));
}

/**
 * Whether a proposal made on `seen` still answers the entry as stored: the same dose, and the same
 * rules (a ceiling lowered in another tab could sit below the proposed value).
 */
function answersStill(current: PlanEntry, seen: PlanEntry): boolean {
	return sameDose(current.dose, seen.dose) && JSON.stringify(current.rules ?? null) === JSON.stringify(seen.rules ?? null);
}

/**
 * Declines: nothing is proposed again for this entry until a session after the one it rested on.
 * Like accepting, it answers only the dose the proposal was made on.
 */
export function declineProposal(entry: PlanEntry, proposal: DoseProposal, nowMs = Date.now()): Promise<EntryUpdate> {
	return updatePlanEntry(entry.id, (current) => (answersStill(current, entry) ? { ...current, declined: proposal.basedOn, declinedDirection: proposal.direction, updatedAt: nowMs } : null));
}

/** What to say when answering a proposal changed nothing; null when it was stored. */
export function unansweredReason(outcome: EntryUpdate, title: string): string | null {
	if (outcome === 'gone') return `${title} is no longer in your plan.`;
	if (outcome === 'kept') return `${title}’s dose or its rules were changed on another screen meanwhile, so this proposal no longer applies.`;
	return null;
}
