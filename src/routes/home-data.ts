/**
 * The library's reads from this phone's storage, loaded only after the first paint (a dynamic import
 * from `home.svelte.ts`), and only when a database exists: the validator and the database code are not
 * needed to show the prerendered list, so they stay out of the first load; the built-ins' files load
 * only when a setting changes the routines' lengths.
 */
import type { CompileOptions } from '$lib/core/timeline';
import { summarizeRoutine } from '$lib/core/routine-summary';
import { compileOptionsFrom, type Settings } from '$lib/core/settings';
import { describeUnreadable } from '$lib/core/stored-record';
import { timeZoneOfDevice } from '$lib/platform/clock';
import { dayKeyOf, nextDayStart, startOfDay, type DayKey } from '$lib/core/local-time';
import { isCurrent, todayPlan, type TodayPlan } from '$lib/core/plan';
import { listPlanEntries } from '$lib/platform/plan-store';
import { changeRuns, listRunDays } from '$lib/platform/run-day-store';
import { getLatestSession, listSessionsBetween } from '$lib/platform/session-store';
import { getSettings } from '$lib/platform/settings-store';
import { readSessionsInProgress } from '$lib/player/sessions-in-progress';
import { listYourRoutines } from '$lib/routines/your-routines';
import type { ListedInProgress, ListedRoutine } from './home.svelte';
import { whenDayChanges } from '$lib/ui/new-day';
import UnreadableInProgress from '$lib/ui/UnreadableInProgress.svelte';
import NextDayCard from './NextDayCard.svelte';
import TodayCard from './TodayCard.svelte';
import ProposalCard from '$lib/ui/ProposalCard.svelte';
import { acceptProposal, declineProposal, readProposals, unansweredReason, type EntryProposal } from '$lib/plan/dose-proposals';
import { DEFAULT_PAIN_LIMIT } from '$lib/core/progression';
import { NextDayQuestions } from './next-day-questions.svelte';

/** What the library needs only once something is stored (see `Home.parts`). */
export interface HomeParts {
	NextDayCard: typeof NextDayCard;
	TodayCard: typeof TodayCard;
	UnreadableInProgress: typeof UnreadableInProgress;
	whenDayChanges: typeof whenDayChanges;
	/** "I ran today" (or its undo): one run more or fewer on `day`. */
	changeRuns: (day: DayKey, change: number) => Promise<number>;
	ProposalCard: typeof ProposalCard;
	/** The plan's proposals alone, read again (after a next-day answer, which may make one). */
	readPlanProposals: () => Promise<EntryProposal[]>;
	acceptProposal: typeof acceptProposal;
	declineProposal: typeof declineProposal;
	unansweredReason: typeof unansweredReason;
}

/** The cards, the watch and the one write the library makes, loaded with the reading code. */
export const parts: HomeParts = {
	NextDayCard,
	TodayCard,
	UnreadableInProgress,
	whenDayChanges,
	changeRuns: (day, change) => changeRuns(day, change),
	ProposalCard,
	readPlanProposals,
	acceptProposal,
	declineProposal,
	unansweredReason
};

/** The plan's proposals now; none when the plan cannot be read. */
async function readPlanProposals(): Promise<EntryProposal[]> {
	try {
		const [entries, { settings }] = await Promise.all([listPlanEntries(), getSettings()]);
		return await readProposals(entries.records.filter(isCurrent), Date.now(), settings.painLimit);
	} catch {
		return [];
	}
}


/** Everything the library shows beyond the prerendered built-ins. */
export interface HomeReading {
	routines: ListedRoutine[];
	inProgress: ListedInProgress[];
	nextDay: NextDayQuestions;
	/** Today's part of the plan; null with nothing planned. */
	today: TodayPlan | null;
	/** Doses the plan proposes (to accept or decline). */
	proposals: EntryProposal[];
	timeZone: string;
	storageError: string | null;
	unreadableRoutines: string | null;
	unreadable: { text: string | null; keys: unknown[] };
}

/**
 * Reads the phone's part of the library; `builtins` are the built-ins as prerendered (with no settings
 * applied). Never rejects: a storage failure is said in `storageError`.
 */
