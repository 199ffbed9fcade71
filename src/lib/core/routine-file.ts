/**
 * A routine written out as a file to hand on: the routine format's own JSON, naming the published
 * JSON Schema so an editor can check it, and read back by any Unknot as an import. Pure.
 */
import type { Routine } from './routine-schema';

/** Where the app publishes the routine format's JSON Schema, relative to its base. */
export const ROUTINE_SCHEMA_PATH = '/routine.schema.json';

/** The file's text: `$schema` first (when the app knows its address), then the routine, tab-indented. */
export function routineFileText(routine: Routine, schemaUrl?: string): string {
	const { $schema: _old, ...content } = routine as Routine & { $schema?: unknown };
	return `${JSON.stringify(schemaUrl ? { $schema: schemaUrl, ...content } : content, null, '\t')}\n`;
}

/** `glute-medius-strength.json`: the routine's id is already a safe file name. */
export function routineFileName(routine: Routine): string {
	return `${routine.id}.json`;
}
