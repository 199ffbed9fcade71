/**
 * A routine carried whole in a link's fragment (`/import#r=2.…`), so it travels with no server: the
 * fragment never leaves the phone. The routine's canonical JSON is compressed with raw DEFLATE and
 * written in base64url; the number before the dot names the link format, and a later format is
 * refused with a message rather than misread.
 *
 * Format 2 (written now) compresses against a preset dictionary, the shipped routines' text frozen in
 * `routine-link-dictionary-2.ts`: DEFLATE copies whole sentences from it, so a built-in's link is
 * about 60 characters, one adjusted from a built-in barely longer, and one written afresh in the same
 * words about half the size it would be. `CompressionStream` takes no dictionary, so fflate does the
 * work; it and the dictionary load only when a link is made or read. Format 1 (the same without a
 * dictionary) is still read, so links already passed on keep opening.
 *
 * Decoding checks the routine as any file is checked. No DOM and no clock.
 */
import { canonicalJson } from './routine-content';
import type { Routine } from './routine-schema';
import { validateRoutine, type RoutineError } from './validate-routine';

/** The link format this build writes. */
export const ROUTINE_LINK_VERSION = 2;

/** The fragment key that holds a routine. */
export const ROUTINE_LINK_KEY = 'r';

/** A link longer than this is not one Unknot made (a routine of 200 long steps stays far under it). */
export const MAX_LINK_PAYLOAD = 200_000;

/** Decompressed text past this is refused, so a small hostile link cannot inflate into gigabytes. */
export const MAX_ROUTINE_TEXT = 1_000_000;

/** A link read back: the routine, or why not, in words (and the routine's own errors, if any). */
export type LinkReading = { ok: true; routine: Routine } | { ok: false; message: string; errors: RoutineError[] };

const DAMAGED = 'This link is damaged: part of it may have been lost when it was copied. Ask for the link again, or for the routine as a file.';

/** Input is fed to the inflater this many bytes at a time, so output past the limit is caught within about half a megabyte. */
const INFLATE_STEP = 512;

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
	try {
		const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		return Uint8Array.from(binary, (char) => char.charCodeAt(0));
	} catch {
		return null;
	}
}

/** The dictionary of a format (none for format 1), loaded on first use. */
async function loadDictionary(version: number): Promise<Uint8Array | undefined> {
	if (version !== 2) return undefined;
	const { LINK_DICTIONARY_2 } = await import('./routine-link-dictionary-2');
	return new TextEncoder().encode(LINK_DICTIONARY_2);
}

async function compress(text: string): Promise<Uint8Array> {
	const [{ deflateSync }, dictionary] = await Promise.all([import('./routine-link-deflate'), loadDictionary(ROUTINE_LINK_VERSION)]);
	return deflateSync(new TextEncoder().encode(text), { level: 9, dictionary });
}

/** Inflates `bytes`, stopping as soon as the text would pass `limit` bytes; null when it does, or is not DEFLATE of this format. */
async function decompress(bytes: Uint8Array, version: number, limit: number): Promise<string | null> {
	const [{ Inflate }, dictionary] = await Promise.all([import('./routine-link-deflate'), loadDictionary(version)]);
	const parts: Uint8Array[] = [];
	let size = 0;
	let ended = false;
	const inflater = new Inflate({ dictionary }, (part, final) => {
		size += part.byteLength;
		parts.push(part);
		ended ||= final;
	});
	try {
		for (let at = 0; at < bytes.length; at += INFLATE_STEP) {
			inflater.push(bytes.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= bytes.length);
			if (size > limit) return null;
		}
	} catch {
		return null;
	}
	if (!ended) return null;
	const all = new Uint8Array(size);
	let offset = 0;
	for (const part of parts) {
		all.set(part, offset);
		offset += part.byteLength;
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(all);
	} catch {
		return null;
	}
}

/**
 * The fragment value (without `r=`) that carries `routine`. `$schema` is left out: it names where the
 * schema lives, says nothing about the routine, and would cost every link about fifty characters.
 */
export async function encodeRoutineLink(routine: Routine): Promise<string> {
	const { $schema: _schema, ...content } = routine as Routine & { $schema?: unknown };
	return `${ROUTINE_LINK_VERSION}.${toBase64Url(await compress(canonicalJson(content)))}`;
}

/** The whole fragment (`#r=2.…`) for `routine`, to append to the import screen's address. */
export async function routineLinkFragment(routine: Routine): Promise<string> {
	return `#${ROUTINE_LINK_KEY}=${await encodeRoutineLink(routine)}`;
}

/**
 * The routine link's value in a fragment (`#r=…` or `r=…`, other `&`-separated keys ignored), or
 * null when the fragment carries none.
 */
export function routineLinkInFragment(fragment: string): string | null {
	const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
	for (const pair of text.split('&')) {
		const at = pair.indexOf('=');
		if (at >= 0 && pair.slice(0, at) === ROUTINE_LINK_KEY) return pair.slice(at + 1);
	}
	return null;
}

/**
 * The fragment (`#r=…`) of the first web address in `text` that carries a routine, or null. A link
 * shared as text often comes with words around it ("Try this: https://…"); JSON text is not searched,
 * so a routine whose description quotes a link is still read as a routine.
 */
export function routineLinkInText(text: string): string | null {
	if (/^\s*[[{]/.test(text)) return null;
	for (const [address] of text.matchAll(/https?:\/\/\S+/g)) {
		const fragment = address.slice(address.indexOf('#'));
		if (address.includes('#') && routineLinkInFragment(fragment) !== null) return fragment;
	}
	return null;
}

/** Reads a link's value back into a routine, checked as a file is; never throws. */
export async function decodeRoutineLink(value: string): Promise<LinkReading> {
	const refuse = (message: string, errors: RoutineError[] = []): LinkReading => ({ ok: false, message, errors });
	const text = value.trim();
	if (text.length > MAX_LINK_PAYLOAD) return refuse('This link is far longer than any routine link Unknot makes, so it was not opened.');
	const dot = text.indexOf('.');
	const version = dot > 0 ? text.slice(0, dot) : '';
	if (!/^\d{1,6}$/.test(version)) return refuse(DAMAGED);
	if (Number(version) > ROUTINE_LINK_VERSION) {
		return refuse(`This link was made by a newer Unknot (link format ${Number(version)}; this one reads format ${ROUTINE_LINK_VERSION}). Update Unknot, then open the link again.`);
	}
	if (Number(version) < 1) return refuse(DAMAGED);
	const bytes = fromBase64Url(text.slice(dot + 1));
	if (!bytes || bytes.length === 0) return refuse(DAMAGED);
	const json = await decompress(bytes, Number(version), MAX_ROUTINE_TEXT);
	if (json === null) return refuse(DAMAGED);
	let input: unknown;
	try {
		input = JSON.parse(json);
	} catch {
		return refuse(DAMAGED);
	}
	const validation = validateRoutine(input);
	if (validation.ok) return { ok: true, routine: validation.routine };
	// The mistakes travel apart, with their paths, for the screen to list (once).
	return refuse(`This link holds a routine with ${validation.errors.length === 1 ? 'a mistake' : `${validation.errors.length} mistakes`}, so it cannot be imported.`, validation.errors);
}