export async function readHome(builtins: ListedRoutine[]): Promise<HomeReading> {
	const builtinIds = new Set(builtins.map((routine) => routine.id));
	const [settings, inProgress, yours, latest] = await Promise.all([
		getSettings().then(
			({ settings }) => settings,
			() => null
		),
		readSessionsInProgress(),
		listYourRoutines((id) => builtinIds.has(id)),
		// The next-day card asks about the latest session; without storage there is simply no card.
		getLatestSession().catch(() => undefined)
	]);
	const options = settings ? compileOptionsFrom(settings) : {};
	const timeZone = timeZoneOfDevice();
	// An entry whose routine was deleted is not offered on Today (the plan screen says it is gone).
	// When the user's routines could not be read at all, nothing is left out on their account.
	// Today names each routine as the library does now, not as it was called when it was planned.
	const titles = new Map([...builtins, ...yours.routines].map((routine) => [routine.id, routine.title]));
	const unreadableIds = new Set<unknown>(yours.unreadable.map((record) => record.key));
	const inLibrary = (id: string) => titles.has(id) || unreadableIds.has(id) || yours.error !== null;
	const { today, proposals } = await readPlan(timeZone, settings?.planPauses ?? [], settings?.painLimit ?? DEFAULT_PAIN_LIMIT, inLibrary, titles);
	return {
		routines: [...(await summarizeBuiltins(builtins, options)), ...yours.routines.map((routine) => ({ ...summarizeRoutine(routine, options), origin: 'yours' as const }))],
		inProgress: [...inProgress.records]
			.sort((a, b) => b.updatedAt - a.updatedAt)
			.map((session) => ({ sessionId: session.sessionId, id: session.routine.id, title: session.routine.title })),
		nextDay: new NextDayQuestions(latest ?? null, settings?.soreSpots[0], timeZone),
		today,
		proposals,
		timeZone,
		storageError: inProgress.error ?? yours.error,
		unreadableRoutines: describeUnreadable(yours.unreadable, 'routine'),
		unreadable: { text: describeUnreadable(inProgress.unreadable, 'session in progress'), keys: inProgress.unreadable.map((record) => record.key) }
	};
}

/**
 * The built-ins as listed: as prerendered when no setting changes their length (the usual case, and
 * their files stay unloaded), else summarized again from their files with the settings applied.
 */
async function summarizeBuiltins(prerendered: ListedRoutine[], options: CompileOptions): Promise<ListedRoutine[]> {
	if (Object.keys(options).length === 0) return prerendered;
	const { builtinRoutines } = await import('$lib/routines/index');
	return builtinRoutines.map((routine) => ({ ...summarizeRoutine(routine, options), origin: 'built-in' as const }));
}

/**
 * Today's part of the plan and the doses it proposes: none when nothing is planned, or when the plan
 * cannot be read (the plan screen says why; the library still lists every routine).
 */
async function readPlan(
	timeZone: string,
	pauses: Settings['planPauses'],
	limit: number,
	inLibrary: (routineId: string) => boolean,
	titles: ReadonlyMap<string, string>
): Promise<{ today: TodayPlan | null; proposals: EntryProposal[] }> {
	try {
		const listed = await listPlanEntries();
		// Taken-out entries ask nothing any more (they are kept for past weeks' counts).
		const records = listed.records
			.filter((entry) => isCurrent(entry) && inLibrary(entry.routineId))
			.map((entry) => ({ ...entry, routineTitle: titles.get(entry.routineId) ?? entry.routineTitle }));
		const entries = { ...listed, records };
		if (entries.records.length === 0) return { today: null, proposals: [] };
		const nowMs = Date.now();
		const day = dayKeyOf(nowMs, timeZone);
		const [sessions, runDays, proposals] = await Promise.all([
			listSessionsBetween(startOfDay(day, timeZone), nextDayStart(nowMs, timeZone)),
			listRunDays(),
			readProposals(entries.records, nowMs, limit).catch(() => [])
		]);
		const runs = runDays.records.find((record) => record.day === day)?.count ?? 0;
		return { today: todayPlan(entries.records, sessions.records, runs, pauses, day), proposals };
	} catch (error) {
		console.warn('The plan could not be read for today.', error);
		return { today: null, proposals: [] };
	}
}
