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
 * Where JSON.parse stopped, as an offset: engines say "at position N" (V8, also with "(line L column
 * C)"), or "at line L column C" (SpiderMonkey); an unexpected end is at the end of the text.
 */
function errorOffset(text: string, message: string): number {
	const position = /position (\d+)/.exec(message);
	if (position) return Number(position[1]);
	const lineColumn = /line (\d+) column (\d+)/.exec(message);
	if (lineColumn) {
		const lines = text.split('\n').slice(0, Number(lineColumn[1]) - 1);
		return lines.reduce((sum, line) => sum + line.length + 1, 0) + Number(lineColumn[2]) - 1;
	}
	return text.length;
}

function isBackup(value: unknown): boolean {
	return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === BACKUP_FORMAT;
}

/** Reads text as a routine to import (or recognises a backup); never throws. */
export function readImportText(text: string): ImportReading {
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
	} catch (error) {
		const { line, column } = lineAndColumn(text, errorOffset(text, error instanceof Error ? error.message : ''));
		return invalid(`This is not a routine file: it is not valid JSON. The first mistake is at line ${line}, column ${column}.`);
	}
	if (isBackup(input)) return { kind: 'backup' };
	const validation = validateRoutine(input);
	if (validation.ok) return { kind: 'routine', routine: validation.routine };
	const count = validation.errors.length;
	return invalid(`This routine has ${count === 1 ? 'a mistake' : `${count}${count >= 50 ? ' or more' : ''} mistakes`}, so it cannot be imported until ${count === 1 ? 'it is' : 'they are'} put right:`, validation.errors);
}
