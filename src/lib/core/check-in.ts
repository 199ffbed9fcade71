/**
 * Check-ins: how a named sore spot feels, 0–10, before a session, after it, and the next day. Each
 * one belongs to a session record (see `session-record.ts`), so a next-day answer is tied to the
 * session it follows. Pure: the shape, the list of spots, and when the next-day question is asked.
 */
import * as v from 'valibot';
import { nextDayStart } from './local-time';
import { instant, wholeFrom } from './stored-record';

/** When a check-in was given, relative to its session. */
export const CHECK_IN_MOMENTS = ['before', 'after', 'next-day'] as const;
export type CheckInMoment = (typeof CHECK_IN_MOMENTS)[number];

/** The words for each moment, in the history, the chart and the report. */
export const MOMENT_LABELS: Readonly<Record<CheckInMoment, string>> = { before: 'Before', after: 'After', 'next-day': 'Next day' };

/** The short list of sore spots offered; anything else can be typed, and is remembered. */
export const SORE_SPOTS: readonly string[] = [
	'Left hip',
	'Right hip',
	'Left glute',
	'Right glute',
	'Left quad',
	'Right quad',
	'Left IT band',
	'Right IT band',
	'Left calf/soleus',
	'Right calf/soleus',
	'Lower back'
];

/** The spot given to scores recorded before spots had names. */
export const UNNAMED_SPOT = 'Sore spot';

/** A spot's name is a few words. */
export const MAX_SPOT_LENGTH = 40;
/** How many typed spots are remembered for next time. */
export const MAX_REMEMBERED_SPOTS = 8;
/** A session's check-ins stay few: three moments for a handful of spots. */
export const MAX_CHECK_INS = 60;

/** A spot name as stored: trimmed, single-spaced, 1–40 characters. */
export const spotSchema = () =>
	v.pipe(
		v.string(),
		v.check((text) => normalizeSpot(text) === text, 'a sore spot is 1 to 40 characters, trimmed')
	);

export const checkInSchema = v.object({
	spot: spotSchema(),
	moment: v.picklist(CHECK_IN_MOMENTS),
	score: wholeFrom(0, 10),
	/** Wall-clock ms when it was given. */
	at: instant()
});

/** One answer: how `spot` felt at `moment`, 0 (no pain) to 10 (worst). */
export type CheckIn = v.InferOutput<typeof checkInSchema>;

/**
 * A typed spot made tidy: spaces trimmed and collapsed, cut to 40 characters, and a spot from the
 * list in any case spelled as the list spells it. Null when nothing is left.
 */
export function normalizeSpot(text: string): string | null {
	const tidy = text.replace(/\s+/g, ' ').trim().slice(0, MAX_SPOT_LENGTH).trim();
	if (!tidy) return null;
	const known = [...SORE_SPOTS, UNNAMED_SPOT].find((spot) => spot.toLowerCase() === tidy.toLowerCase());
	return known ?? tidy;
}

function sameSpot(a: string, b: string): boolean {
	return a.toLowerCase() === b.toLowerCase();
}

/** The spots to remember after `spot` was used: it first, no repeats, at most eight. */
export function rememberSpot(remembered: readonly string[], spot: string): string[] {
	return [spot, ...remembered.filter((other) => !sameSpot(other, spot))].slice(0, MAX_REMEMBERED_SPOTS);
}

/** The spots to offer: those used lately first (typed ones included), then the rest of the list. */
export function spotChoices(remembered: readonly string[]): string[] {
	const choices = [...remembered];
	for (const spot of SORE_SPOTS) if (!choices.some((other) => sameSpot(other, spot))) choices.push(spot);
	return choices;
}

/** The check-ins with `entry` in place of any earlier answer for its spot and moment. */
export function setCheckIn(checkIns: readonly CheckIn[], entry: CheckIn): CheckIn[] {
	return [...withoutCheckIn(checkIns, entry.spot, entry.moment), entry];
}

