import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, buildBackup, readBackup, type BackupParts } from './backup';
import { buildBackupJsonSchema } from './backup-json-schema';
import { buildRoutineJsonSchema } from './routine-json-schema';
import { routineArbitrary, sessionRecordArbitrary } from './testing/arbitraries';
import backupV1 from './testing/backup-v1.json';
import { buildRoutine, buildSessionRecord } from './testing/records';
import { buildRoutineContentRecord, buildUserRoutineRecord } from './user-routine';

/** Compiled inside each test, never at load: a test must see the schema as the code builds it now. */
function validator() {
	const ajv = new Ajv({ discriminator: true, allErrors: true, strict: true });
	const validate = ajv.compile(buildBackupJsonSchema());
	return (input: unknown) => {
		const ok = validate(JSON.parse(JSON.stringify(input)));
		return { ok, errors: ajv.errorsText(validate.errors) };
	};
}

/** What a backup holds, as storage could hand it over: any history, routines, and settings. */
const partsArbitrary: fc.Arbitrary<BackupParts> = fc
	.record({
		sessions: fc.uniqueArray(sessionRecordArbitrary, { selector: (s) => s.id, maxLength: 8 }),
		routines: fc.uniqueArray(routineArbitrary, { selector: (r) => r.id, maxLength: 3 }),
		settings: fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 30 }), value: fc.jsonValue() }), {
			selector: (s) => s.key,
			maxLength: 5
		}),
		at: fc.integer({ min: 0, max: 4_000_000_000_000 })
	})
	.map(({ sessions, routines, settings, at }) => ({
		sessions,
		routines: routines.map((routine) => buildUserRoutineRecord(routine, at)),
		routineContents: routines.map((routine) => buildRoutineContentRecord(routine, at)),
		settings: settings.map(({ key, value }) => ({ recordVersion: 1, updatedAt: at, key, value }))
	}));

describe('the published JSON Schema for backups', () => {
	it('is a draft-07 schema that Ajv compiles in strict mode, with the routine format’s schema for routines', () => {
		const schema = buildBackupJsonSchema();
		expect(schema).toMatchObject({
			$schema: 'http://json-schema.org/draft-07/schema#',
			$id: '/backup.schema.json',
			title: `Unknot backup, format version ${BACKUP_VERSION}`,
			required: ['format', 'version', 'exportedAt', 'sessions', 'routines', 'routineContents', 'settings']
		});
		const { $schema: _s, $id: _i, title: _t, description: _d, ...routine } = buildRoutineJsonSchema();
		expect((schema.$defs as Record<string, unknown>).routine).toMatchObject(routine);
		expect(new Ajv({ discriminator: true, strict: true }).validateSchema(schema)).toBe(true);
	});

	it('accepts every backup this version makes (property), with or without its $schema', () => {
		const validate = validator();
		fc.assert(
			fc.property(partsArbitrary, fc.integer({ min: 0, max: 4_000_000_000_000 }), fc.boolean(), (parts, now, named) => {
				const backup = buildBackup(parts, now, named ? 'https://unknot.example/backup.schema.json' : undefined);
				expect(validate(backup)).toEqual({ ok: true, errors: 'No errors' });
				// …and that the app restores it is the other half of the promise.
				expect(readBackup(JSON.stringify(backup)).ok).toBe(true);
			}),
			{ numRuns: 80 }
		);
	});

	it('accepts the frozen version 1 file', () => {
		expect(validator()(backupV1)).toEqual({ ok: true, errors: 'No errors' });
	});

	it('rejects what the app refuses: another format, a newer version, a damaged record, a broken routine', () => {
		const validate = validator();
		const routine = buildRoutine({ id: 'mine' });
		const backup = buildBackup(
			{ sessions: [buildSessionRecord('s1', 1000)], routines: [buildUserRoutineRecord(routine, 1)], routineContents: [], settings: [] },
			0
		);
		const cases: [string, unknown][] = [
			['another format', { ...backup, format: 'liftlog' }],
			['a newer version', { ...backup, version: BACKUP_VERSION + 1 }],
			['a session that starts "yesterday"', { ...backup, sessions: [{ ...backup.sessions[0], startedAt: 'yesterday' }] }],
			['a score of 11', { ...backup, sessions: [buildSessionRecord('s2', 1, { checkIns: [{ spot: 'Hip', moment: 'after', score: 11, at: 1 }] })] }],
			['a routine with no steps', { ...backup, routines: [{ ...backup.routines[0], routine: { ...routine, steps: [] } }] }]
		];
		for (const [name, input] of cases) {
			expect(validate(input).ok, name).toBe(false);
			expect(readBackup(JSON.stringify(input)).ok, name).toBe(false);
		}
	});
});
