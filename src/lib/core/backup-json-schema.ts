/**
 * The backup format as a JSON Schema (draft-07), generated from the same valibot record schemas that
 * read storage and backups, and published at /backup.schema.json. Build-time only: the app reads a
 * backup with `openBackup` and the record parsers, which also check what a schema cannot (a routine
 * content's hash, a user routine's id matching its routine, no key twice).
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { BACKUP_FORMAT, BACKUP_SCHEMA_PATH, BACKUP_VERSION } from './backup';
import { buildRoutineJsonSchema } from './routine-json-schema';
import { planEntrySchema, runDaySchema } from './plan';
import { sessionRecordSchema } from './session-record';
import { settingRecordSchema } from './settings';
import { routineContentRecordSchema, userRoutineRecordSchema } from './user-routine';

type JsonObject = { [key: string]: unknown };

/** Stands in for a routine while converting; replaced by the routine format's own published schema. */
const routinePlaceholder = v.unknown();

/** The whole file this version writes. */
const backupFileSchema = v.object({
	$schema: v.optional(v.pipe(v.string(), v.description('This schema’s address, for editors; ignored when restoring.'))),
	format: v.literal(BACKUP_FORMAT),
	version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(BACKUP_VERSION), v.description('The backup format version. A later Unknot reads every earlier version.')),
	exportedAt: v.pipe(v.string(), v.description('When the backup was made: ISO 8601 in UTC.')),
	sessions: v.array(sessionRecordSchema),
	routines: v.array(v.object({ ...userRoutineRecordSchema.entries, routine: routinePlaceholder })),
	routineContents: v.array(v.object({ ...routineContentRecordSchema.entries, routine: routinePlaceholder })),
	settings: v.array(settingRecordSchema),
	planEntries: v.optional(v.array(planEntrySchema)),
	runDays: v.optional(v.array(runDaySchema))
});

/** The published JSON Schema for backup files. */
export function buildBackupJsonSchema(): JsonObject {
	const generated = toJsonSchema(backupFileSchema, {
		errorMode: 'throw',
		definitions: { routine: routinePlaceholder },
		// JSON has no NaN or Infinity, and a sore spot's tidiness (trimmed, single-spaced) is a rule of
		// the parser: neither has a JSON Schema keyword.
		ignoreActions: ['finite', 'check']
	}) as JsonObject;
	const { $schema: _draft, $id: _id, title: _title, description: _description, ...routine } = buildRoutineJsonSchema();
	const { $schema: draft, $defs: _defs, ...rest } = generated;
	return {
		$schema: draft,
		$id: BACKUP_SCHEMA_PATH,
		title: `Unknot backup, format version ${BACKUP_VERSION}`,
		description:
			'Everything Unknot stores on a phone (sessions with their check-ins, routines of the user’s own, the routine contents sessions ran, the plan and the days the user ran, settings), as written by “Export a backup”. See docs/backup-format.md.',
		...rest,
		$defs: { routine: { description: 'A routine, in the routine file format (/routine.schema.json).', ...routine } }
	};
}
