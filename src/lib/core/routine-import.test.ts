import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT } from './backup';
import { jsonDepth, jsonErrorOffset, lineAndColumn, MAX_IMPORT_CHARS, readImportText } from './routine-import';
import fc from 'fast-check';
import { deeplyNestedText, fuzzRuns, hostileText, hugeString } from './testing/fuzz';

const ROUTINE = { schemaVersion: 1, id: 'mine', title: 'Mine', steps: [{ kind: 'timed', name: 'Hold', seconds: 30 }] };

describe('reading a routine to import', () => {
	it('accepts a valid routine, keeping its x- keys', () => {
		const read = readImportText(JSON.stringify({ ...ROUTINE, 'x-from': 'my physio' }, null, 2));
		expect(read).toEqual({ kind: 'routine', routine: { ...ROUTINE, 'x-from': 'my physio' } });
	});

	it('reads text that starts with a byte order mark, as some editors save and paste it', () => {
		expect(readImportText(`\uFEFF${JSON.stringify(ROUTINE)}`)).toEqual({ kind: 'routine', routine: ROUTINE });
		expect(readImportText(`\uFEFF${JSON.stringify({ format: BACKUP_FORMAT, version: 1 })}`)).toEqual({ kind: 'backup' });
	});

	it('tells a backup apart by its content', () => {
		const backup = JSON.stringify({ $schema: 'https://example.org/backup.schema.json', format: BACKUP_FORMAT, version: 1, sessions: [] }, null, '\t');
		expect(readImportText(backup)).toEqual({ kind: 'backup' });
		// Cut short, it is still a backup: the restore flow says it is incomplete.
		expect(readImportText(backup.slice(0, 90))).toEqual({ kind: 'backup' });
	});

	it('answers JSON that is neither a routine nor a backup with one sentence', () => {
		for (const text of ['{"a":1}', '[1,2]', '"text"']) {
			expect(readImportText(text)).toEqual({ kind: 'invalid', errors: [], message: expect.stringMatching(/^This file is not an Unknot backup\. Nor is it a routine/) });
		}
	});

	it('lists every mistake with its JSON path', () => {
		const read = readImportText(JSON.stringify({ ...ROUTINE, steps: [{ kind: 'timed', name: 'Hold', seconds: 30, sides: 'both sides', secs: 3 }] }));
		expect(read.kind).toBe('invalid');
		if (read.kind !== 'invalid') return;
		expect(read.message).toBe('This routine has 2 mistakes, so it cannot be imported until they are put right:');
		expect(read.errors.map((error) => error.path)).toEqual(['steps[0].sides', 'steps[0].secs']);
		expect(read.errors[0]?.message).toMatch(/^expected .*"left".*"right".*"each".*, got "both sides"$/);
	});

	it('says where invalid JSON goes wrong, by line and column', () => {
		const read = readImportText('{\n  "schemaVersion": 1,\n  "id": "x",,\n}');
		expect(read).toEqual({ kind: 'invalid', errors: [], message: 'This is not a routine file: it is not valid JSON. The first mistake is at line 3, column 13.' });
		const cut = readImportText('{\n  "id": "x"');
		expect(cut.kind === 'invalid' && cut.message).toMatch(/line 2, column 12\.$/);
	});

	it('refuses huge, deeply nested and empty input before parsing, and a 10,000-character name with a short message', () => {
		const huge = readImportText(' '.repeat(MAX_IMPORT_CHARS + 1));
		expect(huge.kind === 'invalid' && huge.message).toMatch(/^This is far too long to be a routine/);
		const deep = readImportText('['.repeat(100_000) + ']'.repeat(100_000));
		expect(deep.kind === 'invalid' && deep.message).toMatch(/^This is nested far deeper than any routine/);
		expect(readImportText('  ').kind).toBe('invalid');
		const long = readImportText(JSON.stringify({ ...ROUTINE, title: 'x'.repeat(10_000) }));
		expect(long.kind === 'invalid' && long.errors.map((error) => error.path)).toEqual(['title']);
		expect(long.kind === 'invalid' && long.errors[0]!.message.length).toBeLessThan(200);
	});

	it('finds where JSON first goes wrong', () => {
		const cases: [string, number][] = [['{"id": }', 7], ['[1, 2,]', 6], ['{"a": tru}', 9], ['{"a": "b\\q"}', 9], ['{"a": 1} x', 9], ['{"a": 01}', 7], ['"abc', 4], ['{"a" 1}', 5]];
		for (const [text, offset] of cases) expect(jsonErrorOffset(text), text).toBe(offset);
	});

	it('measures nesting outside strings only, and finds lines and columns', () => {
		expect(jsonDepth('{"a":[{"b":"[[[[\\"[["}]}')).toBe(3);
		expect(jsonDepth('[[[[[[', 3)).toBe(4);
		expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
		expect(lineAndColumn('ab', 0)).toEqual({ line: 1, column: 1 });
	});
});

describe('fuzzed imports', () => {
	const readsInWords = (text: string) => {
		const reading = readImportText(text);
		expect(['routine', 'backup', 'invalid']).toContain(reading.kind);
		if (reading.kind === 'invalid') expect(reading.message).toMatch(/\S/);
	};

	it('any text, or a routine file with a part broken, is read or refused in words: never a throw', () => {
		fc.assert(fc.property(hostileText(ROUTINE), readsInWords), { numRuns: fuzzRuns(2000) });
	});

	it('deep nesting, a huge file and a byte order mark alone are refused in words', () => {
		for (const text of [deeplyNestedText(), hugeString(), '\uFEFF', '', ' ', 'null', '[]', '{}']) readsInWords(text);
		expect(readImportText(deeplyNestedText()).kind).toBe('invalid');
	});
});
