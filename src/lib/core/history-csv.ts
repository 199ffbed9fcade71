/**
 * The history as a table for a spreadsheet: a header row, then one row per session, oldest first.
 * Times are ISO 8601 with the offset of the phone's zone; scores are numbers, one column per sore
 * spot and moment. Pure: rows out; `papaparse` turns them into RFC 4180 CSV where the file is made.
 */
import { CHECK_IN_MOMENTS, MOMENT_LABELS, scoreOf, spotsOf } from './check-in';
import { isoWithOffset, type DayKey } from './local-time';
import type { SessionRecord } from './session-record';

/** A cell: text, a number, or empty. */
export type Cell = string | number | null;

/** The columns every export starts with, before the score columns. */
export const FIXED_COLUMNS = [
	'Session ID',
	'Routine',
	'Routine ID',
	'Started',
	'Ended',
	'Status',
	'Logged',
	'Active seconds',
	'Steps done',
	'Steps in routine',
	'Notes'
] as const;

/** The history's rows, header first, sessions oldest first. */
export function historyRows(sessions: readonly SessionRecord[], timeZone: string): Cell[][] {
	const ordered = [...sessions].sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1));
	const spots = spotsOf(ordered.flatMap((session) => session.checkIns));
	const scoreColumns = spots.flatMap((spot) => CHECK_IN_MOMENTS.map((moment) => ({ spot, moment })));
	const header: Cell[] = [...FIXED_COLUMNS, ...scoreColumns.map(({ spot, moment }) => `${spot} ${MOMENT_LABELS[moment].toLowerCase()}`)];
	const rows = ordered.map((session): Cell[] => [
		session.id,
		session.routineTitle,
		session.routineId,
		isoWithOffset(session.startedAt, timeZone),
		isoWithOffset(session.endedAt, timeZone),
		session.status === 'completed' ? 'completed' : 'ended early',
		session.loggedByHand ? 'by hand' : 'in the app',
		session.activeSeconds,
		session.steps.filter((step) => step.status === 'done').length,
		session.steps.length,
		session.notes ?? '',
		...scoreColumns.map(({ spot, moment }) => scoreOf(session.checkIns, spot, moment) ?? null)
	]);
	return [header, ...rows];
}

/** The CSV file's name for the local day it was made: `unknot-history-2026-11-22.csv`. */
export function historyFileName(day: DayKey): string {
	return `unknot-history-${day}.csv`;
}
