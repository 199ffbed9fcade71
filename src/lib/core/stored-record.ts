/**
 * What every stored record has in common, and the shape of reading records back. Storage is input
 * too: each record read from the database goes through a parser like an imported file does, and a
 * record that does not parse is reported (never deleted, never allowed to hide the good ones).
 */
import * as v from 'valibot';

/** The version of the record shapes this build writes. A migration raises it; readers check it. */
export const RECORD_VERSION = 1;

/** A parsed record, or why it could not be read (for the console, not for the user). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** The stores whose records a screen may find unreadable. */
export type RecordKind = 'session' | 'session in progress' | 'setting' | 'routine' | 'plan entry' | 'run day';

/**
 * A stored record that could not be read; it was left as it is. `key` is its storage key exactly as
 * stored (any key IndexedDB allows, not only a string), so discarding it deletes that record and no
 * other.
 */
export interface UnreadableRecord {
	kind: RecordKind;
	key: unknown;
	reason: string;
}

/** Records read back: the good ones, and those that could not be read. */
export interface ReadRecords<T> {
	records: T[];
	unreadable: UnreadableRecord[];
}

/** A finite number (structured clone can store NaN and Infinity; no record may hold them). */
export const finite = () => v.pipe(v.number(), v.finite());
/** The furthest a JavaScript Date reaches either side of 1970, in ms. */
export const MAX_INSTANT_MS = 8.64e15;
/** A wall-clock instant a Date can hold, so every screen can show it. */
export const instant = () => v.pipe(v.number(), v.finite(), v.minValue(-MAX_INSTANT_MS), v.maxValue(MAX_INSTANT_MS));
export const nonNegative = () => v.pipe(v.number(), v.finite(), v.minValue(0));
export const wholeFrom = (min: number, max = Number.MAX_SAFE_INTEGER) =>
	v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

/** The fields every stored record carries, so migrations, backups and merges can tell versions and edits apart. */
export const recordMeta = {
	recordVersion: v.literal(RECORD_VERSION),
	/** Wall-clock ms of the last change. */
	updatedAt: instant()
};

/** Runs a valibot schema over a stored value; the first issue, with its path, is the reason. */
export function parseWith<T>(schema: v.GenericSchema<unknown, T>, value: unknown): Parsed<T> {
	const result = v.safeParse(schema, value);
	if (result.success) return { ok: true, value: result.output };
	const issue = result.issues[0];
	const path = v.getDotPath(issue) ?? '';
	if (isRecord(value) && typeof value.recordVersion === 'number' && value.recordVersion > RECORD_VERSION) {
		return { ok: false, reason: `written by a newer version of Unknot (record version ${value.recordVersion})` };
	}
	return { ok: false, reason: clipped(`${path ? `${path}: ` : ''}${issue.message}`) };
}

/** Past this, a reason or a key in a message is cut: valibot quotes what it received whole, megabytes and all. */
export const MAX_SHOWN_TEXT = 200;

/** `text` cut to `MAX_SHOWN_TEXT` characters, with an ellipsis when it was cut. */
export function clipped(text: string): string {
	return text.length > MAX_SHOWN_TEXT ? `${text.slice(0, MAX_SHOWN_TEXT)}…` : text;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const UNREADABLE_TEXT: Record<RecordKind, (count: number) => string> = {
	session: (n) =>
		n === 1
			? '1 history entry could not be read and was left untouched.'
			: `${n} history entries could not be read and were left untouched.`,
	'session in progress': (n) =>
		n === 1
			? 'A routine in progress could not be read and was left untouched.'
			: `${n} routines in progress could not be read and were left untouched.`,
	setting: (n) =>
		n === 1 ? '1 setting could not be read; its default is used.' : `${n} settings could not be read; their defaults are used.`,
	routine: (n) =>
		n === 1
			? '1 of your routines could not be read and was left untouched.'
			: `${n} of your routines could not be read and were left untouched.`,
	'plan entry': (n) =>
		n === 1
			? '1 entry of your plan could not be read and was left untouched.'
			: `${n} entries of your plan could not be read and were left untouched.`,
	'run day': (n) =>
		n === 1 ? '1 day you ran could not be read and was left untouched.' : `${n} days you ran could not be read and were left untouched.`
};

/** The calm notice for the unreadable records of one kind ("1 history entry could not be read…"), or null. */
export function describeUnreadable(unreadable: readonly UnreadableRecord[], kind: RecordKind): string | null {
	const count = unreadable.filter((record) => record.kind === kind).length;
	return count === 0 ? null : UNREADABLE_TEXT[kind](count);
}
