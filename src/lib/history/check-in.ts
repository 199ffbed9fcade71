/**
 * Check-ins and edits on sessions already in the history: the finish screen, the next-day card and
 * the history's own screens all save through here, and each spot used is remembered for next time.
 */
import { rememberSpot, UNNAMED_SPOT, type CheckIn, type CheckInMoment } from '$lib/core/check-in';
import { withCheckIns, withNextDayDismissed, withNotes, withoutCheckInOf, type SessionRecord } from '$lib/core/session-record';
import { updateSession } from '$lib/platform/session-store';
import { getSettings, putSetting } from '$lib/platform/settings-store';

/**
 * Puts `spots` first among the remembered ones. Failing to remember is not worth an error: the
 * check-in itself was saved.
 */
export async function rememberSpots(spots: readonly string[], nowMs = Date.now()): Promise<void> {
	// "Sore spot" stands in for a spot never named: not a name to offer again.
	const named = spots.filter((spot) => spot !== UNNAMED_SPOT);
	if (named.length === 0) return;
	try {
		const { settings } = await getSettings();
		const remembered = [...named].reverse().reduce<readonly string[]>((list, spot) => rememberSpot(list, spot), settings.soreSpots);
		await putSetting('soreSpots', [...remembered], nowMs);
	} catch (error) {
		console.warn('The sore spots could not be remembered.', error);
	}
}

/** What changes on a session: check-ins set or removed, and the note. Anything left out stays. */
export interface SessionEdit {
	set?: readonly CheckIn[];
	remove?: readonly { spot: string; moment: CheckInMoment }[];
	notes?: string;
}

/** Applies an edit to a stored session in one transaction; rejects with a message a user can read. */
export async function editSession(sessionId: string, edit: SessionEdit, nowMs = Date.now()): Promise<SessionRecord> {
	const updated = await updateSession(sessionId, (record) => {
		let next = record;
		for (const { spot, moment } of edit.remove ?? []) next = withoutCheckInOf(next, spot, moment, nowMs);
		if (edit.set?.length) next = withCheckIns(next, edit.set, nowMs);
		if (edit.notes !== undefined) next = withNotes(next, edit.notes, nowMs);
		return next;
	});
	await rememberSpots((edit.set ?? []).map((checkIn) => checkIn.spot), nowMs);
	return updated;
}

/** Stops asking the next-day question about `spot` for this session. */
export function dismissNextDay(sessionId: string, spot: string, nowMs = Date.now()): Promise<SessionRecord> {
	return updateSession(sessionId, (record) => withNextDayDismissed(record, spot, nowMs));
}
