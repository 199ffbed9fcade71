import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, backupFileName, buildBackup, mergeOutcome, openBackup, readBackup, summarizeBackup, type Backup } from './backup';
import { sessionRecordArbitrary } from './testing/arbitraries';
import { buildRoutine, buildSessionRecord } from './testing/records';
import backupV1 from './testing/backup-v1.json';
import { buildRoutineContentRecord, buildUserRoutineRecord } from './user-routine';
import { deeplyNestedText, fuzzRuns, hostileText, hugeString } from './testing/fuzz';

function sample(): Backup {
	const routine = buildRoutine({ id: 'my-hips', title: 'My hips' });
	return buildBackup(
		{
			sessions: [buildSessionRecord('s1', 1000, { checkIns: [{ spot: 'Left hip', moment: 'after', score: 3, at: 601_000 }] })],
			routines: [buildUserRoutineRecord(routine, 500)],
			routineContents: [buildRoutineContentRecord(routine, 500)],
			settings: [{ recordVersion: 1, updatedAt: 0, key: 'volume', value: 0.5 }]
		},
		Date.parse('2026-11-22T08:00:00Z')
	);
}

describe('a backup', () => {
	it('names its format and version, and reads back as it was written', () => {
		const backup = sample();
		expect(backup).toMatchObject({ format: 'unknot-backup', version: BACKUP_VERSION, exportedAt: '2026-11-22T08:00:00.000Z' });
		expect(readBackup(JSON.stringify(backup))).toEqual({ ok: true, backup });
	});

	it('names its JSON Schema when given its address, and opens the same without it', () => {
		const withSchema = buildBackup(sample(), Date.parse('2026-11-22T08:00:00Z'), 'https://unknot.example/backup.schema.json');
		expect(Object.keys(withSchema)[0]).toBe('$schema');
		expect(withSchema.$schema).toBe('https://unknot.example/backup.schema.json');
		const { $schema: _schema, ...rest } = withSchema;
		expect(readBackup(JSON.stringify(withSchema))).toEqual({ ok: true, backup: rest });
	});

	it('is named for the local day it was made', () => {
		expect(backupFileName('2026-11-22')).toBe('unknot-backup-2026-11-22.json');
	});

	it('reads back any history it was written from (property)', () => {
		fc.assert(
			fc.property(fc.uniqueArray(sessionRecordArbitrary, { selector: (s) => s.id, maxLength: 20 }), (sessions) => {
				const backup = buildBackup({ sessions, routines: [], routineContents: [], settings: [] }, 0);
				expect(readBackup(JSON.stringify(backup))).toEqual({ ok: true, backup });
			}),
			{ numRuns: 60 }
		);
	});

	it('made by version 1 keeps restoring (a frozen file)', () => {
		const read = readBackup(JSON.stringify(backupV1));
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(summarizeBackup(read.backup)).toEqual({
			sessions: 2,
			routines: 1,
			settings: 2,
			planEntries: 0,
			firstSessionAt: Date.parse('2026-11-20T18:00:00Z'),
			lastSessionAt: Date.parse('2026-11-21T17:00:00Z'),
			exportedAt: '2026-11-22T08:00:00.000Z'
		});
		expect(read.backup.sessions[0]?.checkIns).toHaveLength(3);
	});
});

describe('a file that is not a backup this build can restore', () => {
	const text = JSON.stringify(sample());

	it.each([
		['cut short', text.slice(0, text.length - 40), /not a complete backup/],
		['empty', '', /not an Unknot backup/],
		['a picture', '\u0089PNG\r\n\u001a\n\u0000\u0000', /not an Unknot backup/],
		['another app’s JSON', '{"exercises":[]}', /not an Unknot backup/],
		['a routine file', JSON.stringify(buildRoutine()), /routine file, not a backup/],
		['a list', '[]', /not an Unknot backup/],
		['from a newer Unknot', JSON.stringify({ ...sample(), version: BACKUP_VERSION + 1 }), new RegExp(`newer version of Unknot \\(backup version ${BACKUP_VERSION + 1}\\)`)],
		['with no version', JSON.stringify({ ...sample(), version: 'one' }), /does not say which version/],
		['with sessions that are not a list', JSON.stringify({ ...sample(), sessions: {} }), /sessions are not a list/]
	])('is refused when %s', (_name, file, message) => {
		const read = readBackup(file);
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.message).toMatch(message);
	});

	it('is refused when one record is damaged, naming it and why', () => {
		const backup = sample();
		const damaged = { ...backup, sessions: [backup.sessions[0], { ...backup.sessions[0], id: 's2', startedAt: 'yesterday' }] };
		const read = readBackup(JSON.stringify(damaged));
		expect(read).toEqual({ ok: false, message: expect.stringMatching(/session 2 of 2 cannot be read \(startedAt: .*\)\./) });
	});

	it('is refused when it holds one session twice', () => {
		const backup = sample();
		const read = readBackup(JSON.stringify({ ...backup, sessions: [backup.sessions[0], backup.sessions[0]] }));
		expect(read).toEqual({ ok: false, message: 'This backup is damaged: it holds session s1 twice.' });
	});

	it('names a megabyte key held twice, or damaged, by its first 200 characters', () => {
		const session = { ...sample().sessions[0]!, id: 'x'.repeat(1_000_000) };
		const twice = readBackup(JSON.stringify({ ...sample(), sessions: [session, session] }));
		expect(twice).toEqual({ ok: false, message: `This backup is damaged: it holds session ${'x'.repeat(200)}… twice.` });
		const damaged = readBackup(JSON.stringify({ ...sample(), sessions: [{ ...session, startedAt: session.id }] }));
		expect(damaged.ok ? 0 : damaged.message.length).toBeLessThan(300);
	});

	it('opens with empty sections where a section is missing', () => {
		const opened = openBackup(JSON.stringify({ format: 'unknot-backup', version: 1 }));
		expect(opened.ok && opened.opened.sections).toEqual({ sessions: [], routines: [], routineContents: [], settings: [], planEntries: [], runDays: [] });
	});
});

describe('restoring a record', () => {
	it('adds what is new, replaces only with a later change, and keeps what it cannot compare', () => {
		expect(mergeOutcome(undefined, 5)).toBe('add');
		expect(mergeOutcome(4, 5)).toBe('replace');
		expect(mergeOutcome(5, 5)).toBe('keep');
		expect(mergeOutcome(6, 5)).toBe('keep');
		expect(mergeOutcome('unreadable', 5)).toBe('keep');
	});
});

describe('fuzzed backups', () => {
	const readsOrSays = (text: string) => {
		const opened = openBackup(text);
		if (!opened.ok) expect(opened.message).toMatch(/\S/);
		const read = readBackup(text);
		if (!read.ok) expect(read.message).toMatch(/\S/);
	};

	it('any text, or a backup with a part broken, is read or refused in words: never a throw', () => {
		fc.assert(fc.property(hostileText(sample()), readsOrSays), { numRuns: fuzzRuns(1500) });
		fc.assert(fc.property(hostileText(backupV1), readsOrSays), { numRuns: fuzzRuns(500) });
	});

	it('deep nesting and a huge file are refused in words', () => {
		for (const text of [deeplyNestedText(), hugeString(), `{"format":"unknot-backup","version":1,"sessions":${deeplyNestedText()}}`]) readsOrSays(text);
		expect(readBackup(deeplyNestedText()).ok).toBe(false);
	});
});