/** The check-ins without the answer for `spot` at `moment`. */
export function withoutCheckIn(checkIns: readonly CheckIn[], spot: string, moment: CheckInMoment): CheckIn[] {
	return checkIns.filter((checkIn) => !(sameSpot(checkIn.spot, spot) && checkIn.moment === moment));
}

/** The score for `spot` at `moment`, if there is one (the latest, should a record hold two). */
export function scoreOf(checkIns: readonly CheckIn[], spot: string, moment: CheckInMoment): number | undefined {
	return checkIns.findLast((checkIn) => sameSpot(checkIn.spot, spot) && checkIn.moment === moment)?.score;
}

/** The spots a session's check-ins name, in the order first named. */
export function spotsOf(checkIns: readonly CheckIn[]): string[] {
	const spots: string[] = [];
	for (const { spot } of checkIns) if (!spots.some((other) => sameSpot(other, spot))) spots.push(spot);
	return spots;
}

/** The next-day question stays open until this long after the session ended. */
export const NEXT_DAY_OPEN_FOR_MS = 72 * 3_600_000;

/**
 * When the next-day question about a session is asked: from the first moment of the local day after
 * it ended until 72 hours after it ended. A session ending just before midnight is asked about the
 * morning after; one ending at 00:05 waits for the following day.
 */
export function nextDayWindow(endedAtMs: number, timeZone: string): { opensAt: number; closesAt: number } {
	return { opensAt: nextDayStart(endedAtMs, timeZone), closesAt: endedAtMs + NEXT_DAY_OPEN_FOR_MS };
}

/** What a session has to say about the next-day question. */
export interface NextDaySubject {
	endedAt: number;
	checkIns: readonly CheckIn[];
	nextDayDismissed?: readonly string[];
}

/**
 * The spots to ask about today for the latest session: each spot it checked in (or, when it named
 * none, the spot used last) that has no next-day answer and was not dismissed. Empty outside the
 * window. `nowMs` before the session ended (the clock moved back) is outside it too.
 */
export function nextDaySpots(session: NextDaySubject, nowMs: number, timeZone: string, lastSpot: string | undefined): string[] {
	const { opensAt, closesAt } = nextDayWindow(session.endedAt, timeZone);
	if (nowMs < opensAt || nowMs >= closesAt) return [];
	const named = spotsOf(session.checkIns);
	const spots = named.length > 0 ? named : lastSpot ? [lastSpot] : [UNNAMED_SPOT];
	const dismissed = session.nextDayDismissed ?? [];
	return spots.filter((spot) => scoreOf(session.checkIns, spot, 'next-day') === undefined && !dismissed.some((other) => sameSpot(other, spot)));
}


/**
 * When a score added afterwards (editing a session, logging one by hand) counts as given: before at
 * the session's start, after at its end, the next day now if the next-day question is open, else
 * the nearest moment it was open.
 */
export function checkInTimeFor(
	moment: CheckInMoment,
	session: { startedAt: number; endedAt: number },
	nowMs: number,
	timeZone: string
): number {
	if (moment === 'before') return session.startedAt;
	if (moment === 'after') return session.endedAt;
	const { opensAt, closesAt } = nextDayWindow(session.endedAt, timeZone);
	return Math.min(Math.max(nowMs, opensAt), closesAt - 1);
}

/** A spot's scores on one session, by moment. */
export interface SpotScores {
	spot: string;
	scores: Partial<Record<CheckInMoment, number>>;
}

/** A session's check-ins by spot, each with its before, after and next-day score where given. */
export function scoresBySpot(checkIns: readonly CheckIn[]): SpotScores[] {
	return spotsOf(checkIns).map((spot) => {
		const scores: SpotScores['scores'] = {};
		for (const moment of CHECK_IN_MOMENTS) {
			const score = scoreOf(checkIns, spot, moment);
			if (score !== undefined) scores[moment] = score;
		}
		return { spot, scores };
	});
}
