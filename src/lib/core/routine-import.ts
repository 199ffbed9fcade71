/**
 * Reading a routine someone hands over (a file, pasted text) before anything is saved: refused whole,
 * with every problem named by its JSON path, or accepted as a routine; a backup is told apart by its
 * content so the import screen can restore it instead. Pure and synchronous, and quick on any input:
 * size and nesting are checked before the text is parsed, so hostile input cannot freeze the page.
 */
import { BACKUP_FORMAT } from './backup';
import type { Routine } from './routine-schema';
import { validateRoutine, type RoutineError } from './validate-routine';

/** Text longer than this is not a routine (the largest valid routine is a few hundred kilobytes). */
export const MAX_IMPORT_CHARS = 1_000_000;

/** Deeper than this, JSON is not a routine (a routine nests four levels); refused before parsing. */
export const MAX_IMPORT_DEPTH = 32;

/** What the text held: a routine, a backup (for the restore flow), or why it cannot be imported. */
export type ImportReading =
	| { kind: 'routine'; routine: Routine }
	| { kind: 'backup' }
	| { kind: 'invalid'; message: string; errors: RoutineError[] };

/** The deepest nesting of objects and lists in JSON text, stopping as soon as it passes `limit`. */
export function jsonDepth(text: string, limit = MAX_IMPORT_DEPTH): number {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const char = text.charCodeAt(i);
		if (inString) {
			if (char === 0x5c) i++; // a backslash escapes the next character
			else if (char === 0x22) inString = false;
		} else if (char === 0x22) inString = true;
		else if (char === 0x7b || char === 0x5b) {
			depth++;
			if (depth > deepest) deepest = depth;
			if (deepest > limit) return deepest;
		} else if (char === 0x7d || char === 0x5d) depth--;
	}
	return deepest;
}

/** Line and column (both from 1) of a character offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
	const lines = before.split('\n');
	return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * Where JSON text first goes wrong, as an offset (the end of the text when it is cut short). Engines'
 * messages differ and some give no position at all, so the text is scanned here; called only after
 * JSON.parse has failed, on text whose nesting is already known to be shallow.
 */
export function jsonErrorOffset(text: string): number {
	let at = 0;
	class Stop extends Error {}
	const fail = (): never => {
		throw new Stop();
	};
	const space = () => {
		while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
	};
	const expect = (word: string) => {
		for (const char of word) if (text[at] === char) at++;
		else fail();
	};
	const string = () => {
		expect('"');
		for (;;) {
			if (at >= text.length) fail();
			const char = text[at]!;
			if (char === '"') return void at++;
			if (char < ' ') fail();
			if (char === '\\') {
				at++;
				if (text[at] === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) fail();
					at += 5;
				} else if ('"\\/bfnrt'.includes(text[at] ?? 'x')) at++;
				else fail();
			} else at++;
		}
	};
	const value = (): void => {
		space();
		const char = text[at];
		if (char === '{') {
			at++;
			space();
			if (text[at] === '}') return void at++;
			for (;;) {
				space();
				string();
				space();
				expect(':');
				value();
				space();
				if (text[at] === ',') at++;
				else return expect('}');
			}
		}
		if (char === '[') {
			at++;
			space();
			if (text[at] === ']') return void at++;
			for (;;) {
				value();
				space();
				if (text[at] === ',') at++;
				else return expect(']');
			}
		}
		if (char === '"') return string();
		if (char === 't') return expect('true');
		if (char === 'f') return expect('false');
		if (char === 'n') return expect('null');
		const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
		if (!number) fail();
		at += number![0].length;
	};
	try {
		value();
		space();
		return at < text.length ? at : text.length;
	} catch (error) {
		if (error instanceof Stop) return Math.min(at, text.length);
		return text.length;
	}
}

function isBackup(value: unknown): boolean {
	return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === BACKUP_FORMAT;
}

const BACKUP_START = /^\s*\{\s*(?:"\$schema"\s*:\s*"[^"]*"\s*,\s*)?"format"\s*:\s*"unknot-backup"/;

/** JSON with none of a routine's keys: another app's file, answered with one sentence, not a list. */
function isNeither(value: unknown): boolean {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return true;
	return !['schemaVersion', 'id', 'title', 'steps'].some((key) => key in value);
}

/** Reads text as a routine to import (or recognises a backup); never throws. */
export function readImportText(withMark: string): ImportReading {
	// A byte order mark (some editors write one, and it comes along when their text is pasted) is not
	// part of the JSON, and JSON.parse refuses it: drop it, as the JSON standard lets a reader do.
	const text = withMark.startsWith('\uFEFF') ? withMark.slice(1) : withMark;
	const invalid = (message: string, errors: RoutineError[] = []): ImportReading => ({ kind: 'invalid', message, errors });
	if (text.length > MAX_IMPORT_CHARS) {
		return invalid(`This is far too long to be a routine (${Math.round(text.length / 1000).toLocaleString('en')} thousand characters; a routine is at most ${MAX_IMPORT_CHARS / 1_000_000} million). It was not read.`);
	}
	if (!/\S/.test(text)) return invalid('There is nothing to check: choose a routine file, or paste the text of one.');
	if (jsonDepth(text) > MAX_IMPORT_DEPTH) {
		return invalid(`This is nested far deeper than any routine (more than ${MAX_IMPORT_DEPTH} levels), so it was not read.`);
	}
	let input: unknown;
	try {
		input = JSON.parse(text);
	} catch {
		// A backup cut short in sending: the restore flow says so in its own words.
		if (BACKUP_START.test(text.slice(0, 300))) return { kind: 'backup' };
		const { line, column } = lineAndColumn(text, jsonErrorOffset(text));
		return invalid(`This is not a routine file: it is not valid JSON. The first mistake is at line ${line}, column ${column}.`);
	}
	if (isBackup(input)) return { kind: 'backup' };
	if (isNeither(input)) {
		return invalid('This file is not an Unknot backup. Nor is it a routine: a routine has "schemaVersion", "id", "title" and "steps".');
	}
	const validation = validateRoutine(input);
	if (validation.ok) return { kind: 'routine', routine: validation.routine };
	const count = validation.errors.length;
	return invalid(`This routine has ${count === 1 ? 'a mistake' : `${count}${count >= 50 ? ' or more' : ''} mistakes`}, so it cannot be imported until ${count === 1 ? 'it is' : 'they are'} put right:`, validation.errors);
}
